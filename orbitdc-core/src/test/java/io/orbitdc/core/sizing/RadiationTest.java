package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.catalog.Accelerator;
import org.junit.jupiter.api.Test;

class RadiationTest {

    private static double sso(double altitudeM) {
        return SunSynchronousOrbit.inclinationRad(altitudeM);
    }

    @Test
    void suncatcherAnchorAt550KmSsoBehind10Mm() {
        // ref: suncatcher-2025 (~150 rad(Si)/yr behind ~10 mm Al in SSO), altitude basis 550 km per forethought-2026 [U];
        // calibration anchor, tolerance 10 %
        assertThat(RadiationEnvironment.doseRadPerYear(550e3, 10e-3, sso(550e3))).isCloseTo(150.0, within(15.0));
    }

    @Test
    void suncatcherReferenceAltitudeIsWithinAFactorOfThreeOfThe150RadFigure() {
        // the paper's 650 km design vs its ~150 rad/yr estimate: the altitude basis is [U] (reference §1.4), and with
        // Forethought's ×10 per 300 km the model gives ~2× more at 650 km. Accepted: 150–450 rad/yr.
        assertThat(RadiationEnvironment.doseRadPerYear(650e3, 10e-3, sso(650e3))).isBetween(150.0, 450.0);
    }

    @Test
    void forethoughtAltitudeAnchorsBehind10Mm() {
        // ref: forethought-2026 appendix A [U]: ~50 rad/yr at 400 km, ~1–2 krad/yr at 800 km behind 10 mm (not fitted).
        // Tolerance: ±30 % at 400 km; 0.8–2.5 krad/yr at 800 km
        assertThat(RadiationEnvironment.doseRadPerYear(400e3, 10e-3, sso(400e3))).isCloseTo(50.0, within(15.0));
        assertThat(RadiationEnvironment.doseRadPerYear(800e3, 10e-3, sso(800e3))).isBetween(800.0, 2500.0);
    }

    @Test
    void issAndMirThinShieldAnchors() {
        // ref: pushinka-rad-example [U]: 0.473 krad/yr at 400 km/51.6° behind 2.54 mm; mir-dose-1993 [U]: ~150 rad/yr at
        // 400 km/52° behind 4 mm. Calibration anchors, tolerance 10 %
        assertThat(RadiationEnvironment.doseRadPerYear(400e3, 2.54e-3, Math.toRadians(51.6))).isCloseTo(473.0, within(47.3));
        assertThat(RadiationEnvironment.doseRadPerYear(400e3, 4e-3, Math.toRadians(52.0))).isCloseTo(150.0, within(15.0));
    }

    @Test
    void thinShieldInSsoGivesTensOfKradPerYear() {
        // reference §5.5 (SHIELDOSE-2 class curve for a 600 km SSO): "tens of krad/yr behind 1 mm"; accepted 5–100 krad/yr
        assertThat(RadiationEnvironment.doseRadPerYear(600e3, 1e-3, sso(600e3))).isBetween(5e3, 100e3);
    }

    @Test
    void doseFallsWithShieldingAndRisesWithAltitude() {
        double previous = Double.POSITIVE_INFINITY;
        for (double t = 1e-3; t <= 20e-3; t += 1e-3) {
            double d = RadiationEnvironment.doseRadPerYear(650e3, t, sso(650e3));
            assertThat(d).isLessThan(previous);
            previous = d;
        }
        assertThat(RadiationEnvironment.doseRadPerYear(700e3, 5e-3, 1.0))
                .isGreaterThan(RadiationEnvironment.doseRadPerYear(600e3, 5e-3, 1.0));
    }

    @Test
    void tpuRatesAt150RadPerYear() {
        // reference §1.4 [D]: at 150 rad/yr, SDC ≈ 7.5–10, HBM UECC ≈ 3.4, SEFI ≈ 0.03 per chip-year (suncatcher-2025 §4.3)
        SingleEventRates rates = SingleEventRates.of(SizingFixtures.tpuV6e(), 150.0);
        assertThat(rates.sdcPerYear()).isBetween(7.5, 10.0);
        assertThat(rates.ueccPerYear()).isCloseTo(3.4, within(0.05));
        assertThat(rates.crashesPerYear()).isCloseTo(0.03, within(0.001));
        assertThat(rates.usedTpuDefaults()).isFalse();
    }

    @Test
    void partWithoutMeasurementsUsesTheTpuFiguresAndSaysSo() {
        Accelerator h100 = SizingFixtures.h100();
        SingleEventRates rates = SingleEventRates.of(h100, 150.0);
        assertThat(rates.usedTpuDefaults()).isTrue();
        assertThat(rates.ueccPerYear()).isCloseTo(150.0 / SingleEventRates.TPU_V6E_RAD_PER_UECC, within(1e-12));
    }
}
