package io.orbitdc.core.launch;

/**
 * A circular target orbit for a launch: altitude above the equatorial radius and inclination.
 * Valid for LEO, 150 km to 2,000 km.
 */
public record TargetOrbit(double altitudeM, double inclinationRad) {

    static final double MU_M3_PER_S2 = 3.986004418e14;      // ref: iers-conventions-2010 (GM of Earth)
    static final double EARTH_RADIUS_M = 6_378_137.0;        // ref: nga-wgs84-2014 (equatorial radius)
    static final double J2 = 1.08263e-3;                     // ref: vallado-2013 (Earth oblateness)
    static final double SUN_RATE_RAD_PER_S = 2 * Math.PI / (365.2422 * 86_400.0); // mean motion of the Sun; ref: vallado-2013 (tropical year)

    public TargetOrbit {
        if (!(altitudeM >= 150_000 && altitudeM <= 2_000_000)) {
            throw new IllegalArgumentException("orbit altitude " + altitudeM + " m is outside the LEO range 150,000..2,000,000 m");
        }
        if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
            throw new IllegalArgumentException("inclination " + inclinationRad + " rad is outside 0..pi");
        }
    }

    /** Circular orbit at {@code altitudeM} with inclination in degrees. */
    public static TargetOrbit ofDegrees(double altitudeM, double inclinationDeg) {
        return new TargetOrbit(altitudeM, Math.toRadians(inclinationDeg));
    }

    /** The sun-synchronous circular orbit at this altitude (J2 nodal precession equal to the Sun's mean motion). */
    public static TargetOrbit sunSynchronous(double altitudeM) {
        double a = EARTH_RADIUS_M + altitudeM;
        double n = Math.sqrt(MU_M3_PER_S2 / (a * a * a));
        // dOmega/dt = -1.5 n J2 (R/a)^2 cos i  ==  sun rate
        double cosI = -SUN_RATE_RAD_PER_S / (1.5 * n * J2 * Math.pow(EARTH_RADIUS_M / a, 2));
        return new TargetOrbit(altitudeM, Math.acos(cosI));
    }

    public double inclinationDeg() {
        return Math.toDegrees(inclinationRad);
    }

    /** Human-readable orbit, e.g. "650 km / 98.0°". */
    public String label() {
        return String.format(java.util.Locale.ROOT, "%.0f km / %.1f°", altitudeM / 1000, inclinationDeg());
    }
}
