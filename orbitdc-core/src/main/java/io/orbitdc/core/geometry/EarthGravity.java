package io.orbitdc.core.geometry;

import org.orekit.utils.Constants;

/**
 * Earth gravity constants used by every propagator in the geometry package: μ, the reference
 * radius and the unnormalized zonal coefficients J2–J6 of EIGEN-5C, as published in Orekit's
 * {@link Constants}. Built from constants, so no gravity-field file is needed.
 * Validity: Earth-orbiting satellites; zonal terms only (no tesseral terms).
 */
public final class EarthGravity {

    /** Gravitational parameter, m³/s². ref: eigen-5c */
    public static final double MU = Constants.EIGEN5C_EARTH_MU;
    /** Reference (equatorial) radius of the field, m. ref: eigen-5c */
    public static final double RADIUS_M = Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS;
    /** Unnormalized C20 = −J2. ref: eigen-5c */
    public static final double C20 = Constants.EIGEN5C_EARTH_C20;
    /** J2 = −C20 (≈ 1.0826e-3). ref: eigen-5c */
    public static final double J2 = -Constants.EIGEN5C_EARTH_C20;
    public static final double C30 = Constants.EIGEN5C_EARTH_C30;
    public static final double C40 = Constants.EIGEN5C_EARTH_C40;
    public static final double C50 = Constants.EIGEN5C_EARTH_C50;
    public static final double C60 = Constants.EIGEN5C_EARTH_C60;
    /** Mean motion of the mean Sun, rad/s: 2π per tropical year of 365.2422 d. ref: vallado-2013 */
    public static final double SUN_MEAN_MOTION_RAD_PER_S = 2.0 * Math.PI / (365.2422 * 86400.0);

    private EarthGravity() {
    }
}
