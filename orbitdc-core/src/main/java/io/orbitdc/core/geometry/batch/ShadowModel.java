package io.orbitdc.core.geometry.batch;

/**
 * Which Earth-shadow geometry the batch propagator uses for the per-satellite eclipse flag.
 * Both treat the Earth as a sphere of the equatorial radius and the Sun as a point (cylinder)
 * or a sphere (cones); see docs/models/batch-propagator.md.
 */
public enum ShadowModel {
    /** Shadow is the cylinder of Earth radius behind the Earth; flags only UMBRA or SUNLIT. */
    CYLINDRICAL,
    /** Umbra and penumbra cones tangent to the Sun and Earth spheres; flags UMBRA, PENUMBRA or SUNLIT. */
    CONICAL
}
