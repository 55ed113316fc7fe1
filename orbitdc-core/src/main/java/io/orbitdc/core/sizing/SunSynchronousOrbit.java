package io.orbitdc.core.sizing;

/**
 * The sun-synchronous condition: the inclination at which the J2 nodal drift equals the Sun's
 * mean motion in right ascension, so the orbit plane keeps its local time (LTAN).
 *
 * <p>cos i = −Ω̇☉ / ((3/2) n J2 (R/a)²) with Ω̇☉ = 0.9856474°/day, the mean-longitude rate of the
 * Sun of the low-precision solar ephemeris (ref: astronomical-almanac-low-precision-sun).
 * Validity: circular orbits up to ~5,970 km altitude, above which no SSO inclination exists.
 */
public final class SunSynchronousOrbit {
    /** Sun's mean motion in longitude, rad/s. ref: astronomical-almanac-low-precision-sun */
    public static final double SUN_MEAN_MOTION_RAD_PER_S = Math.toRadians(0.9856474) / 86400.0;

    private SunSynchronousOrbit() {
    }

    /** Sun-synchronous inclination at an altitude, rad (retrograde, > 90°). */
    public static double inclinationRad(double altitudeM) {
        CircularOrbit equatorial = new CircularOrbit(altitudeM, 0.0);
        double ratio = EarthModel.EQUATORIAL_RADIUS_M / equatorial.radiusM();
        double cosI = -SUN_MEAN_MOTION_RAD_PER_S
                / (1.5 * equatorial.meanMotionRadPerS() * EarthModel.J2 * ratio * ratio);
        if (cosI < -1.0) {
            throw new SizingInputException("no sun-synchronous inclination exists at altitude "
                    + altitudeM + " m; expected an altitude below ~5,900 km");
        }
        return Math.acos(cosI);
    }

    /** The circular orbit at the sun-synchronous inclination for this altitude. */
    public static CircularOrbit at(double altitudeM) {
        return new CircularOrbit(altitudeM, inclinationRad(altitudeM));
    }

    /**
     * Right ascension of the ascending node that puts the node at a local time LTAN, given the
     * Sun's right ascension: Ω = α☉ + (LTAN − 12 h)·15°/h (mean-Sun approximation, error below
     * the ~4 min equation of time, i.e. &lt; 1°).
     */
    public static double raanForLtanRad(double ltanHours, double sunRightAscensionRad) {
        Bounds.within("LTAN (hours)", ltanHours, 0.0, 24.0);
        double raan = sunRightAscensionRad + (ltanHours - 12.0) * Math.PI / 12.0;
        double twoPi = 2.0 * Math.PI;
        return ((raan % twoPi) + twoPi) % twoPi;
    }
}
