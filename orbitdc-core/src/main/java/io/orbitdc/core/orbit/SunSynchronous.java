package io.orbitdc.core.orbit;

import io.orbitdc.core.InputException;

/**
 * The sun-synchronous condition, once for every engine: the first-order J2 secular drift of the
 * node, dΩ/dt = −(3/2) n J2 (R/p)² cos i with n = √(μ/a³) and p = a(1 − e²), equals the mean Sun's
 * motion in right ascension Ω̇☉ = 2π / 365.2422 d, so the orbit plane keeps its local time:
 * <pre>cos i = −(2/3) Ω̇☉ a^{7/2} (1 − e²)² / (J2 R² √μ)</pre>
 * and the local time of the ascending node (LTAN) is the true solar time at the node,
 * Ω = α☉ + (LTAN − 12 h)·15°/h (ref: vallado-2013 §9.6). Earth constants from {@link Earth}.
 *
 * <p>Validity: elliptic orbits with a below ~12,350 km (circular), above which cos i would pass
 * −1 and no sun-synchronous inclination exists; first-order J2 only (the J2² and drag terms move
 * the inclination by a few thousandths of a degree in LEO).
 */
public final class SunSynchronous {

    private SunSynchronous() {
    }

    /**
     * Sun-synchronous inclination, rad (retrograde, in (90°, 180°]).
     *
     * @param semiMajorAxisM mean semi-major axis, m
     * @param eccentricity   mean eccentricity, in [0, 1)
     * @throws InputException when no inclination satisfies the condition
     */
    public static double inclinationRad(double semiMajorAxisM, double eccentricity) {
        if (!(eccentricity >= 0.0 && eccentricity < 1.0) || !(semiMajorAxisM > Earth.EQUATORIAL_RADIUS_M)) {
            throw new InputException("sun-synchronous inclination needs a > R and 0 <= e < 1; found a = "
                    + semiMajorAxisM + " m, e = " + eccentricity);
        }
        double p2 = Math.pow(1.0 - eccentricity * eccentricity, 2.0);
        double cosI = -2.0 / 3.0 * Earth.SUN_MEAN_MOTION_RAD_PER_S * Math.pow(semiMajorAxisM, 3.5) * p2
                / (Earth.J2 * Earth.EQUATORIAL_RADIUS_M * Earth.EQUATORIAL_RADIUS_M * Math.sqrt(Earth.MU));
        if (cosI < -1.0) {
            throw new InputException("no sun-synchronous orbit at a = " + semiMajorAxisM
                    + " m (cos i = " + cosI + "); expected a below ~12,350 km (altitude below ~5,970 km)");
        }
        return Math.acos(cosI);
    }

    /** Sun-synchronous inclination of a circular orbit at a mean altitude, rad. */
    public static double circularInclinationRad(double altitudeM) {
        return inclinationRad(Earth.semiMajorAxisM(altitudeM), 0.0);
    }

    /**
     * Right ascension of the ascending node (rad, in [0, 2π)) that puts the node at a local time,
     * given the Sun's right ascension at the epoch (which ephemeris is the caller's choice).
     *
     * @param ltanHours            local time of the ascending node, hours in [0, 24] (6 = dawn–dusk)
     * @param sunRightAscensionRad right ascension of the Sun, rad
     */
    public static double raanForLtanRad(double ltanHours, double sunRightAscensionRad) {
        if (!(ltanHours >= 0.0 && ltanHours <= 24.0)) {
            throw new InputException("LTAN " + ltanHours + " h out of range; expected 0–24 h (6 = dawn–dusk)");
        }
        return normalize(sunRightAscensionRad + Math.toRadians((ltanHours - 12.0) * 15.0));
    }

    /** Local time of the ascending node (hours, in [0, 24)) of a node RAAN, given the Sun's right ascension. */
    public static double ltanHours(double raanRad, double sunRightAscensionRad) {
        double dh = Math.toDegrees(normalize(raanRad - sunRightAscensionRad)) / 15.0;
        return (12.0 + dh) % 24.0;
    }

    private static double normalize(double angle) {
        double twoPi = 2.0 * Math.PI;
        double r = angle % twoPi;
        return r < 0 ? r + twoPi : r;
    }
}
