package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.orbit.Earth;
import org.orekit.utils.Constants;

/**
 * The Earth's shadow seen from a satellite, as three angles: the separation θ between the
 * directions to the Sun's and the Earth's centres, the apparent radius of the Earth's limb and
 * the apparent radius of the Sun. The satellite is in umbra when θ ≤ ρ_E − ρ_S, in shadow
 * (umbra or penumbra) when θ ≤ ρ_E + ρ_S — the conical model. The limb that hides the Sun lies
 * near the satellite's latitude φ, so the Earth's radius there is the ellipsoid's a(1 − f sin²φ),
 * not the equatorial one (20 km less near the poles, where a dawn-dusk orbit meets its eclipses).
 * ref: vallado-2013 §5.3 (conical shadow); montenbruck-gill-2000 §3.4.2 (partial occultation)
 */
final class ShadowAngles {

    private static final double EARTH_RADIUS_M = Earth.ELLIPSOID_EQUATORIAL_RADIUS_M;
    private static final double SUN_RADIUS_M = Constants.SUN_RADIUS;
    private static final double FLATTENING = Earth.ELLIPSOID_FLATTENING;

    private ShadowAngles() {
    }

    /**
     * Writes {θ, ρ_E, ρ_S} (rad) into out[off..off+2] for a satellite at (x, y, z), |r| = r, and
     * the Sun at sun[0..2], all in the same geocentric frame, m.
     */
    static void of(double x, double y, double z, double r, double sx, double sy, double sz, double[] out, int off) {
        double dx = sx - x;
        double dy = sy - y;
        double dz = sz - z;
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double cosTheta = -(dx * x + dy * y + dz * z) / (d * r);
        out[off] = Math.acos(Math.max(-1, Math.min(1, cosTheta)));
        out[off + 1] = Math.asin(earthLimbSine(z, r));
        out[off + 2] = Math.asin(SUN_RADIUS_M / d);
    }

    /**
     * Sine of the apparent radius of the Earth's limb from a satellite at inertial z, |r| = r:
     * the ellipsoid's radius at the satellite's latitude, a(1 − f sin²φ) (first order in f), over r.
     */
    static double earthLimbSine(double z, double r) {
        double sinLat = z / r;
        return Math.min(1, EARTH_RADIUS_M * (1 - FLATTENING * sinLat * sinLat) / r);
    }

    /** Half-angle of the penumbra cone, (R_sun + R_earth)/1 AU, with 2 % to spare for the Earth's eccentric orbit. */
    private static final double PENUMBRA_HALF_ANGLE = 1.02 * (SUN_RADIUS_M + EARTH_RADIUS_M) / Constants.JPL_SSD_ASTRONOMICAL_UNIT;

    /**
     * Whether a satellite at (x, y, z) is certainly outside the penumbra, without trigonometry:
     * on the day side (r·ŝ > 0), or farther from the anti-Sun axis than the penumbra cone's
     * radius at its distance d behind the Earth, R_E(1 + 10⁻³) + d·tan α with α the cone's
     * half-angle (the ellipsoid's limb is inside R_E, so the test errs towards "maybe shadowed").
     * (ux, uy, uz) is the unit vector towards the Sun.
     */
    static boolean surelyLit(double x, double y, double z, double ux, double uy, double uz) {
        return surelyLit(x, y, z, ux, uy, uz, 0);
    }

    /**
     * As {@link #surelyLit(double, double, double, double, double, double)}, with the cone widened
     * by {@code marginM}: a satellite that moves less than the margin between two samples and is
     * surely lit with it at one sample is lit at both, so no shadow boundary lies between them.
     */
    static boolean surelyLit(double x, double y, double z, double ux, double uy, double uz, double marginM) {
        double along = x * ux + y * uy + z * uz;
        if (along > 0) {
            return true;
        }
        double r2 = x * x + y * y + z * z;
        double perp2 = r2 - along * along;
        double radius = EARTH_RADIUS_M * 1.001 - along * PENUMBRA_HALF_ANGLE + marginM;
        return perp2 > radius * radius;
    }

    /**
     * Fraction of the solar disc left visible, in [0, 1]: one minus the area of the lens where
     * the Earth's disc (radius ρ_E) overlaps the Sun's (radius ρ_S) at separation θ, over the
     * Sun's area, with the discs taken as plane circles (the Sun spans 0.27 deg).
     * ref: montenbruck-gill-2000 §3.4.2 (eq. 3.87)
     */
    static double visibleFraction(double theta, double earth, double sun) {
        if (theta >= earth + sun) {
            return 1.0;
        }
        if (theta <= earth - sun) {
            return 0.0;
        }
        double x = (theta * theta + sun * sun - earth * earth) / (2 * theta);
        double y = Math.sqrt(Math.max(0, sun * sun - x * x));
        double lens = sun * sun * Math.acos(Math.max(-1, Math.min(1, x / sun)))
                + earth * earth * Math.acos(Math.max(-1, Math.min(1, (theta - x) / earth))) - theta * y;
        return Math.max(0.0, Math.min(1.0, 1.0 - lens / (Math.PI * sun * sun)));
    }
}
