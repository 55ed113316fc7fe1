package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.twin.schedule.SchedulerPolicies;
import io.orbitdc.core.workload.TrainingReport;
import io.orbitdc.core.workload.TrainingSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrainingEngineTest {
    private static final SchedulerPolicies POLICIES = SchedulerPolicies.installed();

    /** Every random process active, a tight battery and radiator, and a training job across the fleet. */
    private static TwinEngine busyFleet(String policy, long seed) {
        CircularOrbitTimeline timeline = TwinFixtures.orbit(5, 2 * 2880 + 77, TwinFixtures.UMBRA_S, 20.0);
        SatelliteTwinSpec spec = TwinFixtures.satellite(40.0, 8e6, 3.0)
                .withFailureRates(new FailureRates(5.0, 2.0, 1.0, 3.0))
                .withScheduler(POLICIES.require(policy));
        return TwinEngine.uniform(timeline, spec, seed).withTraining(TrainingSpec.of(7e10, 1.4e12));
    }

    @Test
    void trainingRunsAreBitIdenticalOnOneOrTwoThreadsForEveryPolicy() {
        for (String policy : POLICIES.names()) {
            List<SatelliteSample> one = Collections.synchronizedList(new ArrayList<>());
            List<SatelliteSample> two = Collections.synchronizedList(new ArrayList<>());
            TwinSummary a = busyFleet(policy, 42L).run(1, one::add, 97);
            TwinSummary b = busyFleet(policy, 42L).run(2, two::add, 97);
            assertThat(b).as(policy).isEqualTo(a);
            Comparator<SatelliteSample> order = Comparator.comparingInt(SatelliteSample::satellite)
                    .thenComparingInt(SatelliteSample::step);
            one.sort(order);
            two.sort(order);
            assertThat(two).as(policy).isEqualTo(one);
            assertThat(a.training()).isPresent();
            assertThat(a.training().get().rollbacks()).as(policy).isPositive();
        }
    }

    @Test
    void lossFreeFleetTrainsAtItsUtilisation() {
        // full sun, comfortable satellites, no radiation or failures: no interrupt is expected, so
        // no checkpoint falls inside the mission and every second computes at MFU × peak.
        int n = 9;
        int steps = 2880;
        CircularOrbitTimeline sun = new CircularOrbitTimeline(n, steps, TwinFixtures.STEP_S, TwinFixtures.PERIOD_S,
                0.0, 0.0, 1.0, 0.0, 0.0, 0.0);
        SatelliteTwinSpec c = TwinFixtures.comfortable();
        SatelliteTwinSpec quiet = new SatelliteTwinSpec(c.array(), c.regulatorEfficiency(), c.battery(), c.busLoadW(),
                c.thermalControlW(), c.compute(), c.thermal(), c.throttle(),
                new RadiationSpec(150.0, 0.9, 0.0, 0.0, 0.0, OptionalDouble.empty()), c.rollback(), FailureRates.none(),
                c.failureLayout());
        TwinSummary s = TwinEngine.uniform(sun, quiet, 1L).withTraining(TrainingSpec.of(7e10, 1.4e12)).run(2);
        TrainingReport t = s.training().orElseThrow();
        assertThat(t.goodput()).isCloseTo(TrainingSpec.DEFAULT_MFU, within(1e-12));
        // hand calculation: 9 satellites × 4 PFLOP/s × 0.4 × 86,400 s / (6 × 7e10) = 2.9623e9 tokens per day
        assertThat(t.tokensPerDay()).isCloseTo(9 * 4e15 * 0.4 * 86400.0 / (6 * 7e10), within(1.0));
        assertThat(t.timeToTrainDays()).isCloseTo(1.4e12 / t.tokensPerDay(), within(1e-9));
        // 70 B × 2 B over 800 Gbps: 2·8/9·1.12e12/8e11 = 2.49 s all-reduce < 6·7e10·4e6/(9 × 1.6e15) = 116.7 s compute
        assertThat(t.commBoundFraction()).isZero();
        assertThat(t.checkpointIntervalS()).isEqualTo(steps * TwinFixtures.STEP_S);
    }

    @Test
    void theSlowestSatelliteSetsThePaceThroughEclipses() {
        // satellites spread around the orbit: at any time some are in the umbra with a battery too
        // small for full compute, so the synchronous job waits for them
        CircularOrbitTimeline orbit = TwinFixtures.orbit(6, 2880, TwinFixtures.UMBRA_S, 20.0);
        SatelliteTwinSpec small = TwinFixtures.satellite(45.0, 6e6, 8.5);
        TwinSummary s = TwinEngine.uniform(orbit, small, 2L)
                .withTraining(TrainingSpec.of(7e10, 1.4e12)).run(2);
        TrainingReport t = s.training().orElseThrow();
        assertThat(t.lostToStragglersFraction()).isPositive();
        // pace ≤ mean: the job's share of peak never exceeds what the satellites ran on their own
        assertThat(t.goodput() / TrainingSpec.DEFAULT_MFU).isLessThan(s.compute().goodputFraction());
    }

    @Test
    void defaultIntervalIsYoungsFromTheFleetInterruptRate() {
        TwinEngine e = busyFleet("greedy", 1L);
        double m = e.meanTimeBetweenInterruptsS();
        // per satellite and year: 4 chips × 150 rad × (1/44 + 1/5000) per rad (UECC and crashes; an SDC does
        // not stop the job), 4 accelerators × 5, one host (4 accelerators per host) × 2, and 3 satellite losses
        double perSatPerYear = 4 * 150.0 * (1 / 44.0 + 1 / 5000.0) + 4 * 5.0 + 1 * 2.0 + 3.0;
        assertThat(m).isCloseTo(RadiationSpec.SECONDS_PER_JULIAN_YEAR / (5 * perSatPerYear), within(1e-6));
        // δ: 16 B × 7e10 sharded over 5 satellites, copied to a neighbour's memory over the 800 Gbps link
        // = 8·1.12e12/(5·8e11) = 2.24 s
        double delta = 8 * 16 * 7e10 / (5 * 800e9);
        assertThat(e.checkpointPlan().orElseThrow().costS()).isCloseTo(delta, within(1e-9));
        assertThat(e.checkpointPlan().orElseThrow().intervalS()).isCloseTo(Math.sqrt(2 * delta * m), within(1e-6));
    }

    /**
     * A fleet whose only single events are SDCs: none stops the job (no rollback, no restart); every
     * SDC on the job's chips is either caught (and replayed) or counted as silent, and the caught
     * share matches the detection probability (binomial, 4 standard deviations).
     */
    @Test
    void sdcsNeverInterruptTheJobAndTheDetectorCatchesItsShare() {
        CircularOrbitTimeline sun = new CircularOrbitTimeline(4, 2880, TwinFixtures.STEP_S, TwinFixtures.PERIOD_S,
                0.0, 0.0, 1.0, 600.0, 0.2, 0.0);
        SatelliteTwinSpec c = TwinFixtures.comfortable();
        // 150 rad/yr × 1,000 SDC per rad per chip: ~1,640 SDCs a day on 4 × 4 chips
        SatelliteTwinSpec sdcOnly = new SatelliteTwinSpec(c.array(), c.regulatorEfficiency(), c.battery(), c.busLoadW(),
                c.thermalControlW(), c.compute(), c.thermal(), c.throttle(),
                new RadiationSpec(150.0, 0.9, 1000.0, 0.0, 0.0, OptionalDouble.empty()), c.rollback(),
                FailureRates.none(), c.failureLayout());
        double p = 0.6;
        TrainingSpec job = TrainingSpec.of(7e10, 1.4e12).withSdcDetector(new io.orbitdc.core.workload.SdcDetector(p, 0.07));
        TwinSummary one = TwinEngine.uniform(sun, sdcOnly, 5L).withTraining(job).run(1);
        TwinSummary two = TwinEngine.uniform(sun, sdcOnly, 5L).withTraining(job).run(2);
        assertThat(two).isEqualTo(one);
        TrainingReport t = one.training().orElseThrow();
        long total = one.radiation().sdc();
        assertThat(total).isGreaterThan(1000);
        assertThat(t.interrupts()).isZero();
        assertThat(t.rollbacks()).isZero();
        assertThat(t.rollbackLossFraction()).isZero();
        assertThat(t.detectedSdc() + t.undetectedSdc()).isEqualTo(total);
        assertThat((double) t.detectedSdc()).isCloseTo(p * total, within(4.0 * Math.sqrt(total * p * (1 - p))));
        assertThat(t.sdcReplayFraction()).isPositive();
        assertThat(t.corruptedStepFraction()).isPositive();
        // no interrupt is expected (SDCs do not count toward M), so one checkpoint interval spans the mission
        assertThat(t.meanTimeBetweenInterruptsS()).isZero();
    }
}
