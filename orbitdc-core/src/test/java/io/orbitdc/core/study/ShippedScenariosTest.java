package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.economics.TerrestrialSite;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.economics.TerrestrialSiteCatalog;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.sizing.BindingConstraint;
import io.orbitdc.core.sizing.SizingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Every shipped scenario validates; every one with a space segment sizes to a physically sane design. */
class ShippedScenariosTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Scenario load(String name) {
        return PIPELINE.load(Path.of("..", "scenarios", name));
    }

    @Test
    void everyShippedScenarioValidatesAndEveryOrbitalOneSizes() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("suncatcher-like.yaml",
                "starcloud-40mw.yaml", "starcloud-1.yaml", "three-body.yaml", "no-spacex.yaml",
                "stargate-abilene.yaml", "colossus.yaml", "spacex-odc-1m.yaml", "spacex-odc-100k.yaml",
                "blue-origin-sunrise.yaml", "cowboy-stampede.yaml");
        for (Path file : files) {
            Scenario scenario = PIPELINE.load(file);
            assertThat(Files.readString(file)).as("%s names its sources", file).contains("Sources");
            if (scenario.hasSpaceSegment()) {
                SizingResult r = SizingStage.run(scenario).primary().result();
                assertThat(r.mass().totalKg()).as(file.toString()).isPositive().isFinite();
                assertThat(r.solarArray().areaM2()).isPositive();
                assertThat(r.radiator().areaM2()).isPositive();
                assertThat(r.fleet().satellites()).isPositive();
            }
        }
    }

    @Test
    void suncatcherLikeClusterIsEightyOneSatellitesInADawnDuskOrbitWithAnEclipseSeason() {
        SizingResult r = SizingStage.run(load("suncatcher-like.yaml")).primary().result();
        // ref: suncatcher-2025 — 81 satellites (exact: a count, not a target); 64 TPUs each is our assumption
        assertThat(r.fleet().satellites()).isEqualTo(81);
        assertThat(r.fleet().accelerators()).isEqualTo(81L * 64);
        assertThat(r.orbit().orbit().altitudeM()).isEqualTo(650e3);
        // ref: suncatcher-2025 (650 km dawn-dusk SSO); SSO inclination at 650 km ~97.98 deg
        assertThat(Math.toDegrees(r.orbit().orbit().inclinationRad())).isCloseTo(97.98, Offset.offset(0.05));
        // a dawn-dusk orbit at 650 km is not eclipse-free: up to ~20 min per orbit near one solstice
        assertThat(r.orbit().worstEclipseS() / 60).isBetween(15.0, 23.0);
        // plausibility: a Starlink-V2-class ~28 kW satellite is the power class commentators assume for
        // Suncatcher (orbital-dc-figures §1.2 [S]); +-25 % because the 64-TPU loading is ours
        assertThat(r.power().totalLoadW()).isCloseTo(28e3, Offset.offset(7e3));
        // TPU v6e with 2 krad first HBM irregularities gets a finite time to its dose limit
        assertThat(r.radiation().yearsToDoseLimit()).isPresent();
    }

    @Test
    void starcloud40MwIsOneFortyMegawattSatellite() {
        SizingResult r = SizingStage.run(load("starcloud-40mw.yaml")).primary().result();
        // ref: starcloud-wp — one 40 MW module; +-1 % bounds both sides (45,700 x 700 W x 1.25 = 39.99 MW)
        assertThat(r.fleet().satellites()).isEqualTo(1);
        assertThat(r.fleet().itPowerW()).isCloseTo(40e6, Offset.offset(0.4e6));
        assertThat(r.fleet().accelerators()).isEqualTo(45_700);
        // validation of the emission only: 2·ε·σ·T⁴ at 20 C, ε 0.92 = 770.53 W/m2 by hand (starcloud-wp ~770);
        // the scenario feeds the paper's ~137 W/m2 absorbed as an input, so the net 633.53 is that input
        // subtracted (consistency check of the scenario wiring, not a validation of the 633)
        assertThat(r.radiator().emittedFluxWPerM2()).isCloseTo(770.53, Offset.offset(0.01));
        assertThat(r.radiator().netFluxWPerM2()).isCloseTo(770.53 - 137.0, Offset.offset(0.01));
    }

    @Test
    void starcloudOneIsOneH100InA325KilometreOrbitAndCannotCarryItAtFullPowerWithinSixtyKilograms() {
        SizingResult r = SizingStage.run(load("starcloud-1.yaml")).primary().result();
        // ref: starcloud-1 — one satellite, one H100, ~325 km, 60 kg flight mass
        assertThat(r.fleet().satellites()).isEqualTo(1);
        assertThat(r.fleet().accelerators()).isEqualTo(1);
        assertThat(r.orbit().orbit().altitudeM()).isEqualTo(325e3);
        // a 24/7 H100 needs more than 60 kg in our budgets (the point); plausibility upper bound, no tighter
        // reference: at most twice the flown mass (a 1 kW microsatellite, not a different class of spacecraft)
        assertThat(r.binding().kind()).isEqualTo(BindingConstraint.Kind.SATELLITE_MASS);
        assertThat(r.binding().violation()).isTrue();
        assertThat(r.mass().totalKg()).isGreaterThan(60).isLessThanOrEqualTo(120);
    }

    @Test
    void threeBodyIsTwelveSatellitesOf744Tops() {
        SizingResult r = SizingStage.run(load("three-body.yaml")).primary().result();
        Scenario s = load("three-body.yaml");
        // ref: three-body-2025 — 12 satellites, 744 TOPS each (exact: a count and a catalog override)
        assertThat(r.fleet().satellites()).isEqualTo(12);
        assertThat(r.fleet().accelerators()).isEqualTo(12);
        assertThat(s.satellite().orElseThrow().accelerator().int8Ops()).isEqualTo(744e12);
    }

    @Test
    void noSpacexIsTheSuncatcherFleetWithSixteenTpusPerSatellite() {
        SizingResult r = SizingStage.run(load("no-spacex.yaml")).primary().result();
        assertThat(r.fleet().satellites()).isEqualTo(81);
        assertThat(r.fleet().accelerators()).isEqualTo(81L * 16);
        assertThat(load("no-spacex.yaml").launch().excludeProviders()).containsExactly("SpaceX");
    }

    /** Satellites per shell as sized, and their total. */
    private static List<Integer> shellCounts(SizingReport sizing) {
        return sizing.shells().stream().map(sh -> sh.result().fleet().satellites()).toList();
    }

    @Test
    void spacexOrbitalDataCenterFilingIsAMillionSatellitesInFourShells() {
        Scenario s = load("spacex-odc-1m.yaml");
        List<Integer> shells = shellCounts(SizingStage.run(s));
        // ref: spacex-odc-fcc-2026 — "up to 1,000,000"; the four-way split is our assumption, so each
        // shell is bounded two-sided around a quarter and the total against the filing's ceiling
        assertThat(shells).hasSize(4).allSatisfy(n -> assertThat(n).isBetween(200_000, 300_000));
        assertThat(shells.stream().mapToLong(Integer::longValue).sum()).isBetween(990_000L, 1_000_000L);
        // the filing's altitude band 500-2,000 km and its two inclination families (30 deg and SSO)
        assertThat(s.shells()).allSatisfy(sh -> assertThat(sh.orbit().altitudeM()).isBetween(500e3, 2_000e3));
        assertThat(s.shells().stream().map(sh -> Math.round(Math.toDegrees(sh.orbit().inclinationRad())) == 30).distinct())
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    void spacexHundredThousandIsATenthOfTheFilingInTheSameShells() {
        List<Integer> shells = shellCounts(SizingStage.run(load("spacex-odc-100k.yaml")));
        assertThat(shells).hasSize(4).allSatisfy(n -> assertThat(n).isBetween(24_000, 26_000));
        assertThat(shells.stream().mapToInt(Integer::intValue).sum()).isBetween(99_000, 101_000);
    }

    @Test
    void blueOriginSunriseIsFiftyOneThousandSixHundredSunSynchronousSatellites() {
        Scenario s = load("blue-origin-sunrise.yaml");
        List<Integer> shells = shellCounts(SizingStage.run(s));
        // ref: blue-origin-sunrise-2026 — 51,600 satellites, SSO, 500-1,800 km; four equal shells [A]
        assertThat(shells).hasSize(4).allSatisfy(n -> assertThat(n).isBetween(12_000, 14_000));
        assertThat(shells.stream().mapToInt(Integer::intValue).sum()).isBetween(51_000, 51_600);
        assertThat(s.shells()).allSatisfy(sh -> assertThat(sh.orbit().altitudeM()).isBetween(500e3, 1_800e3));
        // SSO between 500 and 1,800 km: cos i = -(a / 12,352 km)^3.5 by hand gives 97.4 deg (a = 6,878 km) to 103.7 deg (8,178 km)
        assertThat(s.shells()).allSatisfy(sh ->
                assertThat(Math.toDegrees(sh.orbit().inclinationRad())).isBetween(97.3, 103.8));
    }

    @Test
    void cowboyStampedeIsTwentyThousandOneMegawattNodes() {
        Scenario s = load("cowboy-stampede.yaml");
        SizingReport sizing = SizingStage.run(s);
        List<Integer> shells = shellCounts(sizing);
        // ref: cowboy-stampede-2026 — 20,000 satellites, dawn-dusk SSO 700-1,000 km, 1 MW nodes of ~800 GPUs
        assertThat(shells).hasSize(2).allSatisfy(n -> assertThat(n).isBetween(9_000, 11_000));
        assertThat(shells.stream().mapToInt(Integer::intValue).sum()).isBetween(19_500, 20_000);
        assertThat(s.shells()).allSatisfy(sh -> assertThat(sh.orbit().altitudeM()).isBetween(700e3, 1_000e3));
        SizingResult node = sizing.primary().result();
        assertThat(node.fleet().itPowerW() / node.fleet().satellites()).isCloseTo(1e6, Offset.offset(0.05e6));
        // plausibility against cowboy-space-2026's 20-25 t per node: our closed-form budget lands within
        // 0.5x-4x of it (it carries a full eclipse battery the company's figure may not)
        assertThat(node.mass().totalKg()).isBetween(10e3, 100e3);
    }

    /**
     * The 1M-satellite filing's plan is 180,000 launches, more than the deployment Monte Carlo follows in
     * one run (100,000): the launch verb refuses it as the scenario's, located at `launch` with the plan's
     * size (it was an internal error, exit 1).
     */
    @Test
    void aFleetBeyondTheDeploymentModelsLimitIsALocatedRefusalNotAnInternalError() {
        Scenario s = load("spacex-odc-1m.yaml");
        assertThatThrownBy(() -> LaunchStage.run(s, SizingStage.run(s)))
                .isInstanceOf(io.orbitdc.core.InputException.class)
                .hasMessageContaining("launch: a Monte Carlo deployment did not finish within 100,000 launches")
                .hasMessageContaining("the plan itself flies 180,000");
    }

    /**
     * A deployment longer than a century is printed with what it means: the 100k filing's 18,100 launches at
     * the catalog's cadences take ~4,500 years even without failures (hand: 1,643,715 plan days / 365.25),
     * while suncatcher-like's text carries no such line.
     */
    @Test
    void aDeploymentBeyondACenturyIsReadAsInfeasibleNotAsADate() {
        Scenario big = load("spacex-odc-100k.yaml");
        LaunchReport report = LaunchStage.run(big, SizingStage.run(big));
        assertThat(report.totals().daysToFullCapacity() / 365.25).isGreaterThan(4_000);
        assertThat(io.orbitdc.core.launch.LaunchReportText.render(report)).contains("beyond any planning horizon: about ")
                .contains("not as a date");
        Scenario small = load("suncatcher-like.yaml");
        assertThat(io.orbitdc.core.launch.LaunchReportText.render(LaunchStage.run(small, SizingStage.run(small))))
                .doesNotContain("beyond any planning horizon");
    }

    @Test
    void groundReferencesAreTheirPublishedSizes() {
        TerrestrialSiteCatalog sites = TerrestrialSiteCatalog.load();
        Scenario abilene = load("stargate-abilene.yaml");
        assertThat(abilene.hasSpaceSegment()).isFalse();
        TerrestrialSite a = sites.site(abilene.economics().terrestrial().siteId()).orElseThrow();
        // ref: dcd-abilene-2025 — a 1.2 GW campus (facility = IT x PUE); ~400,000 GB200 GPUs in NVL72 racks; +-1 %
        assertThat(a.itPowerW() * a.pue()).isCloseTo(1.2e9, Offset.offset(12e6));
        assertThat(a.accelerators() * 72.0).isCloseTo(400_000, Offset.offset(4_000.0));
        Scenario colossus = load("colossus.yaml");
        assertThat(colossus.hasSpaceSegment()).isFalse();
        TerrestrialSite c = sites.site(colossus.economics().terrestrial().siteId()).orElseThrow();
        // ref: semianalysis-colossus-2025 — 200,000 H100/H200 (exact) on a ~300 MW facility (+-1 %)
        assertThat(c.id()).isEqualTo("xai-colossus");
        assertThat(c.accelerators()).isEqualTo(200_000);
        assertThat(c.itPowerW() * c.pue()).isCloseTo(300e6, Offset.offset(3e6));
    }

    @Test
    void suncatcherLikeLaunchDeliversEightyOneSatellitesNoEarlierThanItsVehiclesCanFly() {
        Scenario s = load("suncatcher-like.yaml");
        SizingReport sizing = SizingStage.run(s);
        LaunchReport r = LaunchStage.run(s, sizing);
        assertThat(r.totals().satellites()).isEqualTo(81);
        // lower bound by mass alone (hand check): fleet mass / the largest launch's capacity; upper: twice that
        double fleetKg = sizing.primary().result().fleet().massKg();
        double largest = r.launches().stream().mapToDouble(LaunchReport.Launch::capacityKg).max().orElseThrow();
        int byMass = (int) Math.ceil(fleetKg / largest);
        assertThat(r.totals().launches()).isBetween(byMass, 2 * byMass);
        assertThat(r.launches()).allSatisfy(l -> assertThat(l.date()).isGreaterThanOrEqualTo(l.vehicleAvailableFrom()));
        // the headline is the Monte Carlo median, which slips and fails: never before the deterministic plan
        assertThat(r.headline().basis()).isEqualTo(LaunchReport.BASIS_MONTE_CARLO);
        assertThat(r.headline().daysToFullCapacity()).isGreaterThanOrEqualTo(r.totals().daysToFullCapacity());
    }

    @Test
    void noSpacexFliesNoSpacexVehicleAndWaitsForGroundedOnesToReturn() {
        Scenario s = load("no-spacex.yaml");
        LaunchReport r = LaunchStage.run(s, SizingStage.run(s));
        assertThat(r.totals().satellites()).isEqualTo(81);
        assertThat(r.launches()).noneSatisfy(l -> assertThat(l.provider()).isEqualTo("SpaceX"));
        assertThat(r.launches()).allSatisfy(l -> assertThat(l.date()).isGreaterThanOrEqualTo(l.vehicleAvailableFrom()));
        assertThat(r.launches()).filteredOn(l -> l.vehicleStatus().equals("grounded"))
                .allSatisfy(l -> assertThat(l.date()).isGreaterThanOrEqualTo("2027-05-28")); // LC-36 lost 2026-05-28, >1 yr
        assertThat(r.headline().basis()).isEqualTo(LaunchReport.BASIS_MONTE_CARLO);
    }
}
