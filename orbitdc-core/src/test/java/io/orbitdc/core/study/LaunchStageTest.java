package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.launch.LaunchRequest;
import io.orbitdc.core.scenario.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launch stage maps scenarios onto launch requests and plans them. */
class LaunchStageTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Scenario load(String name) {
        return PIPELINE.load(Path.of("..", "scenarios", name));
    }

    @Test
    void noSpacexScenarioNeverFliesSpacexAndReportsAPositiveCostOfIndependence() {
        Scenario s = load("no-spacex.yaml");
        LaunchReport report = LaunchStage.run(s, SizingStage.run(s));
        assertThat(report.launches()).isNotEmpty().allSatisfy(l -> assertThat(l.provider()).isNotEqualTo("SpaceX"));
        assertThat(report.totals().satellites()).isEqualTo(81);
        assertThat(report.independence().provider()).isEqualTo("SpaceX");
        // the scenario plans for cost (objective: cost), and the plan with SpaceX searches a superset of the
        // vehicles of the plan without it: the cheapest plan with SpaceX can only be cheaper. SpaceX's Falcon 9
        // and Starship are the catalog's cheapest per kg, so here it is strictly cheaper.
        assertThat(report.independence().feasible()).isTrue();
        assertThat(report.independence().extraCostUsd()).as(report.independence().note()).isPositive();
        assertThat(report.independence().costWithUsd() + report.independence().extraCostUsd())
                .isCloseTo(report.totals().costUsd(), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void requestCarriesTheSizedSatelliteAndTheClusterConstraint() {
        Scenario s = load("suncatcher-like.yaml");
        SizingReport sizing = SizingStage.run(s);
        LaunchRequest r = LaunchStage.request(s, sizing);
        assertThat(r.satellite().massKg()).isEqualTo(sizing.primary().result().mass().totalKg());
        // stowed volume from the default stowed density of 150 kg/m3
        assertThat(r.satellite().stowedVolumeM3()).isEqualTo(r.satellite().massKg() / 150.0);
        assertThat(r.clusterFliesTogether()).isTrue();
        assertThat(r.totalSatellites()).isEqualTo(81);
    }

    @Test
    void walkerShellsLaunchPlaneByPlane() {
        Scenario s = new io.orbitdc.core.scenario.ScenarioLoader(PIPELINE.catalogs())
                .parse("walker.yaml", """
                        orbitdc: 1
                        orbit: { altitude: 550 km, inclination: 53 deg }
                        constellation: { type: walker, satellites: 24, planes: 6, phasing: 1 }
                        satellite: { accelerator: nvidia-h100-sxm, acceleratorsPerSatellite: 2 }
                        launch: { monteCarloRuns: 10 }
                        """, Path.of("."));
        LaunchRequest r = LaunchStage.request(s, SizingStage.run(s));
        assertThat(r.planes()).hasSize(6).allSatisfy(p -> assertThat(p.satellites()).isEqualTo(4));
    }
}
