package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchStudyTest {

    private final LaunchStudy study = LaunchStudy.withShippedCatalog();

    /** A Suncatcher-like fleet (ref: google-suncatcher-2025: 81 satellites at 650 km dawn-dusk SSO), 9 planes of 9 one-tonne satellites. */
    private static LaunchRequest.Builder suncatcher() {
        return LaunchRequest.builder(Fleets.shell("suncatcher", TargetOrbit.sunSynchronous(650_000), 9, 9),
                        new SatelliteSpec(1000, 3, 8, 20e6), Fleets.START)
                .driftAllowed(true).monteCarloRuns(200).seed(2026).mission(5, 0.02);
    }

    @Test
    void noSpaceXPlanReportsAPositiveCostOfIndependence() {
        LaunchReport report = study.run(suncatcher().excludeProviders(Set.of("SpaceX")).build());
        assertThat(report.launches()).noneSatisfy(l -> assertThat(l.provider()).isEqualTo("SpaceX"));
        assertThat(report.independence().provider()).isEqualTo("SpaceX");
        assertThat(report.independence().feasible()).isTrue();
        assertThat(report.independence().extraCostUsd()).isPositive();
    }

    @Test
    void independenceDefaultsToTheLargestProviderOfThePlan() {
        LaunchReport report = study.run(suncatcher().build());
        String largest = report.providers().get(0).provider();
        assertThat(report.independence().provider()).isEqualTo(largest);
        assertThat(report.independence().costWithUsd()).isEqualTo(report.totals().costUsd());
    }

    @Test
    void excludingTheOnlyCapableProviderIsReportedAsInfeasibleNotThrown() {
        SatelliteSpec heavy = new SatelliteSpec(40_000, 50, 6, 0);
        LaunchRequest r = LaunchRequest.builder(List.of(new OrbitalPlane("s", 0, PayloadModel.LEO_ANCHOR, 1)), heavy, Fleets.START)
                .monteCarloRuns(0).independenceProvider("SpaceX").vehicles(List.of("falcon-heavy", "starship-contract", "vulcan-vc6")).build();
        IndependenceCost ic = study.run(r).independence();
        assertThat(ic.feasible()).isFalse();
        assertThat(ic.extraCostUsd()).isNull();
        assertThat(ic.note()).contains("infeasible without SpaceX");
    }

    @Test
    void textReportShowsManifestTotalsAndIndependence() {
        LaunchReport report = study.run(suncatcher().excludeProviders(Set.of("SpaceX")).build());
        String text = LaunchReportText.render(report);
        assertThat(text).contains(report.launches().get(0).vehicle()).contains("Plan totals: " + report.totals().launches() + " launches")
                .contains("Independence from SpaceX").contains("P10/P50/P90");
        // the first line names the headline and its basis
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("HEADLINE (monte-carlo-p50): full capacity after "
                + io.orbitdc.core.units.HumanFormat.count(Math.round(report.monteCarlo().daysToFullCapacity().p50()), "day"));
    }

    @Test
    void objectiveParsesScenarioSpelling() {
        assertThat(LaunchObjective.parse("time")).isEqualTo(LaunchObjective.TIME);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchObjective.parse("fast"))
                .hasMessage("launch objective 'fast' is not one of cost, time");
    }

    @Test
    void jsonKeysMatchTheDocumentedSchema() throws Exception {
        LaunchReport report = study.run(suncatcher().build());
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
        JsonNode first = json.path("launches").path(0);
        for (String key : List.of("vehicle", "provider", "date", "satellites", "costUsd")) {
            assertThat(first.has(key)).as("launches[]." + key).isTrue();
        }
        for (String key : List.of("launches", "costUsd", "daysToFullCapacity")) {
            assertThat(json.path("totals").has(key)).as("totals." + key).isTrue();
        }
        for (String key : List.of("p10", "p50", "p90")) {
            assertThat(json.path("monteCarlo").path("daysToFullCapacity").has(key)).as("monteCarlo.daysToFullCapacity." + key).isTrue();
            assertThat(json.path("monteCarlo").path("costUsd").has(key)).as("monteCarlo.costUsd." + key).isTrue();
        }
        for (String key : List.of("provider", "extraCostUsd", "extraDays")) {
            assertThat(json.path("independence").has(key)).as("independence." + key).isTrue();
        }
        for (String key : List.of("vehicleStatus", "vehicleAvailableFrom")) {
            assertThat(first.has(key)).as("launches[]." + key).isTrue();
        }
        for (String key : List.of("basis", "daysToFullCapacity", "fullCapacityDate", "costUsd", "statement")) {
            assertThat(json.path("headline").has(key)).as("headline." + key).isTrue();
        }
        for (String key : List.of("id", "status", "statusSince", "availableFrom", "entrySlipMeanDays", "availableP50", "availableP90")) {
            assertThat(json.path("vehicles").path(0).has(key)).as("vehicles[]." + key).isTrue();
        }
        assertThat(first.path("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.path("totals").path("launches").asInt()).isEqualTo(report.launches().size());
    }

    @Test
    void headlineIsTheMonteCarloMedianWhenItRanAndThePlanOtherwise() {
        LaunchReport withMc = study.run(suncatcher().build());
        assertThat(withMc.headline().basis()).isEqualTo(LaunchReport.BASIS_MONTE_CARLO);
        assertThat(withMc.headline().daysToFullCapacity()).isEqualTo(withMc.monteCarlo().daysToFullCapacity().p50());
        assertThat(withMc.headline().costUsd()).isEqualTo(withMc.monteCarlo().costUsd().p50());
        assertThat(withMc.headline().statement()).contains("Monte Carlo P50").contains("deterministic plan");
        LaunchReport planOnly = study.run(suncatcher().monteCarloRuns(0).build());
        assertThat(planOnly.headline().basis()).isEqualTo(LaunchReport.BASIS_PLAN);
        assertThat(planOnly.headline().daysToFullCapacity()).isEqualTo(planOnly.totals().daysToFullCapacity());
        assertThat(planOnly.monteCarlo()).isNull();
    }

    @Test
    void everyVehicleThePlanFliesIsListedWithItsStatusAndTaggedInTheManifest() {
        LaunchReport report = study.run(suncatcher().build());
        VehicleCatalog catalog = VehicleCatalog.shipped();
        assertThat(report.vehicles()).extracting(LaunchReport.VehicleAvailability::id)
                .containsExactlyInAnyOrderElementsOf(report.launches().stream().map(LaunchReport.Launch::vehicle).distinct().toList());
        for (LaunchReport.Launch l : report.launches()) {
            LaunchVehicle v = catalog.find(l.vehicle()).orElseThrow();
            assertThat(l.vehicleStatus()).isEqualTo(v.status().key());
            assertThat(l.vehicleAvailableFrom()).isEqualTo(v.availableFrom().toString());
            assertThat(l.date()).isGreaterThanOrEqualTo(l.vehicleAvailableFrom()); // ISO dates sort as text
        }
        for (LaunchReport.VehicleAvailability v : report.vehicles()) {
            assertThat(v.availableP50()).isGreaterThanOrEqualTo(v.availableFrom());
            assertThat(v.availableP90()).isGreaterThanOrEqualTo(v.availableP50());
        }
    }
}
