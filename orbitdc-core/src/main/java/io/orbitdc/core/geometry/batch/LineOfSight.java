package io.orbitdc.core.geometry.batch;

/**
 * Line of sight between two points above a spherical Earth with a grazing height: the segment
 * between them must stay outside the sphere of radius Re + grazing height.
 *
 * <p>The grazing height stands for the dense lower atmosphere an optical or radio link should
 * not cross (default {@value #DEFAULT_GRAZING_HEIGHT_M} m, the conventional edge of the
 * mesosphere; see docs/models/neighbour-graph.md). The Earth is a sphere of the equatorial radius,
 * which slightly over-blocks paths over the poles (the polar radius is 21 km smaller).
 */
public final class LineOfSight {

    /** Default grazing height above the equatorial radius (m). */
    // ref: nasa-atmosphere-layers (mesopause near 80-85 km)
    public static final double DEFAULT_GRAZING_HEIGHT_M = 80_000.0;

    private final double blockingRadiusM;
    private final double blockingRadiusSq;

    /**
     * @param earthRadiusM Earth radius (m), positive
     * @param grazingHeightM minimum height of the link path above that radius (m), >= 0
     */
    public LineOfSight(double earthRadiusM, double grazingHeightM) {
        if (!(earthRadiusM > 0) || !Double.isFinite(earthRadiusM)) {
            throw new IllegalArgumentException("Earth radius must be positive metres, found " + earthRadiusM);
        }
        if (!(grazingHeightM >= 0) || !Double.isFinite(grazingHeightM)) {
            throw new IllegalArgumentException("grazing height must be >= 0 m, found " + grazingHeightM);
        }
        blockingRadiusM = earthRadiusM + grazingHeightM;
        blockingRadiusSq = blockingRadiusM * blockingRadiusM;
    }

    /** @return radius of the blocking sphere (m) */
    public double blockingRadiusM() {
        return blockingRadiusM;
    }

    /**
     * @return true if the segment P-Q (m, Earth-centred) stays at or outside the blocking sphere
     */
    public boolean clear(double px, double py, double pz, double qx, double qy, double qz) {
        double dx = qx - px;
        double dy = qy - py;
        double dz = qz - pz;
        double dd = dx * dx + dy * dy + dz * dz;
        // closest point of the segment to the Earth's centre: P + t (Q - P), t clamped to [0, 1]
        double t = dd > 0 ? -(px * dx + py * dy + pz * dz) / dd : 0;
        if (t < 0) {
            t = 0;
        } else if (t > 1) {
            t = 1;
        }
        double cx = px + t * dx;
        double cy = py + t * dy;
        double cz = pz + t * dz;
        return cx * cx + cy * cy + cz * cz >= blockingRadiusSq;
    }
}
