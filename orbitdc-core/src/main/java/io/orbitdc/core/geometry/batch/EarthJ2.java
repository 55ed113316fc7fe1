package io.orbitdc.core.geometry.batch;

import io.orbitdc.core.orbit.Earth;


/**
 * The Earth as seen by the J2-secular batch model: gravitational parameter, equatorial radius
 * and the unnormalized second zonal harmonic J2 (= -C20).
 *
 * <p>Valid for any positive values; the batch model is meant for near-Earth orbits (LEO to GEO)
 * where J2 dominates the secular drift of the node, perigee and mean anomaly.
 *
 * @param muM3PerS2 gravitational parameter (m^3/s^2)
 * @param equatorialRadiusM equatorial radius (m), also the reference radius of J2
 * @param j2 unnormalized J2 (dimensionless, about 1.0826e-3 for the Earth)
 */
public record EarthJ2(double muM3PerS2, double equatorialRadiusM, double j2) {

    /** The Earth of every orbitdc model ({@link Earth}: EIGEN-5C μ, equatorial radius and J2). */
    public static final EarthJ2 EARTH = new EarthJ2(Earth.MU, Earth.EQUATORIAL_RADIUS_M, Earth.J2);

    /** Validates the values. */
    public EarthJ2 {
        if (!(muM3PerS2 > 0) || !Double.isFinite(muM3PerS2)) {
            throw new IllegalArgumentException("mu must be a positive finite number of m^3/s^2, found " + muM3PerS2);
        }
        if (!(equatorialRadiusM > 0) || !Double.isFinite(equatorialRadiusM)) {
            throw new IllegalArgumentException(
                    "equatorial radius must be a positive finite number of metres, found " + equatorialRadiusM);
        }
        if (!Double.isFinite(j2) || Math.abs(j2) > 0.1) {
            throw new IllegalArgumentException("J2 must be finite and small (|J2| <= 0.1), found " + j2);
        }
    }
}
