package io.orbitdc.core.geometry;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.time.AbsoluteDate;

/**
 * Sun-synchronous orbit geometry from the first-order J2 nodal regression:
 * dΩ/dt = −(3/2) n J2 (Re/p)² cos i must equal the mean Sun's motion 2π/365.2422 d, so
 * cos i = −(2/3) Ω̇☉ a^{7/2} (1−e²)² / (J2 Re² √μ). Local time of the ascending node (LTAN)
 * is the true solar time at the node: LTAN = 12 h + (Ω − α☉)/15°·h.
 * Validity: LEO (a up to ~12,350 km, where cos i would reach −1). ref: vallado-2013 §9.6
 */
public final class SunSynchronous {

    private SunSynchronous() {
    }

    /** Sun-synchronous inclination (rad) for a mean semi-major axis and eccentricity. */
    public static double inclinationRad(double semiMajorAxisM, double eccentricity) {
        double p2 = Math.pow(1.0 - eccentricity * eccentricity, 2.0);
        double cosI = -2.0 / 3.0 * EarthGravity.SUN_MEAN_MOTION_RAD_PER_S * Math.pow(semiMajorAxisM, 3.5) * p2
                / (EarthGravity.J2 * EarthGravity.RADIUS_M * EarthGravity.RADIUS_M * Math.sqrt(EarthGravity.MU));
        if (cosI < -1.0) {
            throw new IllegalArgumentException("no sun-synchronous orbit at a = " + semiMajorAxisM
                    + " m (cos i = " + cosI + "); expected a below ~12,350 km");
        }
        return Math.acos(cosI);
    }

    /** RAAN (rad, in [0, 2π)) giving the requested LTAN (hours, 0–24) at a date, in the given data's GCRF. */
    public static double raanForLtan(double ltanHours, AbsoluteDate date, OrekitDataSetup data) {
        if (!(ltanHours >= 0.0 && ltanHours <= 24.0)) {
            throw new IllegalArgumentException("LTAN " + ltanHours + " h out of range; expected 0–24 h (6 = dawn–dusk)");
        }
        double raan = sunRightAscensionRad(date, data) + Math.toRadians((ltanHours - 12.0) * 15.0);
        return normalize(raan);
    }

    /** LTAN (hours, [0, 24)) of a node RAAN at a date. */
    public static double ltanHours(double raanRad, AbsoluteDate date, OrekitDataSetup data) {
        double dh = Math.toDegrees(normalize(raanRad - sunRightAscensionRad(date, data))) / 15.0;
        return (12.0 + dh) % 24.0;
    }

    static double sunRightAscensionRad(AbsoluteDate date, OrekitDataSetup data) {
        Vector3D s = data.sun().getPosition(date, data.inertialFrame());
        return Math.atan2(s.getY(), s.getX());
    }

    private static double normalize(double angle) {
        double twoPi = 2.0 * Math.PI;
        double r = angle % twoPi;
        return r < 0 ? r + twoPi : r;
    }
}
