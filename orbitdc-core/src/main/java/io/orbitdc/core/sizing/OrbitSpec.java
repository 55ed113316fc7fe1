package io.orbitdc.core.sizing;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The orbit of a sized satellite: circular, at an altitude, either sun-synchronous (inclination
 * from the J2 condition, plane set by the local time of the ascending node) or at a given
 * inclination and initial node.
 *
 * @param altitudeM      altitude, m (the sizing models are calibrated for 300–1,200 km)
 * @param inclinationRad inclination, rad; empty for a sun-synchronous orbit
 * @param ltanHours      local time of the ascending node, hours in [0, 24]; used when sun-synchronous
 * @param raanRad        initial right ascension of the ascending node, rad; used when not sun-synchronous
 * @param epoch          start of the mission; the beta-angle survey covers the year that follows
 */
public record OrbitSpec(double altitudeM, OptionalDouble inclinationRad, double ltanHours, double raanRad,
                        Instant epoch) {
    public OrbitSpec {
        Bounds.within("orbit altitude (m)", altitudeM, 100e3, 40_000e3);
        Objects.requireNonNull(inclinationRad, "inclinationRad (use OptionalDouble.empty() for sun-synchronous)");
        Objects.requireNonNull(epoch, "orbit epoch");
        if (inclinationRad.isPresent()) {
            Bounds.within("orbit inclination (rad)", inclinationRad.getAsDouble(), 0.0, Math.PI);
        }
        Bounds.within("LTAN (hours)", ltanHours, 0.0, 24.0);
        Bounds.finite("RAAN (rad)", raanRad);
    }

    /** A sun-synchronous orbit; 6.0 or 18.0 h LTAN is a dawn–dusk orbit. */
    public static OrbitSpec sunSynchronous(double altitudeM, double ltanHours, Instant epoch) {
        return new OrbitSpec(altitudeM, OptionalDouble.empty(), ltanHours, 0.0, epoch);
    }

    /** An orbit at a fixed inclination with an initial node. */
    public static OrbitSpec inclined(double altitudeM, double inclinationRad, double raanRad, Instant epoch) {
        return new OrbitSpec(altitudeM, OptionalDouble.of(inclinationRad), 12.0, raanRad, epoch);
    }

    public boolean sunSynchronous() {
        return inclinationRad.isEmpty();
    }

    /** The circular orbit, with the SSO inclination when sun-synchronous. */
    public CircularOrbit circularOrbit() {
        return sunSynchronous() ? SunSynchronousOrbit.at(altitudeM)
                : new CircularOrbit(altitudeM, inclinationRad.getAsDouble());
    }

    /** Initial node: from the LTAN and the Sun's right ascension at the epoch when sun-synchronous. */
    public double initialRaanRad() {
        return sunSynchronous()
                ? SunSynchronousOrbit.raanForLtanRad(ltanHours, SunDirection.at(epoch).rightAscensionRad())
                : raanRad;
    }
}
