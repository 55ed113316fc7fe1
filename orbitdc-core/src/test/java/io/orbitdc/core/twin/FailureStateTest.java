package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Failure draws against their exponential-lifetime expectations; tolerance 4σ of the count. */
class FailureStateTest {
    private static final double YEAR_S = 365.25 * 86400.0;

    @Test
    void llama3FigureIsTheArithmeticOfTheReport() {
        // 419 interruptions in 54 days on 16,384 GPUs (ref: meta-llama3-2024) ≈ 0.173 per GPU-year
        assertThat(FailureRates.LLAMA3_INTERRUPTIONS_PER_GPU_YEAR).isCloseTo(0.173, within(5e-4));
    }

    @Test
    void sparesAbsorbFailuresAtTheAnnualRate() {
        // 10,000 units at 9 %/yr (ref: forethought-2026) with ample cold spares: λ·N·T = 900 failures
        FailureState s = new FailureState(new FailureRates(0.09, 0.0, 0.0, 0.0), new FailureLayout(10_000, 5_000, 0, 1),
                10_000, new SplittableRandom(11));
        for (int i = 0; i < 8766; i++) {
            s.step(YEAR_S / 8766);
        }
        assertThat((double) s.acceleratorFailures()).isCloseTo(900.0, within(4 * Math.sqrt(900.0)));
        assertThat(s.workingAccelerators()).isEqualTo(10_000);
    }

    @Test
    void withoutSparesTheWorkingCountDecaysExponentially() {
        // N·(1 − e^(−λT)) = 10,000 × (1 − e^(−0.09)) ≈ 860.7 lost in a year
        FailureState s = new FailureState(new FailureRates(0.09, 0.0, 0.0, 0.0), new FailureLayout(10_000, 0, 0, 1),
                10_000, new SplittableRandom(12));
        for (int i = 0; i < 8766; i++) {
            s.step(YEAR_S / 8766);
        }
        double expected = 10_000 * (1 - Math.exp(-0.09));
        assertThat((double) (10_000 - s.workingAccelerators())).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    }

    @Test
    void satellitesAreLostAtTheirRateAndHostsTakeTheirAcceleratorsWithThem() {
        int lost = 0;
        for (int k = 0; k < 2000; k++) {
            FailureState s = new FailureState(new FailureRates(0.0, 0.0, 0.0, 0.1), new FailureLayout(4, 0, 0, 1), 4,
                    RandomStreams.of(99L, k).failures());
            for (int i = 0; i < 365; i++) {
                s.step(YEAR_S / 365);
            }
            lost += s.satelliteLost() ? 1 : 0;
        }
        double expected = 2000 * (1 - Math.exp(-0.1));
        assertThat((double) lost).isCloseTo(expected, within(4 * Math.sqrt(expected)));
        FailureState hosts = new FailureState(new FailureRates(0.0, 1e9, 0.0, 0.0), new FailureLayout(2, 0, 0, 1), 8,
                new SplittableRandom(1));
        hosts.step(1.0);
        assertThat(hosts.workingAccelerators()).isZero();
    }
}
