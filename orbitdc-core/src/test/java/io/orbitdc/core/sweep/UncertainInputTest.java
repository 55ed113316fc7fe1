package io.orbitdc.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.catalog.Confidence;
import org.junit.jupiter.api.Test;

/** The documented meaning of a grade's spread: the 90 % interval of the lognormal draw. */
class UncertainInputTest {

    @Test
    void spreadIsTheHalfWidthOfTheNinetyPercentInterval() {
        UncertainInput u = new UncertainInput("x", 100, "", Confidence.UNVERIFIED, 0.5, 0, Double.MAX_VALUE, "test");
        // hand calculation: the 5th and 95th percentiles of nominal * exp(sigma z) with sigma = ln(1.5)/1.645
        // are 100/1.5 = 66.67 and 100*1.5 = 150; the median is the nominal
        assertThat(u.valueAt(-1.6448536269514722)).isCloseTo(100 / 1.5, within(1e-9));
        assertThat(u.valueAt(1.6448536269514722)).isCloseTo(150.0, within(1e-9));
        assertThat(u.valueAt(0)).isEqualTo(100.0);
    }

    @Test
    void drawsAreClampedToPhysicalBounds() {
        UncertainInput emissivity = new UncertainInput("e", 0.92, "", Confidence.SECONDARY, 0.15, 0.05, 1.0, "test");
        assertThat(emissivity.valueAt(3)).isEqualTo(1.0);
    }

    @Test
    void normalQuantileMatchesTables() {
        // standard normal table: Phi^-1(0.975) = 1.959964, Phi^-1(0.5) = 0
        assertThat(SweepPlan.normalQuantile(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(SweepPlan.normalQuantile(0.5)).isCloseTo(0.0, within(1e-12));
    }
}
