package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.workload.SdcDetector;
import io.orbitdc.core.workload.TrainingReport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one delivered fraction {@code cost --with-twin} prices (TwinSummary#pricedDeliveredFraction),
 * against hand arithmetic on fixed summaries: the training share at its effective training time,
 * the rest at the hardware view (goodput + lost to failures, capped at 1). Tolerance 1e-12: exact
 * arithmetic on short decimals.
 */
class PricedDeliveredFractionTest {

    private static TwinSummary summary(double goodput, double lostToFailures, Optional<TrainingReport> training) {
        TwinSummary.Compute compute = new TwinSummary.Compute(1.0, goodput, goodput, 0.05, 0.05, 0.02, lostToFailures, 0.0);
        return new TwinSummary(compute, new TwinSummary.Energy(0, 0, 0, 0, 0, 0, 0), new TwinSummary.Battery(1.0),
                new TwinSummary.Thermal(20.0, 0.0), new TwinSummary.Radiation(0, 0, 0, 0.0),
                new TwinSummary.Failures(0, 0, 0, 0, 0), training);
    }

    private static Optional<TrainingReport> job(double share, double effective) {
        return Optional.of(new TrainingReport(0.4 * effective, 1e20, 600, 1, 3600, 0.01, 0.02, 0, 0, 3, 1e9, 0.5, 100,
                share, 0.4, effective, 3, 0, 0, 0, 0, 0, SdcDetector.none()));
    }

    @Test
    void withoutATrainingJobTheHardwareViewIsPriced() {
        // 0.70 delivered + 0.10 lost to failures (made good by the spares the cost model buys) = 0.80
        assertThat(summary(0.70, 0.10, Optional.empty()).pricedDeliveredFraction()).isCloseTo(0.80, within(1e-12));
    }

    @Test
    void theTrainingShareIsPricedAtItsEffectiveTrainingTimeAndTheRestAtTheHardwareView() {
        // 0.6 × 0.75 + 0.4 × (0.70 + 0.10) = 0.45 + 0.32 = 0.77
        assertThat(summary(0.70, 0.10, job(0.6, 0.75)).pricedDeliveredFraction()).isCloseTo(0.77, within(1e-12));
        // the whole fleet on the job: the effective training time alone, 0.75
        assertThat(summary(0.70, 0.10, job(1.0, 0.75)).pricedDeliveredFraction()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void theHardwareViewIsCappedAtOne() {
        // 0.95 + 0.10 = 1.05 → 1; with a 0.5 share at 0.9: 0.5 × 0.9 + 0.5 × 1 = 0.95
        assertThat(summary(0.95, 0.10, Optional.empty()).pricedDeliveredFraction()).isCloseTo(1.0, within(1e-12));
        assertThat(summary(0.95, 0.10, job(0.5, 0.9)).pricedDeliveredFraction()).isCloseTo(0.95, within(1e-12));
    }
}
