package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchPlannerTest {

    private final LaunchPlanner planner = LaunchPlanner.withShippedCatalog();

    @Test
    void eightyOneOneTonneSatellitesNeedFiveFalcon9LaunchesByMassToTheReferenceLeo() {
        // ref: wikipedia-falcon-9-2024 — 17,500 kg reusable to LEO; ceil(81,000 / 17,500) = 5; exact.
        // Drift allowed so the 81 satellites (9 planes x 9) may share launches; volume 157 m3 does not bind at 1 m3.
        LaunchRequest r = LaunchRequest.builder(Fleets.shell("leo", PayloadModel.LEO_ANCHOR, 9, 9), Fleets.oneTonne(), Fleets.START)
                .driftAllowed(true).vehicles(List.of("falcon-9")).monteCarloRuns(0).build();
        LaunchPlan plan = planner.plan(r);
        assertThat(plan.totals().launches()).isEqualTo(5);
        assertThat(plan.launches()).allSatisfy(e -> assertThat(e.massKg()).isLessThanOrEqualTo(17_500));
        assertThat(plan.totals().costUsd()).isEqualTo(5 * 69_750_000.0);
    }

    @Test
    void sameFleetTo650KmSsoUsesThePayloadModel() {
        // 650 km SSO has no published Falcon 9 figure: the payload model gives P (≈10.6 t, 0.61 of 17.5 t,
        // inside the 0.61-0.72 LEO->SSO ratios published for Ariane 6 / Alpha / Electron); launches = ceil(81 / floor(P / 1 t)).
        TargetOrbit sso = TargetOrbit.sunSynchronous(650_000);
        LaunchVehicle f9 = VehicleCatalog.shipped().find("falcon-9").orElseThrow();
        double p = PayloadModel.payloadKg(f9, sso);
        assertThat(p / 17_500).isBetween(0.55, 0.72);
        LaunchRequest r = LaunchRequest.builder(Fleets.shell("sso", sso, 9, 9), Fleets.oneTonne(), Fleets.START)
                .driftAllowed(true).vehicles(List.of("falcon-9")).monteCarloRuns(0).build();
        int perLaunch = (int) Math.floor(p / 1000);
        assertThat(planner.plan(r).totals().launches()).isEqualTo((81 + perLaunch - 1) / perLaunch);
    }

    @Test
    void oneLaunchServesOnePlaneUnlessDriftIsAllowed() {
        LaunchVehicle big = Fleets.vehicle("big", "P", 10_000, 100, 10e6, 12, Fleets.START, 10, 0, 6);
        LaunchPlanner p = new LaunchPlanner(VehicleCatalog.of(List.of(big)));
        List<OrbitalPlane> planes = Fleets.shell("s", TargetOrbit.ofDegrees(500_000, 53), 2, 4);
        LaunchRequest noDrift = LaunchRequest.builder(planes, Fleets.oneTonne(), Fleets.START).build();
        LaunchRequest drift = LaunchRequest.builder(planes, Fleets.oneTonne(), Fleets.START).driftAllowed(true).build();
        assertThat(p.plan(noDrift).totals().launches()).isEqualTo(2);
        assertThat(p.plan(drift).totals().launches()).isEqualTo(1);
    }

    @Test
    void clusterFliesOnOneLaunchOrThePlanSaysItMustRendezvous() {
        LaunchVehicle small = Fleets.vehicle("small", "A", 5_000, 100, 10e6, 12, Fleets.START, 10, 0, 6);
        LaunchVehicle big = Fleets.vehicle("big", "B", 50_000, 500, 60e6, 12, Fleets.START, 10, 0, 6);
        LaunchPlanner p = new LaunchPlanner(VehicleCatalog.of(List.of(small, big)));
        TargetOrbit orbit = PayloadModel.LEO_ANCHOR;
        // 20 t cluster: five small launches ($50M) are cheaper, but the cluster must fly together -> one big launch
        LaunchRequest together = LaunchRequest.builder(List.of(new OrbitalPlane("c", 0, orbit, 20)), Fleets.oneTonne(), Fleets.START)
                .clusterFliesTogether(true).build();
        LaunchPlan plan = p.plan(together);
        assertThat(plan.launches()).singleElement().satisfies(e -> assertThat(e.vehicleId()).isEqualTo("big"));
        // 81 t cluster fits no launch -> split, and the plan says it must rendezvous
        LaunchRequest tooBig = LaunchRequest.builder(List.of(new OrbitalPlane("c", 0, orbit, 81)), Fleets.oneTonne(), Fleets.START)
                .clusterFliesTogether(true).build();
        LaunchPlan split = p.plan(tooBig);
        assertThat(split.totals().launches()).isGreaterThan(1);
        assertThat(split.notes()).anySatisfy(n -> assertThat(n).contains("rendezvous"));
    }

    @Test
    void launchesRespectAvailabilityAndCadence() {
        LaunchPlan plan = planner.plan(LaunchRequest.builder(Fleets.shell("s", TargetOrbit.sunSynchronous(650_000), 12, 10),
                Fleets.oneTonne(), Fleets.START).objective(LaunchObjective.TIME).build());
        VehicleCatalog c = VehicleCatalog.shipped();
        for (ManifestEntry e : plan.launches()) {
            assertThat(e.date()).isAfterOrEqualTo(c.find(e.vehicleId()).orElseThrow().availableFrom());
        }
        plan.launches().stream().map(ManifestEntry::vehicleId).distinct().forEach(id -> {
            List<ManifestEntry> own = plan.launches().stream().filter(e -> e.vehicleId().equals(id)).toList();
            double spacing = c.find(id).orElseThrow().launchSpacingDays();
            for (int i = 1; i < own.size(); i++) {
                assertThat(ChronoUnit.DAYS.between(own.get(i - 1).date(), own.get(i).date())).isGreaterThanOrEqualTo((long) Math.floor(spacing));
            }
        });
    }

    @Test
    void timeObjectiveIsNeverSlowerAndCostObjectiveNeverDearer() {
        List<OrbitalPlane> fleet = Fleets.shell("s", TargetOrbit.sunSynchronous(650_000), 6, 9);
        LaunchPlan cost = planner.plan(LaunchRequest.builder(fleet, Fleets.oneTonne(), Fleets.START).build());
        LaunchPlan time = planner.plan(LaunchRequest.builder(fleet, Fleets.oneTonne(), Fleets.START).objective(LaunchObjective.TIME).build());
        assertThat(time.totals().daysToFullCapacity()).isLessThanOrEqualTo(cost.totals().daysToFullCapacity());
        assertThat(cost.totals().costUsd()).isLessThanOrEqualTo(time.totals().costUsd());
        assertThat(cost.optimal()).isTrue();
    }

    @Test
    void satelliteOverAVehiclesGLoadIsNeverAssignedToIt() {
        // Kinetic launchers (1,000 g Longshot, 10,000 g SpinLaunch) are cheapest per launch for a 50 kg satellite,
        // but a satellite qualified for 8 g must never ride them.
        SatelliteSpec small = new SatelliteSpec(50, 0.1, 8, 0);
        LaunchPlan plan = planner.plan(LaunchRequest.builder(List.of(new OrbitalPlane("s", 0, PayloadModel.LEO_ANCHOR, 2)),
                small, Fleets.START).build());
        assertThat(plan.launches()).noneSatisfy(e -> assertThat(e.vehicleId()).isIn("longshot", "spinlaunch"));
        SatelliteSpec hardened = new SatelliteSpec(50, 0.1, 20_000, 0);
        LaunchPlan kinetic = planner.plan(LaunchRequest.builder(List.of(new OrbitalPlane("s", 0, PayloadModel.LEO_ANCHOR, 2)),
                hardened, Fleets.START).build());
        assertThat(kinetic.launches()).allSatisfy(e -> assertThat(e.vehicleId()).isIn("longshot", "spinlaunch"));
    }

    @Test
    void tooHeavyForTheAllowedProvidersSaysWhatWouldMakeItFeasible() {
        SatelliteSpec heavy = new SatelliteSpec(2_400, 2, 8, 0);
        LaunchRequest r = LaunchRequest.builder(List.of(new OrbitalPlane("sso", 0, TargetOrbit.sunSynchronous(650_000), 4)),
                heavy, Fleets.START).allowProviders(Set.of("Firefly Aerospace", "Rocket Lab")).vehicles(List.of("firefly-alpha", "electron")).build();
        assertThatThrownBy(() -> planner.plan(r)).isInstanceOf(InfeasibleLaunchException.class)
                .hasMessageContaining("the 2,400 kg satellite")
                .hasMessageContaining("largest remaining payload")
                .hasMessageContaining("(Firefly Alpha)")
                .hasMessageContaining("allow SpaceX")
                .hasMessageContaining("split the satellite below");
    }

    @Test
    void gLoadOrVolumeBlockersSayWhatToChange() {
        // 8 g satellite, only kinetic launchers allowed (1,000 g and 10,000 g): qualify for the lowest, 1,000 g
        LaunchRequest kinetic = LaunchRequest.builder(List.of(new OrbitalPlane("s", 0, PayloadModel.LEO_ANCHOR, 1)),
                new SatelliteSpec(50, 0.1, 8, 0), Fleets.START).vehicles(List.of("longshot", "spinlaunch")).build();
        assertThatThrownBy(() -> planner.plan(kinetic)).isInstanceOf(InfeasibleLaunchException.class)
                .hasMessageContaining("qualify the satellite for 1,000 g");
        // 100 kg but 5 m3 on Electron (1.19 m3 fairing, ref: spacecost-launch-vehicles-2026): reduce the volume
        LaunchRequest bulky = LaunchRequest.builder(List.of(new OrbitalPlane("s", 0, PayloadModel.LEO_ANCHOR, 1)),
                new SatelliteSpec(100, 5, 8, 0), Fleets.START).vehicles(List.of("electron")).build();
        assertThatThrownBy(() -> planner.plan(bulky)).isInstanceOf(InfeasibleLaunchException.class)
                .hasMessageContaining("reduce the stowed volume below 1.2 m3 (Rocket Lab Electron)");
    }

    @Test
    void filtersThatLeaveNothingAreAClearError() {
        LaunchRequest r = LaunchRequest.builder(Fleets.shell("s", PayloadModel.LEO_ANCHOR, 1, 1), Fleets.oneTonne(), Fleets.START)
                .vehicles(List.of("falcon-9")).excludeProviders(Set.of("SpaceX")).build();
        assertThatThrownBy(() -> planner.plan(r)).isInstanceOf(InfeasibleLaunchException.class)
                .hasMessageContaining("no launch vehicle remains").hasMessageContaining("spacex");
        LaunchRequest unknown = LaunchRequest.builder(Fleets.shell("s", PayloadModel.LEO_ANCHOR, 1, 1), Fleets.oneTonne(), Fleets.START)
                .vehicles(List.of("saturn-v")).build();
        assertThatThrownBy(() -> planner.plan(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown launch vehicle id 'saturn-v'");
    }

    @Test
    void priceScenarioRowsAreUsedOnlyWhenListedAndReplaceTheirBase() {
        List<OrbitalPlane> fleet = List.of(new OrbitalPlane("c", 0, PayloadModel.LEO_ANCHOR, 81));
        LaunchRequest byDefault = LaunchRequest.builder(fleet, Fleets.oneTonne(), Fleets.START).build();
        assertThat(planner.eligibleVehicles(byDefault)).extracting(LaunchVehicle::id)
                .contains("starship-contract").doesNotContain("starship-full-reuse", "starship-mid-reuse");
        LaunchRequest listed = LaunchRequest.builder(fleet, Fleets.oneTonne(), Fleets.START)
                .vehicles(List.of("starship-contract", "starship-full-reuse")).build();
        assertThat(planner.eligibleVehicles(listed)).extracting(LaunchVehicle::id).containsExactly("starship-full-reuse");
    }

    @Test
    void replacementLaunchesFollowTheFailureRate() {
        // 9 planes x 9 satellites, 10 %/yr for 5 years: ceil(0.9) = 1 replacement per plane per year -> 45 satellites;
        // each needs its own launch (no drift), so 45 launches.
        LaunchRequest r = LaunchRequest.builder(Fleets.shell("s", PayloadModel.LEO_ANCHOR, 9, 9), Fleets.oneTonne(), Fleets.START)
                .vehicles(List.of("falcon-9")).mission(5, 0.10).build();
        ReplacementForecast f = planner.plan(r).replacement();
        assertThat(f.batches()).isEqualTo(5);
        assertThat(f.satellites()).isEqualTo(45);
        assertThat(f.launches()).isEqualTo(45);
        assertThat(f.costUsd()).isEqualTo(45 * 69_750_000.0);
    }
}
