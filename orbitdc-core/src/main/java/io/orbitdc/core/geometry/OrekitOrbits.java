package io.orbitdc.core.geometry;

import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.orbit.SunSynchronous;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;

/**
 * Turns the mean elements of an {@link OrbitSpec} into Orekit orbits, with the geometry's Sun
 * (Orekit's analytical Sun in GCRF, {@link OrekitDataSetup#sun()}) placing a sun-synchronous node
 * at its local time. The sun-synchronous inclination and the LTAN relation themselves are
 * {@link SunSynchronous}'s; only the Sun ephemeris is the geometry's own.
 */
public final class OrekitOrbits {

    private OrekitOrbits() {
    }

    /**
     * The orbit with its plane fixed at the epoch: a sun-synchronous orbit gets its J2 inclination
     * and the node of its LTAN; an orbit with a given plane is returned as is.
     */
    public static OrbitSpec fixPlane(OrbitSpec spec, OrekitDataSetup data) {
        return spec.sunSynchronous()
                ? spec.withFixedPlane(spec.raanRad(sunRightAscensionRad(data.date(spec.epoch()), data)))
                : spec;
    }

    /** An Orekit orbit in GCRF built from the mean elements (circular parameters, safe at e = 0). */
    public static Orbit toOrbit(OrbitSpec spec, OrekitDataSetup data) {
        OrbitSpec fixed = fixPlane(spec, data);
        double e = fixed.eccentricity();
        double omega = fixed.argumentOfPerigeeRad();
        return new CircularOrbit(fixed.semiMajorAxisM(), e * Math.cos(omega), e * Math.sin(omega),
                fixed.inclinationRad(), fixed.givenRaanRad(), omega + fixed.meanAnomalyRad(),
                PositionAngleType.MEAN, data.inertialFrame(), data.date(fixed.epoch()), Earth.MU);
    }

    /** RAAN (rad, in [0, 2π)) giving the requested LTAN (hours, 0–24) at a date, in the given data's GCRF. */
    public static double raanForLtan(double ltanHours, AbsoluteDate date, OrekitDataSetup data) {
        return SunSynchronous.raanForLtanRad(ltanHours, sunRightAscensionRad(date, data));
    }

    /** LTAN (hours, [0, 24)) of a node RAAN at a date. */
    public static double ltanHours(double raanRad, AbsoluteDate date, OrekitDataSetup data) {
        return SunSynchronous.ltanHours(raanRad, sunRightAscensionRad(date, data));
    }

    static double sunRightAscensionRad(AbsoluteDate date, OrekitDataSetup data) {
        Vector3D s = data.sun().getPosition(date, data.inertialFrame());
        return Math.atan2(s.getY(), s.getX());
    }
}
