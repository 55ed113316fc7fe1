package io.orbitdc.core.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.InputException;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;

class OrbitSpecTest {

    private static final Instant EPOCH = Instant.parse("2027-03-20T12:00:00Z");

    @Test
    void theCircularPeriodIsOrekitsKeplerianPeriod() {
        // independent path: Orekit KeplerianOrbit.getKeplerianPeriod() for the same a and μ;
        // tolerance 1e-9 s, floating-point rounding only
        OrbitSpec spec = OrbitSpec.circular(650e3, 53.0, 0.0, EPOCH);
        KeplerianOrbit orekit = new KeplerianOrbit(spec.semiMajorAxisM(), 0.0, spec.inclinationRad(), 0, 0, 0,
                PositionAngleType.MEAN, new LazyLoadedDataContext().getFrames().getEME2000(), AbsoluteDate.J2000_EPOCH,
                Earth.MU);
        assertThat(spec.keplerianPeriodS()).isCloseTo(orekit.getKeplerianPeriod(), within(1e-9));
        // hand check: 2π·√(7,028,136.46³ / 3.986004415e14) = 5,863.69 s = 97.73 min (tolerance: the digits shown)
        assertThat(spec.keplerianPeriodS()).isCloseTo(5_863.69, within(0.01));
    }

    @Test
    void aSunSynchronousSpecTakesItsInclinationFromTheConditionWithItsEccentricity() {
        OrbitSpec sso = new OrbitSpec(650e3, OptionalDouble.empty(), 6.0, 0.003, 0.0, Math.PI / 2, -Math.PI / 2, EPOCH);
        assertThat(sso.sunSynchronous()).isTrue();
        assertThat(sso.inclinationRad()).isEqualTo(SunSynchronous.inclinationRad(sso.semiMajorAxisM(), 0.003));
        assertThat(sso.raanRad(1.0)).isCloseTo(1.0 + 1.5 * Math.PI, within(1e-12)); // 6 h: 90° west of the Sun, in [0, 2π)
        OrbitSpec fixed = sso.withFixedPlane(0.25);
        assertThat(fixed.sunSynchronous()).isFalse();
        assertThat(fixed.inclinationRad()).isEqualTo(sso.inclinationRad());
        assertThat(fixed.raanRad(1.0)).isEqualTo(0.25);
        assertThat(fixed.eccentricity()).isEqualTo(0.003);
        assertThat(fixed.argumentOfPerigeeRad()).isEqualTo(Math.PI / 2);
    }

    @Test
    void anOrbitOutsideTheModelsOrBelowTheKarmanLineAtPerigeeIsBadInput() {
        assertThatThrownBy(() -> OrbitSpec.circular(50e3, 53, 0, EPOCH)).isInstanceOf(InputException.class)
                .hasMessageContaining("100 km to 40,000 km");
        assertThatThrownBy(() -> OrbitSpec.circular(50_000e3, 53, 0, EPOCH)).isInstanceOf(InputException.class);
        // a = 6,528 km, e = 0.01: perigee 65 km below the mean altitude of 150 km
        assertThatThrownBy(() -> new OrbitSpec(150e3, OptionalDouble.of(1.0), 12, 0.01, 0, 0, 0, EPOCH))
                .isInstanceOf(InputException.class).hasMessageContaining("perigee");
        assertThatThrownBy(() -> new OrbitSpec(650e3, OptionalDouble.of(4.0), 12, 0, 0, 0, 0, EPOCH))
                .isInstanceOf(InputException.class).hasMessageContaining("inclination");
        assertThatThrownBy(() -> new OrbitSpec(650e3, OptionalDouble.empty(), 25, 0, 0, 0, 0, EPOCH))
                .isInstanceOf(InputException.class).hasMessageContaining("LTAN");
        assertThatThrownBy(() -> new OrbitSpec(650e3, OptionalDouble.empty(), 6, 0.1, 0, 0, 0, EPOCH))
                .isInstanceOf(InputException.class).hasMessageContaining("eccentricity");
    }

    @Test
    void theLeoRangeLiesInsideTheRangeTheOrbitModelsAccept() {
        assertThat(Earth.ORBIT_MODELS.contains(Earth.LEO.minM())).isTrue();
        assertThat(Earth.ORBIT_MODELS.contains(Earth.LEO.maxM())).isTrue();
        assertThat(Earth.LEO.contains(Double.NaN)).isFalse();
        assertThat(Earth.LEO.describe()).isEqualTo("160 km to 2,000 km (LEO)");
    }
}
