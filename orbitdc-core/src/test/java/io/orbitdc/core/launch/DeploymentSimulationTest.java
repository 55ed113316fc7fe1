package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeploymentSimulationTest {

    private static LaunchRequest request(List<LaunchVehicle> vehicles, long seed, int runs) {
        return LaunchRequest.builder(Fleets.shell("s", PayloadModel.LEO_ANCHOR, 4, 5), Fleets.oneTonne(), Fleets.START)
                .seed(seed).monteCarloRuns(runs).rebuildLeadDays(120).mission(5, 0.05).build();
    }

    /** Five one-tonne satellites in one plane: one launch of a 50 t vehicle. */
    private static LaunchRequest onePlane(long seed, int runs) {
        return LaunchRequest.builder(Fleets.shell("s", PayloadModel.LEO_ANCHOR, 1, 5), Fleets.oneTonne(), Fleets.START)
                .seed(seed).monteCarloRuns(runs).build();
    }

    private static MonteCarloSummary run(List<LaunchVehicle> vehicles, long seed, int runs) {
        LaunchPlanner planner = new LaunchPlanner(VehicleCatalog.of(vehicles));
        LaunchRequest r = request(vehicles, seed, runs);
        return new DeploymentSimulation(r, planner.plan(r), planner.eligibleVehicles(r)).run();
    }

    private static final List<LaunchVehicle> FLEET = List.of(
            Fleets.vehicle("a", "A", 5_000, 100, 20e6, 12, Fleets.START, 30, 2, 6),
            Fleets.vehicle("b", "B", 12_000, 100, 45e6, 6, Fleets.START.plusDays(90), 3, 1, 6));

    /** Reproducibility is exact (record equality), no tolerance: same seed, same numbers, whatever the threads. */
    @Test
    void sameSeedSameDistributionAndIndependentOfThreading() {
        MonteCarloSummary first = run(FLEET, 42, 400);
        MonteCarloSummary second = run(FLEET, 42, 400);
        assertThat(second).isEqualTo(first);
        // the parallel run equals a sequential replay of the split streams
        LaunchPlanner planner = new LaunchPlanner(VehicleCatalog.of(FLEET));
        LaunchRequest r = request(FLEET, 42, 400);
        DeploymentSimulation sim = new DeploymentSimulation(r, planner.plan(r), planner.eligibleVehicles(r));
        SplittableRandom root = new SplittableRandom(42);
        double[] days = new double[400];
        for (int i = 0; i < 400; i++) {
            days[i] = sim.simulate(root.split())[0];
        }
        assertThat(Percentiles.of(days)).isEqualTo(first.daysToFullCapacity());
        // the curve is the same sample's quantiles every 5 %: its ends are the extremes, 10/50/90 % the percentiles
        java.util.Arrays.sort(days);
        List<Double> curve = first.daysToFullCapacityQuantiles();
        assertThat(curve).hasSize(MonteCarloSummary.CURVE_POINTS).isSorted();
        assertThat(curve.get(0)).isEqualTo(days[0]);
        assertThat(curve.get(20)).isEqualTo(days[399]);
        assertThat(curve.get(2)).isEqualTo(first.daysToFullCapacity().p10());
        assertThat(curve.get(10)).isEqualTo(first.daysToFullCapacity().p50());
        assertThat(curve.get(18)).isEqualTo(first.daysToFullCapacity().p90());
        assertThat(run(FLEET, 43, 400)).isNotEqualTo(first);
    }

    /** Slips are non-negative and failures add launches, so every run is at least the deterministic plan (exact bound). */
    @Test
    void slipsAndFailuresOnlyDelayAndAddCost() {
        LaunchPlanner planner = new LaunchPlanner(VehicleCatalog.of(FLEET));
        LaunchPlan plan = planner.plan(request(FLEET, 7, 0));
        MonteCarloSummary mc = run(FLEET, 7, 500);
        assertThat(mc.daysToFullCapacity().p10()).isGreaterThanOrEqualTo(plan.totals().daysToFullCapacity());
        assertThat(mc.costUsd().p10()).isGreaterThanOrEqualTo(plan.totals().costUsd());
        assertThat(mc.daysToFullCapacity().p10()).isLessThanOrEqualTo(mc.daysToFullCapacity().p50());
        assertThat(mc.daysToFullCapacity().p50()).isLessThanOrEqualTo(mc.daysToFullCapacity().p90());
        assertThat(mc.missionCostUsd().p50()).isGreaterThan(mc.costUsd().p50());
    }

    @Test
    void aNeverFlownVehicleFailsHalfTheTimeUnderTheUniformPrior() {
        // Beta(1,1) with no record -> p = 0.5; failures before each payload's success are geometric with mean
        // (1-p)/p = 1, so mean failures per run = planned launches (4). Tolerance 5 %: the standard error of the
        // mean over 4,000 runs is sqrt(4 * 2) / sqrt(4000) = 0.045, i.e. 1.1 %.
        List<LaunchVehicle> fresh = List.of(Fleets.vehicle("new", "N", 5_000, 100, 20e6, 12, Fleets.START, 0, 0, 6));
        MonteCarloSummary mc = run(fresh, 3, 4000);
        assertThat(mc.meanLaunchFailures()).isCloseTo(4.0, within(0.2));
    }

    @Test
    void aGroundedVehicleDeliversAtItsReturnToFlightPlusTheEntryAndLaunchSlips() {
        // validation against a hand calculation: one launch on a vehicle grounded until day 150 whose return slips
        // by Exp(mean 180 d), then the launch by Exp(mean 30 d) (operational slip); reliability 1 - 1e-5.
        // Delivery = 150 + X + Y, mean 150 + 180 + 30 = 360 d. SD of X + Y = sqrt(180^2 + 30^2) = 182.5 d, so the
        // standard error over 4,000 runs is 2.9 d; tolerance 12 d (about 4 standard errors).
        LaunchVehicle grounded = Fleets.vehicle("g", "G", 50_000, 50e6, 1000, VehicleStatus.GROUNDED,
                Fleets.START.plusDays(150), 180, 100_000, 0);
        LaunchPlanner planner = new LaunchPlanner(VehicleCatalog.of(List.of(grounded)));
        LaunchRequest r = onePlane(11, 4000);
        LaunchPlan plan = planner.plan(r);
        assertThat(plan.launches()).hasSize(1);
        assertThat(plan.launches().get(0).day()).isEqualTo(150);
        DeploymentSimulation sim = new DeploymentSimulation(r, plan, planner.eligibleVehicles(r));
        SplittableRandom root = new SplittableRandom(11);
        double sum = 0;
        for (int i = 0; i < 4000; i++) {
            double days = sim.simulate(root.split())[0];
            // exact: no run delivers before the return-to-flight date
            assertThat(days).isGreaterThanOrEqualTo(150);
            sum += days;
        }
        assertThat(sum / 4000).isCloseTo(360, within(12.0));
    }

    @Test
    void anOperationalVehicleHasNoEntrySlip() {
        // same vehicle, operational: delivery = 150 + Y, mean 180 d; SD 30 d, standard error 0.5 d over 4,000 runs
        LaunchVehicle flying = Fleets.vehicle("o", "O", 50_000, 50e6, 1000, VehicleStatus.OPERATIONAL,
                Fleets.START.plusDays(150), 180, 100_000, 0);
        assertThat(flying.entrySlipMeanDays()).isZero();
        LaunchPlanner planner = new LaunchPlanner(VehicleCatalog.of(List.of(flying)));
        LaunchRequest r = onePlane(11, 4000);
        DeploymentSimulation sim = new DeploymentSimulation(r, planner.plan(r), planner.eligibleVehicles(r));
        SplittableRandom root = new SplittableRandom(11);
        double sum = 0;
        for (int i = 0; i < 4000; i++) {
            sum += sim.simulate(root.split())[0];
        }
        assertThat(sum / 4000).isCloseTo(180, within(2.0));
    }
}
