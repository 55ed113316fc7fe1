package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CircularOrbitTimelineTest {
    @Test
    void sunlitTimeOverWholeOrbitsEqualsPeriodMinusUmbraMinusOnePenumbra() {
        // each penumbra ramp is half lit, so an orbit is lit for P − U − pen; exact up to rounding (1e-9 s)
        int orbits = 3;
        CircularOrbitTimeline t = new CircularOrbitTimeline(2, 190 * orbits, 30.0, 5700.0, 2100.0, 45.0, 1.0, 0.0, 0.0, 0.0);
        for (int k = 0; k < 2; k++) {
            double lit = 0.0;
            for (int n = 0; n < t.stepCount(); n++) {
                lit += t.sunlitFraction(k, n) * t.stepS();
            }
            assertThat(lit).isCloseTo(orbits * (5700.0 - 2100.0 - 45.0), within(1e-6));
        }
    }

    @Test
    void penumbraLiesBetweenFullSunAndUmbra() {
        CircularOrbitTimeline t = new CircularOrbitTimeline(1, 190, 30.0, 5700.0, 2100.0, 120.0, 1.0, 0.0, 0.0, 0.0);
        double first = t.sunlitFraction(0, 0);
        double middle = t.sunlitFraction(0, 95);
        assertThat(first).isEqualTo(1.0);
        assertThat(middle).isEqualTo(0.0);
        boolean sawPartial = false;
        for (int n = 0; n < t.stepCount(); n++) {
            double f = t.sunlitFraction(0, n);
            assertThat(f).isBetween(0.0, 1.0);
            sawPartial |= f > 0.0 && f < 1.0;
        }
        assertThat(sawPartial).isTrue();
    }

    @Test
    void saaTimeFractionMatchesDwellPerOrbit() {
        // 600 s in 5700 s, sampled at 30 s step midpoints: exact to one step (30/5700)
        CircularOrbitTimeline t = TwinFixtures.orbit(3, 190 * 4, 2100.0, 0.0);
        for (int k = 0; k < 3; k++) {
            assertThat(t.saaTimeFraction(k)).isCloseTo(600.0 / 5700.0, within(30.0 / 5700.0));
        }
    }

    @Test
    void rejectsAShadowLongerThanTheOrbitWithAClearMessage() {
        assertThatThrownBy(() -> new CircularOrbitTimeline(1, 10, 30.0, 5700.0, 5000.0, 400.0, 1.0, 0.0, 0.0, 0.0))
                .isInstanceOf(TwinInputException.class)
                .hasMessageContaining("umbra + 2 × penumbra must fit in one orbit");
        assertThatThrownBy(() -> TwinFixtures.orbit(1, 10, 0.0, 0.0).sunlitFraction(0, 10))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("step 10");
    }
}
