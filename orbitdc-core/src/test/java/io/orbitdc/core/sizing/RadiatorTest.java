package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RadiatorTest {

    /** Forethought Appendix E: ε 0.92, α 0.09, S 1366, albedo 0.3, T_E 253 K, F_IR 0.5, F_alb 0.25, F_sun 1, two sides. */
    private static Radiator forethought(double temperatureK) {
        RadiatorSpec spec = RadiatorSpec.of(temperatureK, 0.92, 0.09, 2, 3.6, RadiatorOrientation.SUN_FACING);
        RadiatorEnvironment env = new RadiatorEnvironment(1366.0, 1.0, 0.3, 0.25, 253.0, 0.5, 0.0, OptionalDouble.empty());
        return new Radiator(spec, env);
    }

    @Test
    void forethoughtAppendixENetFluxAt25And45C() {
        // ref: forethought-2026 appendix E: ~585 W/m² at 25 °C and ~830 W/m² at 45 °C; tolerance 2 %
        assertThat(forethought(298.15).netFluxWPerM2()).isCloseTo(585.0, within(0.02 * 585.0));
        assertThat(forethought(318.15).netFluxWPerM2()).isCloseTo(830.0, within(0.02 * 830.0));
    }

    @Test
    void forethoughtTermsAreEachAsDocumented() {
        // each term by hand: α·S·F_sun = 0.09·1366 = 122.94; α·a·S·F_alb = 0.09·0.3·1366·0.25 = 9.22;
        // ε·F_IR·σ·T_E⁴ = 0.92·0.5·σ·253⁴ = 106.9 (tolerance 0.1 W/m²)
        RadiatorEnvironment env = forethought(298.15).environment();
        assertThat(env.solarLoadWPerM2(0.09)).isCloseTo(122.94, within(0.01));
        assertThat(env.albedoLoadWPerM2(0.09)).isCloseTo(9.2205, within(0.01));
        assertThat(env.earthIrLoadWPerM2(0.92)).isCloseTo(106.9, within(0.1));
    }

    /**
     * Starcloud's white paper, two-sided, ε = 0.92, 20 °C. Only the EMITTED flux is validated: the
     * ~137 W/m² absorbed is the paper's figure given here as an input, so their "633 W/m² net" is
     * 770 − 137, bookkeeping of our own input (checked below as a consistency check, not a validation).
     */
    @Test
    void starcloudWhitePaperTwoSidedAt20C() {
        RadiatorSpec spec = new RadiatorSpec(293.15, 0.92, 0.09, 2, 3.6, RadiatorOrientation.EDGE_ON_TO_SUN,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(137.0));
        Radiator radiator = new Radiator(spec, RadiatorEnvironment.forOrbit(spec, 550e3, 1.0,
                SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2));
        // validation, hand: 2·ε·σ·T⁴ = 2 × 0.92 × 5.670374e-8 × 293.15⁴ = 770.53 W/m² (0.01 W/m²: σ to 7 figures)
        assertThat(radiator.emittedFluxWPerM2()).isCloseTo(770.53, within(0.01));
        // validation, published: starcloud-wp "~770 W/m²" (2 %: the paper rounds)
        assertThat(radiator.emittedFluxWPerM2()).isCloseTo(770.0, within(0.02 * 770.0));
        // consistency (input plumbing): net = emitted − the 137 W/m² absorbed we fed in; the paper's 633 follows
        assertThat(radiator.netFluxWPerM2()).isCloseTo(radiator.emittedFluxWPerM2() - 137.0, within(1e-9));
        // consistency: 40 MW over that net flux, 40e6 / 633.53 = 63,138 m² by hand (Angadh's notebook: ~63,200)
        assertThat(radiator.size(40e6).areaM2()).isCloseTo(63_138.4, within(0.5));
    }

    @Test
    void idealBlackbodyTwoSidedAt20CIs838() {
        // reference §2.3: ideal two-sided blackbody at 20 °C rejects 2σT⁴ = 837.5 W/m² (starcloud-wp), tolerance 0.5
        RadiatorSpec spec = new RadiatorSpec(293.15, 1.0, 0.0, 2, 1.0, RadiatorOrientation.EDGE_ON_TO_SUN,
                OptionalDouble.of(0.0), OptionalDouble.of(0.0), OptionalDouble.of(0.0), OptionalDouble.empty());
        RadiatorEnvironment env = new RadiatorEnvironment(1361.0, 0.0, 0.3, 0.0, 253.0, 0.0, 0.0, OptionalDouble.empty());
        assertThat(new Radiator(spec, env).netFluxWPerM2()).isCloseTo(837.5, within(0.5));
    }

    @Test
    void areaAndMassFollowFromNetFlux() {
        Radiator radiator = forethought(318.15);
        RadiatorSizing sizing = radiator.size(10_000.0);
        assertThat(sizing.areaM2()).isCloseTo(10_000.0 / radiator.netFluxWPerM2(), within(1e-9));
        assertThat(sizing.massKg()).isCloseTo(sizing.areaM2() * 3.6, within(1e-9));
    }

    @Test
    void orientationSetsTheLoads() {
        // edge-on: no direct Sun; sun-facing: the full α·S; nadir: only the lower face sees the Earth
        RadiatorSpec edge = RadiatorSpec.of(318.15, 0.92, 0.09, 2, 3.6, RadiatorOrientation.EDGE_ON_TO_SUN);
        RadiatorSpec facing = RadiatorSpec.of(318.15, 0.92, 0.09, 2, 3.6, RadiatorOrientation.SUN_FACING);
        RadiatorSpec nadir = RadiatorSpec.of(318.15, 0.92, 0.09, 2, 3.6, RadiatorOrientation.NADIR);
        RadiatorEnvironment e = RadiatorEnvironment.forOrbit(edge, 650e3, Math.toRadians(60), 1361.0);
        RadiatorEnvironment f = RadiatorEnvironment.forOrbit(facing, 650e3, Math.toRadians(60), 1361.0);
        RadiatorEnvironment n = RadiatorEnvironment.forOrbit(nadir, 650e3, Math.toRadians(60), 1361.0);
        assertThat(e.sunFraction()).isZero();
        assertThat(f.sunFraction()).isEqualTo(1.0);
        assertThat(n.sunFraction()).isCloseTo(Math.cos(Math.toRadians(60)) / Math.PI, within(1e-12));
        assertThat(e.irViewFactor()).isCloseTo(2 * EarthViewFactor.verticalPlate(650e3), within(1e-12));
        assertThat(n.irViewFactor()).isCloseTo(EarthViewFactor.nadirPlate(650e3), within(1e-12));
        assertThat(new Radiator(edge, e).netFluxWPerM2()).isGreaterThan(new Radiator(facing, f).netFluxWPerM2());
    }

    @Test
    void coldRadiatorThatAbsorbsMoreThanItEmitsIsRejected() {
        RadiatorSpec spec = new RadiatorSpec(200.0, 0.5, 0.9, 1, 3.6, RadiatorOrientation.SUN_FACING,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        Radiator radiator = new Radiator(spec, RadiatorEnvironment.forOrbit(spec, 500e3, 0.0, 1361.0));
        assertThatThrownBy(() -> radiator.size(1000.0)).isInstanceOf(SizingInputException.class)
                .hasMessageContaining("cannot reject heat").hasMessageContaining("absorbs");
    }

    @Test
    void dieTemperatureAddsResistanceTimesPower() {
        // T_die = T_rad + R_th·P: 318.15 K + 0.05 K/W × 700 W = 353.15 K, under a 360 K limit
        DieTemperature die = DieTemperature.of(318.15, 0.05, 700.0, 360.0);
        assertThat(die.dieTemperatureK()).isCloseTo(353.15, within(1e-9));
        assertThat(die.exceedsLimit()).isFalse();
        assertThat(die.marginK()).isCloseTo(6.85, within(1e-9));
        assertThat(DieTemperature.of(318.15, 0.07, 700.0, 360.0).exceedsLimit()).isTrue();
    }
}
