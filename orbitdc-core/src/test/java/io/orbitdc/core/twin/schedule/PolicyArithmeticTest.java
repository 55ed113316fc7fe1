package io.orbitdc.core.twin.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The shipped policies' formulas (docs/models/twin-scheduler.md) on hand-made views, checked by hand. */
class PolicyArithmeticTest {
    /** 4 units of 1 kW at idle 0.2, bus 500 W, thermal control 100 W: floor load F = 600 + 800 = 1,400 W. */
    private static SatelliteView view(double soc, double capacityJ, double arrayW, double radiatorK, double throttleDuty) {
        return new SatelliteView(0, 10, 300.0, 30.0, soc, 0.2, capacityJ, 20_000.0, 0.95, arrayW > 0 ? 1.0 : 0.0,
                arrayW, 0.85, 500.0, 100.0, 4, 1000.0, 0.2, 340.0, radiatorK, 358.15, 10.0, 35.0, throttleDuty, 1.0,
                false);
    }

    @Test
    void greedyRunsWhatTheThrottleAllows() {
        assertThat(new GreedyPolicy().duty(view(0.5, 1e7, 0.0, 300.0, 1.0))).isEqualTo(1.0);
        assertThat(new GreedyPolicy().duty(view(0.5, 1e7, 0.0, 300.0, 0.3))).isEqualTo(0.3);
    }

    @Test
    void powerAwareSpendsOnlyAboveTheReserve() {
        PowerAwarePolicy p = new PowerAwarePolicy();
        // reserve E_res = 1,400·2,400/0.95 = 3.537e6 J. Eclipse, 1e7 J battery at SoC 0.6: usable 4e6 J,
        // spendable (4e6 − 3.537e6)·0.95/30 = 14,667 W > swing 3,200 W → full duty
        assertThat(p.duty(view(0.6, 1e7, 0.0, 300.0, 1.0))).isEqualTo(1.0);
        // SoC 0.56: usable 3.6e6 J → spendable (3.6e6 − 3.5368e6)·0.95/30 = 2,000 W, which must carry F
        // first: d = (2,000 − 1,400)/3,200 = 0.1875
        double reserve = 1400.0 * 2400.0 / 0.95;
        double expected = ((3.6e6 - reserve) * 0.95 / 30.0 - 1400.0) / 3200.0;
        assertThat(expected).isCloseTo(0.1875, within(1e-9));
        assertThat(p.duty(view(0.56, 1e7, 0.0, 300.0, 1.0))).isCloseTo(expected, within(1e-12));
        // just above the reserve the floor load alone eats the margin: zero duty
        assertThat(p.duty(view(0.555, 1e7, 0.0, 300.0, 1.0))).isZero();
        // below the reserve in eclipse: nothing beyond idle
        assertThat(p.duty(view(0.4, 1e7, 0.0, 300.0, 1.0))).isZero();
        // no battery: compute gets the array surplus, (5,000·0.85 − 1,400)/3,200 = 0.890625
        assertThat(p.duty(view(1.0, 0.0, 5000.0, 300.0, 1.0))).isCloseTo(0.890625, within(1e-12));
    }

    @Test
    void thermalAwareKeepsThePredictedDieUnderTheLimit() {
        ThermalAwarePolicy p = new ThermalAwarePolicy();
        // limit 358.15 K, margin 3 K, rises 10 K (idle) to 35 K (full): radiator at 330 K →
        // d = (358.15 − 3 − 330 − 10)/25 = 0.606
        assertThat(p.duty(view(1.0, 1e7, 5000.0, 330.0, 1.0))).isCloseTo(0.606, within(1e-12));
        assertThat(p.duty(view(1.0, 1e7, 5000.0, 300.0, 1.0))).isEqualTo(1.0);
        assertThat(p.duty(view(1.0, 1e7, 5000.0, 346.0, 1.0))).isZero();
    }
}
