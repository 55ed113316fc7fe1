package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.orbit.SunSynchronous;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** How the sizing takes an eccentric orbit: its mean altitude, its own SSO inclination, and a guard. */
class EccentricSizingOrbitTest {

    private static SizingInput withOrbit(OrbitSpec orbit) {
        SizingInput base = SizingFixtures.suncatcherLike();
        return new SizingInput(orbit, base.missionLifeS(), base.accelerator(), base.acceleratorsPerSatellite(),
                base.itOverheadFraction(), base.busPowerW(), base.busPowerFraction(), base.solarArray(),
                base.powerSystem(), base.battery(), base.radiator(), base.thermalResistanceKPerW(),
                base.shieldingThicknessM(), base.structureFraction(), base.propulsionFraction(), base.busMassKg(),
                base.maxSatelliteMassKg(), base.fleetTarget());
    }

    @Test
    void aSunSynchronousEccentricOrbitIsSizedAtTheInclinationOfItsOwnEccentricity() {
        OrbitSpec eccentric = new OrbitSpec(650e3, OptionalDouble.empty(), 18.0, 0.003, 0.0, Math.PI / 2, -Math.PI / 2,
                SizingFixtures.suncatcherLike().orbit().epoch());
        SizingResult r = SatelliteSizer.size(withOrbit(eccentric));
        assertThat(r.orbit().orbit().inclinationRad())
                .isEqualTo(SunSynchronous.inclinationRad(eccentric.semiMajorAxisM(), 0.003))
                .isNotEqualTo(SunSynchronous.circularInclinationRad(650e3));
        assertThat(r.orbit().orbit().altitudeM()).isEqualTo(650e3);
    }

    @Test
    void anOrbitBeyondTheNearCircularRangeIsRefusedByTheSizer() {
        // a·e = 7,028 km × 0.005 = 35 km > 25 km
        OrbitSpec tooEccentric = new OrbitSpec(650e3, OptionalDouble.of(Math.toRadians(53)), 12.0, 0.005, 0.0, 0.0, 0.0,
                SizingFixtures.suncatcherLike().orbit().epoch());
        assertThatThrownBy(() -> withOrbit(tooEccentric)).isInstanceOf(SizingInputException.class)
                .hasMessageContaining("orbit eccentricity").hasMessageContaining("35.1 km");
    }
}
