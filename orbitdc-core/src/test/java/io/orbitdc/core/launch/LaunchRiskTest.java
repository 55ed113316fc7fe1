package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Validation of the analytic expected launch-failure loss against a hand calculation and the deployment Monte Carlo. */
class LaunchRiskTest {

    /** A one-tonne satellite that costs 2 M USD to rebuild. */
    private static final SatelliteSpec SATELLITE = new SatelliteSpec(1000, 1.0, 8, 2e6);

    private static final List<LaunchVehicle> FLEET = List.of(
            Fleets.vehicle("a", "A", 5_000, 100, 20e6, 12, Fleets.START, 30, 2, 6),
            Fleets.vehicle("b", "B", 12_000, 100, 45e6, 6, Fleets.START.plusDays(90), 3, 1, 6));

    private static LaunchRequest request(int planes, int perPlane) {
        return LaunchRequest.builder(Fleets.shell("s", PayloadModel.LEO_ANCHOR, planes, perPlane), SATELLITE, Fleets.START)
                .seed(11).monteCarloRuns(1).rebuildLeadDays(120).build();
    }

    /**
     * Hand calculation: five satellites (5 t) in one plane fly on one launch of vehicle b, whose
     * record of 3 successes and 1 failure under the uniform Beta(1,1) prior gives p = 4/6. Attempts
     * are geometric, 1/p = 1.5, so the expected extra cost is 0.5 x (45 M + 5 x 2 M) = 27.5 M USD and
     * 0.5 expected failures. Exact arithmetic: tolerance 1 USD for rounding.
     */
    @Test
    void oneLaunchMatchesTheHandCalculation() {
        List<LaunchVehicle> onlyB = List.of(FLEET.get(1));
        LaunchPlanner planner = new LaunchPlanner(VehicleCatalog.of(onlyB));
        LaunchRequest r = request(1, 5);
        LaunchPlan plan = planner.plan(r);
        assertThat(plan.launches()).hasSize(1);
        LaunchRisk risk = LaunchRisk.of(plan, planner.eligibleVehicles(r), r);
        assertThat(risk.expectedLossUsd()).isCloseTo(27.5e6, within(1.0));
        assertThat(risk.expectedFailures()).isCloseTo(0.5, within(1e-12));
        assertThat(risk.worstVehicleId()).isEqualTo("b");
        assertThat(risk.worstReliability()).isCloseTo(4.0 / 6, within(1e-12));
        // the same loss as a re-flight share of the 45 M launch (0.5) and satellites lost (0.5 x 5 = 2.5): the cost
        // model re-prices it at its own launch price and unit cost; at the plan's, 0.5 x 45 M + 2.5 x 2 M = 27.5 M
        assertThat(risk.exposure().reflightShare()).isCloseTo(0.5, within(1e-12));
        assertThat(risk.exposure().satellitesLost()).isCloseTo(2.5, within(1e-12));
        assertThat(risk.exposure().lossUsd(45e6, 2e6)).isCloseTo(27.5e6, within(1.0));
        // a launch price three times higher triples the re-flights, not the rebuilt satellites: 0.5 x 135 M + 5 M
        assertThat(risk.exposure().lossUsd(135e6, 2e6)).isCloseTo(72.5e6, within(1.0));
    }

    /**
     * The analytic loss equals the mean of the deployment Monte Carlo's cost minus the plan's: 20,000
     * runs, tolerance four standard errors of the sample mean (a false failure about once in 16,000 runs).
     */
    @Test
    void matchesTheDeploymentMonteCarloMean() {
        LaunchPlanner planner = new LaunchPlanner(VehicleCatalog.of(FLEET));
        LaunchRequest r = request(4, 5);
        LaunchPlan plan = planner.plan(r);
        LaunchRisk risk = LaunchRisk.of(plan, planner.eligibleVehicles(r), r);
        DeploymentSimulation sim = new DeploymentSimulation(r, plan, planner.eligibleVehicles(r));
        SplittableRandom root = new SplittableRandom(2026);
        int runs = 20_000;
        double sum = 0;
        double sumSq = 0;
        double failures = 0;
        for (int i = 0; i < runs; i++) {
            double[] out = sim.simulate(root.split());
            double extra = out[1] - plan.totals().costUsd();
            sum += extra;
            sumSq += extra * extra;
            failures += out[3];
        }
        double mean = sum / runs;
        double standardError = Math.sqrt((sumSq / runs - mean * mean) / runs);
        assertThat(risk.expectedLossUsd()).isGreaterThan(0);
        assertThat(mean).isCloseTo(risk.expectedLossUsd(), within(4 * standardError));
        assertThat(failures / runs).isCloseTo(risk.expectedFailures(), within(0.05 * risk.expectedFailures() + 0.01));
    }
}
