package io.orbitdc.core.sizing;

import org.orekit.utils.Constants;

/**
 * The Earth constants the closed-form budgets use, all taken from Orekit's EIGEN-5C set so that
 * μ, the equatorial radius and J2 belong to one consistent gravity model.
 */
public final class EarthModel {
    /** Gravitational parameter μ, m³/s². ref: orekit-constants (EIGEN5C_EARTH_MU) */
    public static final double MU = Constants.EIGEN5C_EARTH_MU;
    /** Equatorial radius, m. ref: orekit-constants (EIGEN5C_EARTH_EQUATORIAL_RADIUS) */
    public static final double EQUATORIAL_RADIUS_M = Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS;
    /** Second zonal harmonic J2 = −C20 (unnormalised). ref: orekit-constants (EIGEN5C_EARTH_C20) */
    public static final double J2 = -Constants.EIGEN5C_EARTH_C20;

    private EarthModel() {
    }
}
