package io.orbitdc.core.orbit;

import org.orekit.utils.Constants;

/**
 * The Earth of every orbitdc model, defined once: the gravity field that orbits feel and the figure
 * that blocks sunlight, ground stations stand on and links graze.
 *
 * <p><b>Gravity field: EIGEN-5C</b> (μ, reference equatorial radius, zonal coefficients C20–C60) as
 * Orekit publishes them in {@link Constants} (ref: eigen-5c, orekit-constants). One field for every
 * orbit model, because the analytical propagators (Eckstein–Hechler, Brouwer–Lyddane) need μ, the
 * reference radius and J2–J6 of one consistent solution, and Orekit's constants give such a set
 * only for EIGEN-5C (and the older GRIM5-C1). The closed forms (period, J2 node rate, the
 * sun-synchronous condition, drag) and the batch J2 propagator use the same μ, radius and J2, so a
 * scenario's altitude means the same orbit in every verb. Orbitdc's altitude is the mean-element
 * altitude h = a − {@link #EQUATORIAL_RADIUS_M}.
 *
 * <p><b>Figure and rotation: WGS-84</b> (semi-major axis, flattening, rotation rate; ref:
 * nima-tr8350-2). Geodetic coordinates (ground stations, the SAA boundary's geodetic height) are
 * WGS-84 coordinates, so the ellipsoid that turns them into positions must be WGS-84's; the Earth's
 * shadow, limb and link grazing height use the same ellipsoid. The two equatorial radii differ by
 * 0.54 m (EIGEN-5C is a fit of the geoid, WGS-84 a defined datum); both are kept, each for its
 * purpose, rather than bending one model to the other's value.
 *
 * <p>Validity: near-Earth orbits; only zonal terms of the field (no tesseral terms, no tides).
 */
public final class Earth {

    /** Gravitational parameter μ = GM, m³/s². ref: eigen-5c (Orekit EIGEN5C_EARTH_MU) */
    public static final double MU = Constants.EIGEN5C_EARTH_MU;
    /**
     * Equatorial radius of the gravity field, m: the reference radius of the zonal coefficients and
     * the datum of orbit altitudes (a = R + h). ref: eigen-5c (Orekit EIGEN5C_EARTH_EQUATORIAL_RADIUS)
     */
    public static final double EQUATORIAL_RADIUS_M = Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS;
    /** Unnormalized zonal coefficient C20 (= −J2). ref: eigen-5c (Orekit EIGEN5C_EARTH_C20) */
    public static final double C20 = Constants.EIGEN5C_EARTH_C20;
    /** Second zonal harmonic J2 = −C20 ≈ 1.0826e-3, unnormalized. ref: eigen-5c */
    public static final double J2 = -Constants.EIGEN5C_EARTH_C20;
    /** Unnormalized C30. ref: eigen-5c (Orekit EIGEN5C_EARTH_C30) */
    public static final double C30 = Constants.EIGEN5C_EARTH_C30;
    /** Unnormalized C40. ref: eigen-5c (Orekit EIGEN5C_EARTH_C40) */
    public static final double C40 = Constants.EIGEN5C_EARTH_C40;
    /** Unnormalized C50. ref: eigen-5c (Orekit EIGEN5C_EARTH_C50) */
    public static final double C50 = Constants.EIGEN5C_EARTH_C50;
    /** Unnormalized C60. ref: eigen-5c (Orekit EIGEN5C_EARTH_C60) */
    public static final double C60 = Constants.EIGEN5C_EARTH_C60;

    /** Semi-major axis of the WGS-84 ellipsoid, m. ref: nima-tr8350-2 (Orekit WGS84_EARTH_EQUATORIAL_RADIUS) */
    public static final double ELLIPSOID_EQUATORIAL_RADIUS_M = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    /** Flattening f of the WGS-84 ellipsoid (1/298.257223563). ref: nima-tr8350-2 (Orekit WGS84_EARTH_FLATTENING) */
    public static final double ELLIPSOID_FLATTENING = Constants.WGS84_EARTH_FLATTENING;
    /** First eccentricity squared of the ellipsoid, e² = f(2 − f). */
    public static final double ELLIPSOID_ECCENTRICITY_SQUARED = ELLIPSOID_FLATTENING * (2.0 - ELLIPSOID_FLATTENING);
    /** Nominal mean rotation rate of the Earth, rad/s. ref: nima-tr8350-2 (Orekit WGS84_EARTH_ANGULAR_VELOCITY) */
    public static final double ROTATION_RATE_RAD_PER_S = Constants.WGS84_EARTH_ANGULAR_VELOCITY;

    /**
     * Mean motion of the mean Sun in right ascension, rad/s: 2π per tropical year of 365.2422 days —
     * the node rate that keeps an orbit sun-synchronous. ref: vallado-2013 §9.6
     */
    public static final double SUN_MEAN_MOTION_RAD_PER_S = 2.0 * Math.PI / (365.2422 * 86_400.0);

    /**
     * Altitudes a scenario may ask for and every orbit-facing engine is validated over: LEO from
     * 160 km (below it drag brings a satellite down within days; docs/models/orbit-budget.md) to
     * 2,000 km (the conventional top of LEO; the radiation, drag and launch tables stop there).
     * Used by the scenario schema, the launch planner and the ground-pass geometry.
     */
    public static final AltitudeRange LEO = new AltitudeRange("LEO", 160e3, 2_000e3);

    /**
     * Altitudes the orbit formulas themselves stay meaningful over (two-body + J2 closed forms,
     * analytical propagators): from 100 km, the Kármán line below which no orbit survives one
     * revolution, to 40,000 km, just beyond geostationary altitude. The engines (sizing, geometry)
     * guard with this range so that a Java user can explore outside LEO; the scenario restricts to
     * {@link #LEO}.
     */
    public static final AltitudeRange ORBIT_MODELS = new AltitudeRange("orbit models", 100e3, 40_000e3);

    private Earth() {
    }

    /** Mean semi-major axis of an orbit at a mean altitude, m: a = R + h. */
    public static double semiMajorAxisM(double altitudeM) {
        return EQUATORIAL_RADIUS_M + altitudeM;
    }
}
