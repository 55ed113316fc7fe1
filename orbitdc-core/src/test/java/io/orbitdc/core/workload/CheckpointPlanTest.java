package io.orbitdc.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CheckpointPlanTest {
    @Test
    void youngIntervalMatchesTheClosedForm() {
        // δ = 60 s, M = 24 h: √(2·60·86,400) = √10,368,000 = 3,219.94 s (hand calculation). ref: young-1974
        assertThat(CheckpointPlan.youngDalyIntervalS(60.0, 86400.0)).isCloseTo(3219.937887, within(1e-6));
        // δ = 5 min, M = 2.9 h (Llama 3: 419 interrupts in 54 days, ref: meta-llama3-2024 §3.3.4):
        // M = 54·86,400/419 = 11,135 s, τ = √(2·300·11,135) = 2,584.8 s
        double m = 54 * 86400.0 / 419.0;
        assertThat(CheckpointPlan.youngDalyIntervalS(300.0, m)).isCloseTo(2584.8, within(0.1));
    }

    @Test
    void youngIntervalMinimisesTheFirstOrderWaste() {
        // independent check: scan the waste δ/τ + τ/(2M) on a fine grid and find its minimum
        double delta = 45.0;
        double m = 7200.0;
        double best = 0.0;
        double bestWaste = Double.POSITIVE_INFINITY;
        for (double tau = 10.0; tau < 20000.0; tau += 0.5) {
            double waste = delta / tau + tau / (2 * m);
            if (waste < bestWaste) {
                bestWaste = waste;
                best = tau;
            }
        }
        assertThat(CheckpointPlan.youngDalyIntervalS(delta, m)).isCloseTo(best, within(0.5));
    }

    @Test
    void checkpointsFallOnAFixedGrid() {
        CheckpointPlan p = new CheckpointPlan(100.0, 20.0, 0.0);
        // writes start at k·120 − 20: 100, 220, 340, …
        assertThat(p.checkpointStartsIn(0.0, 100.0)).isFalse();
        assertThat(p.checkpointStartsIn(90.0, 120.0)).isTrue();
        assertThat(p.checkpointStartsIn(100.0, 101.0)).isTrue();
        assertThat(p.checkpointStartsIn(101.0, 219.0)).isFalse();
        assertThat(p.checkpointStartsIn(210.0, 240.0)).isTrue();
        // lost work for a uniform interrupt phase: (100²/2 + 20·100)/120 = 58.33 s
        assertThat(p.expectedLostWorkPerInterruptS()).isCloseTo(7000.0 / 120.0, within(1e-12));
    }

    @Test
    void badInputsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new CheckpointPlan(0.0, 1.0, 1.0)).hasMessageContaining("checkpoint interval");
        assertThatThrownBy(() -> new CheckpointPlan(1.0, -1.0, 1.0)).hasMessageContaining("checkpoint cost");
        assertThatThrownBy(() -> CheckpointPlan.youngDalyIntervalS(0.0, 1.0)).hasMessageContaining("Young/Daly");
    }
}
