package io.orbitdc.core.geometry.sky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Validation of the magnitude laws against published cases and hand calculations. */
class SatelliteBrightnessTest {

    @Test
    void diffuseSphereReproducesBoleyAndRossWorkedCase() {
        // validation — boley-2026 worked case: zeta = albedo x area = 0.2 x 800 m2 (the FCC supplement's
        // 800 m2 per satellite), phase 0, range 700 km, with their V_sun = -26.77 -> V = -1.372; the
        // published figure has 3 decimals, so 0.001
        SatelliteBrightness ai1 = new SatelliteBrightness(BrightnessModel.DIFFUSE_SPHERE, 800, 0.2, -26.77);
        assertThat(ai1.sphereMagnitude(0, 700e3)).isCloseTo(-1.372, within(0.001));
    }

    @Test
    void flatPlateAtZenithInTwilightMatchesAHandCalculation() {
        // validation by hand: A = 10 m2, albedo 0.1, nadir plate overhead at 550 km with the Sun 18 deg below
        // the horizon: cos(sun angle) = cos 72 deg = 0.309017, observer on the normal (cos 1):
        // flux factor 10 x 0.1 x 0.309017 / pi / (550e3)^2 = 3.25167e-13; V = -26.74 - 2.5 log10(3.25167e-13)
        // = -26.74 + 31.21973 = 4.47973 (1e-4: rounding of the hand figures)
        SatelliteBrightness plate = SatelliteBrightness.of(BrightnessModel.FLAT_PLATE, 10, 0.1);
        assertThat(plate.characteristicMagnitude(550e3, 6_378_137)).isCloseTo(4.4797, within(1e-4));
        assertThat(plate.plateMagnitude(Math.cos(Math.toRadians(72)), 1, 550e3)).isCloseTo(4.4797, within(1e-4));
    }

    @Test
    void flatPlateStarlinkOriginalComesWithinTheScatterOfItsMeasuredCharacteristicMagnitude() {
        // validation — mallama-2021-flat-panel fits Starlink's nadir panel with absolute magnitude 4.1 at
        // 1,000 km (solar and observer factors 1): rho A = pi (1e6 m)^2 10^((-26.74 - 4.1) / 2.5) = 1.449 m2.
        // mallama-2022-characteristic measures the Original design's characteristic magnitude (overhead at the
        // end of astronomical twilight, 550 km) as 4.7. The plate model predicts 4.08; tolerance 0.7 mag:
        // attitude-free Lambertian models leave ~0.6 mag rms against measurements (oneweb-brightness-2026),
        // and the two figures come from different data sets
        double rhoA = Math.PI * 1e12 * Math.pow(10, (SatelliteBrightness.SUN_V_MAGNITUDE - 4.1) / 2.5);
        SatelliteBrightness starlink = SatelliteBrightness.of(BrightnessModel.FLAT_PLATE, rhoA, 1.0);
        assertThat(starlink.characteristicMagnitude(550e3, 6_378_137)).isCloseTo(4.7, within(0.7));
    }

    @Test
    void iauRecommendationIsSevenAtFiveHundredFiftyKilometresAndFainterHigher() {
        // validation by hand (satcon1-2020): 7 + 2.5 log10(1) = 7; 7 + 2.5 log10(2) = 7.7526
        assertThat(IauBrightnessLimit.limit(550e3)).isCloseTo(7.0, within(1e-12));
        assertThat(IauBrightnessLimit.limit(1_100e3)).isCloseTo(7.7526, within(1e-4));
        assertThat(IauBrightnessLimit.brighter(6.9, 550e3)).isTrue();
        assertThat(IauBrightnessLimit.brighter(7.1, 550e3)).isFalse();
    }

    @Test
    void aSatelliteBelowTheTwilightShadowHeightIsNotSeenAtZenith() {
        // by hand: R (1/cos 18 deg - 1) = 6,378,137 x 0.0514622 = 328.2 km; just below it is in shadow
        SatelliteBrightness s = SatelliteBrightness.of(BrightnessModel.DIFFUSE_SPHERE, 10, 0.2);
        assertThat(s.characteristicMagnitude(328.0e3, 6_378_137)).isInfinite();
        assertThat(s.characteristicMagnitude(328.5e3, 6_378_137)).isFinite();
    }

    @Test
    void aPlateLitFromAboveIsInvisibleFromBelow() {
        SatelliteBrightness s = SatelliteBrightness.of(BrightnessModel.FLAT_PLATE, 10, 0.2);
        // satellite over the observer, Sun straight above the satellite: the nadir face is dark
        double[] sat = {7_000e3, 0, 0};
        double[] obs = {6_378e3, 0, 0};
        double[] sunAbove = {1.5e11, 0, 0};
        assertThat(s.magnitude(sat, sunAbove, obs)).isInfinite();
        double[] sunSide = {1.0e11, 1.5e11, 0}; // above the plate's plane: its nadir face is dark
        assertThat(s.magnitude(sat, sunSide, obs)).isInfinite();
        double[] sunBelowSide = {-0.5e11, 1.5e11, 0};
        assertThat(s.magnitude(sat, sunBelowSide, obs)).isFinite();
    }

    @Property(tries = 200)
    void brightnessFallsWithRangeAsFiveLog10(@ForAll @DoubleRange(min = 300e3, max = 5_000e3) double range,
                                             @ForAll @DoubleRange(min = 1.01, max = 20) double factor,
                                             @ForAll @DoubleRange(min = 0, max = 2.5) double phase) {
        // property of the inverse-square law: V(k d) - V(d) = 5 log10 k for both reflection laws
        SatelliteBrightness sphere = SatelliteBrightness.of(BrightnessModel.DIFFUSE_SPHERE, 50, 0.3);
        assertThat(sphere.sphereMagnitude(phase, range * factor) - sphere.sphereMagnitude(phase, range))
                .isCloseTo(5 * Math.log10(factor), within(1e-9));
        SatelliteBrightness plate = SatelliteBrightness.of(BrightnessModel.FLAT_PLATE, 50, 0.3);
        double c = Math.cos(phase / 2);
        assertThat(plate.plateMagnitude(c, c, range * factor) - plate.plateMagnitude(c, c, range))
                .isCloseTo(5 * Math.log10(factor), within(1e-9));
    }

    @Property(tries = 100)
    void aSphereIsBrightestAtFullPhase(@ForAll @DoubleRange(min = 0.01, max = 3.1) double phase) {
        SatelliteBrightness sphere = SatelliteBrightness.of(BrightnessModel.DIFFUSE_SPHERE, 50, 0.3);
        assertThat(sphere.sphereMagnitude(phase, 1e6)).isGreaterThan(sphere.sphereMagnitude(0, 1e6));
    }
}
