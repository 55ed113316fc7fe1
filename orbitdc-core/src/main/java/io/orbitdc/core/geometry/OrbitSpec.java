package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import java.time.Instant;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.PositionAngleType;

/**
 * Mean orbital elements of one satellite (or of a reference orbit), SI units and radians:
 * altitude above the EIGEN-5C reference radius (so a = Re + altitudeM), inclination,
 * eccentricity, right ascension of the ascending node, argument of perigee, mean anomaly and
 * epoch. The elements are interpreted as J2 mean elements by the analytical propagators.
 * Validity: closed Earth orbits with perigee above ~100 km, 0 ≤ e < 0.1 (near-circular LEO–MEO
 * is the design target).
 */
public record OrbitSpec(double altitudeM, double inclinationRad, double eccentricity, double raanRad,
        double argPerigeeRad, double meanAnomalyRad, Instant epoch) {

    public OrbitSpec {
        if (!(altitudeM >= 100_000.0 && altitudeM <= 100_000_000.0)) {
            throw new InputException("orbit altitude " + altitudeM + " m out of range; expected 100 km to 100,000 km");
        }
        if (!(inclinationRad >= 0.0 && inclinationRad <= Math.PI)) {
            throw new InputException("inclination " + Math.toDegrees(inclinationRad) + " deg out of range; expected 0–180 deg");
        }
        if (!(eccentricity >= 0.0 && eccentricity < 0.1)) {
            throw new InputException("eccentricity " + eccentricity + " out of range; expected 0 ≤ e < 0.1");
        }
        if (!Double.isFinite(raanRad) || !Double.isFinite(argPerigeeRad) || !Double.isFinite(meanAnomalyRad)) {
            throw new InputException("orbit angles must be finite numbers; got RAAN " + raanRad
                    + ", arg of perigee " + argPerigeeRad + ", mean anomaly " + meanAnomalyRad);
        }
        if (epoch == null) {
            throw new InputException("orbit epoch is missing; expected an ISO-8601 instant");
        }
        double perigeeAltitude = (EarthGravity.RADIUS_M + altitudeM) * (1.0 - eccentricity) - EarthGravity.RADIUS_M;
        if (perigeeAltitude < 100_000.0) {
            throw new InputException("perigee altitude " + perigeeAltitude + " m is below 100 km; lower the eccentricity");
        }
    }

    /** A circular orbit at an altitude (m), inclination (deg) and RAAN (deg), satellite at the node. */
    public static OrbitSpec circular(double altitudeM, double inclinationDeg, double raanDeg, Instant epoch) {
        return new OrbitSpec(altitudeM, Math.toRadians(inclinationDeg), 0.0, Math.toRadians(raanDeg), 0.0, 0.0, epoch);
    }

    /** A circular sun-synchronous orbit: inclination from the J2 condition, RAAN from the LTAN (h). */
    public static OrbitSpec sunSynchronous(double altitudeM, double ltanHours, Instant epoch, OrekitDataSetup data) {
        double a = EarthGravity.RADIUS_M + altitudeM;
        double inc = SunSynchronous.inclinationRad(a, 0.0);
        double raan = SunSynchronous.raanForLtan(ltanHours, data.date(epoch), data);
        return new OrbitSpec(altitudeM, inc, 0.0, raan, 0.0, 0.0, epoch);
    }

    /** Mean semi-major axis, m. */
    public double semiMajorAxisM() {
        return EarthGravity.RADIUS_M + altitudeM;
    }

    /** The same orbit with other node and in-plane phase (used by constellation generators). */
    public OrbitSpec withRaanAndMeanAnomaly(double raan, double meanAnomaly) {
        return new OrbitSpec(altitudeM, inclinationRad, eccentricity, raan, argPerigeeRad, meanAnomaly, epoch);
    }

    /** An Orekit orbit in GCRF built from these elements (circular parameters, safe at e = 0). */
    public Orbit toOrbit(OrekitDataSetup data) {
        double ex = eccentricity * Math.cos(argPerigeeRad);
        double ey = eccentricity * Math.sin(argPerigeeRad);
        return new CircularOrbit(semiMajorAxisM(), ex, ey, inclinationRad, raanRad, argPerigeeRad + meanAnomalyRad,
                PositionAngleType.MEAN, data.inertialFrame(), data.date(epoch), EarthGravity.MU);
    }
}
