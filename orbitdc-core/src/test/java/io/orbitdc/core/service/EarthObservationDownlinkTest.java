package io.orbitdc.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.links.DownlinkBudget;
import io.orbitdc.core.links.DownlinkTerminal;
import io.orbitdc.core.links.PassGeometry;
import io.orbitdc.core.links.PassVolume;
import org.junit.jupiter.api.Test;

/** Validates the Earth-observation downlink accounting against hand arithmetic. */
class EarthObservationDownlinkTest {

    /**
     * 50 GB per 90-minute orbit = 16 orbits/day = 6.4e12 bit/day raw; reduced 20x = 3.2e11 bit/day;
     * with 1e12 bit/day of contacts, raw data piles up at 5.4e12 bit/day and processed results fit.
     */
    @Test
    void processingInOrbitTurnsAGrowingBacklogIntoSpareCapacity() {
        EarthObservationDownlink eo = new EarthObservationDownlink(4e11, 20, 5400, 1e12);
        assertThat(eo.rawBitsPerDay()).isCloseTo(6.4e12, within(1.0));
        assertThat(eo.processedBitsPerDay()).isCloseTo(3.2e11, within(1.0));
        assertThat(eo.savedBitsPerDay()).isCloseTo(6.08e12, within(1.0));
        assertThat(eo.rawBacklogGrowthPerDay()).isCloseTo(5.4e12, within(1.0));
        assertThat(eo.processedBacklogGrowthPerDay()).isZero();
        assertThat(eo.rawFits()).isFalse();
        assertThat(eo.processedFits()).isTrue();
        assertThat(eo.processedUtilisation()).isCloseTo(0.32, within(1e-12));
    }

    /** Wiring check with the link models: contacts per day x mean pass volume is the capacity. */
    @Test
    void capacityFromPassesCombinesWithTheDemand() {
        PassGeometry g = new PassGeometry(650e3, Math.toRadians(5));
        PassVolume v = new PassVolume(g, new DownlinkBudget(DownlinkTerminal.xBandDefault()));
        double perDay = 4 * v.meanBits();
        EarthObservationDownlink eo = new EarthObservationDownlink(8 * 100e9, 10, g.periodS(), perDay);
        // by hand: 650 km two-body period 2π·√(7,028.137³ km³ / 398,600.4418 km³/s²) = 5,863.694 s (as in
        // DownlinkBudgetTest's overhead pass); 8e11 bit × 86,400 / 5,863.694 = 1.178779e13 bit/day (7 figures)
        assertThat(g.periodS()).isCloseTo(5_863.694, within(1e-3));
        assertThat(eo.rawBitsPerDay()).isCloseTo(1.178779e13, within(1e7));
        assertThat(eo.processedBitsPerDay() * 10).isCloseTo(eo.rawBitsPerDay(), within(1e3));
        assertThat(eo.rawFits()).isEqualTo(eo.rawBitsPerDay() <= perDay);
    }

    @Test
    void badInputsAreRejectedWithTheFieldNamed() {
        assertThatThrownBy(() -> new EarthObservationDownlink(1, 0.5, 5400, 1)).hasMessageContaining("reduction factor");
        assertThatThrownBy(() -> new EarthObservationDownlink(1, 2, 0, 1)).hasMessageContaining("orbit period");
    }
}
