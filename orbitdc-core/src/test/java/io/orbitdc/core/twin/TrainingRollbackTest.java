package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.workload.TrainingReport;
import io.orbitdc.core.workload.TrainingSpec;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Over a long run of a fleet whose only loss is rollbacks, the twin's rollback loss must match
 * the loss computed independently from the checkpoint grid and the interrupt probability.
 *
 * <p>Set-up: one comfortable satellite in permanent sunlight (no eclipse, no throttling, no
 * failures), MFU 1 and share 1, interrupts only from crashes at λ = 1/(5 h). Checkpoints every
 * τ = 1,800 s of work, δ = 30 s to write, restart R = 0, steps of 30 s, so a grid period is
 * P = 61 steps. Independent calculation: an interrupt is drawn at the end of a step with
 * probability p = 1 − e^(−λ·Δt); within one period all work from the period start up to the last
 * interrupt among the first 60 steps is lost (earlier interrupts lose parts of it, the last one
 * the rest), and an interrupt in step 61 comes after the checkpoint completed. So the loss per
 * period is L = Δt·j_last with P(j_last = j) = p·(1 − p)^(60 − j), and the expected rollback loss
 * fraction is E[L]/P. The tolerance is four standard errors of the mean over the K periods.
 */
class TrainingRollbackTest {
    private static final double DT = TwinFixtures.STEP_S;
    private static final int WORK_STEPS = 60;
    private static final int PERIODS = 103_500; // ≈ 6 years
    private static final double LAMBDA = 1.0 / 18_000.0;

    @Test
    void rollbackLossMatchesTheAnalyticExpectationOverSixYears() {
        check(1.0);
    }

    /**
     * A job on half the chips is interrupted only by the events that strike its half: Poisson
     * thinning gives the same calculation at λ/2.
     */
    @Test
    void aJobOnHalfTheChipsSeesHalfTheInterrupts() {
        check(0.5);
    }

    private static void check(double share) {
        int steps = (WORK_STEPS + 1) * PERIODS;
        CircularOrbitTimeline sun = new CircularOrbitTimeline(1, steps, DT, TwinFixtures.PERIOD_S, 0.0, 0.0, 1.0, 0.0,
                0.0, 0.0);
        double chips = TwinFixtures.compute().accelerators();
        double crashesPerRad = LAMBDA / (150.0 / RadiationSpec.SECONDS_PER_JULIAN_YEAR * chips);
        SatelliteTwinSpec base = TwinFixtures.comfortable();
        SatelliteTwinSpec spec = new SatelliteTwinSpec(base.array(), base.regulatorEfficiency(), base.battery(),
                base.busLoadW(), base.thermalControlW(), base.compute(), base.thermal(), base.throttle(),
                new RadiationSpec(150.0, 0.9, 0.0, 0.0, crashesPerRad, OptionalDouble.empty()), base.rollback(),
                FailureRates.none(), base.failureLayout());
        assertThat(spec.interruptRatePerS()).isCloseTo(LAMBDA, within(LAMBDA * 1e-12));
        assertThat(spec.interruptRatePerS(share)).isCloseTo(share * LAMBDA, within(LAMBDA * 1e-12));
        TrainingSpec job = new TrainingSpec(1e9, 1e15, 1e6, 2.0, 800e9, 1.0, share, 16.0, 40e9, OptionalDouble.of(DT),
                OptionalDouble.of(WORK_STEPS * DT), 0.0);
        TwinSummary s = TwinEngine.uniform(sun, spec, 11L).withTraining(job).run(2);
        TrainingReport t = s.training().orElseThrow();

        double p = -Math.expm1(-share * LAMBDA * DT);
        double mean = 0.0;
        double meanSquare = 0.0;
        for (int j = 1; j <= WORK_STEPS; j++) {
            double prob = p * Math.pow(1.0 - p, WORK_STEPS - j);
            mean += DT * j * prob;
            meanSquare += DT * j * DT * j * prob;
        }
        double periodS = (WORK_STEPS + 1) * DT;
        double expected = mean / periodS;
        double standardError = Math.sqrt((meanSquare - mean * mean) / PERIODS) / periodS;
        assertThat(s.compute().lostToEclipseFraction()).isZero();
        assertThat(s.compute().lostToThrottlingFraction()).isZero();
        assertThat(t.rollbackLossFraction()).isCloseTo(expected, within(4.0 * standardError));
        // the interrupts themselves: binomial over the steps
        double n = steps * p;
        assertThat((double) t.rollbacks()).isCloseTo(n, within(4.0 * Math.sqrt(n * (1 - p))));
        // every second is working, writing a checkpoint or lost: goodput closes the account
        assertThat(t.checkpointOverheadFraction()).isCloseTo(1.0 / (WORK_STEPS + 1), within(1e-9));
        assertThat(t.goodput() + t.checkpointOverheadFraction() + t.rollbackLossFraction()).isCloseTo(1.0, within(1e-9));
    }
}
