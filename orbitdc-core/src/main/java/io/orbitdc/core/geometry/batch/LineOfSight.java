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
        double pp = px * px + py * py + pz * pz;
        double qq = qx * qx + qy * qy + qz * qz;
        if (pp < blockingRadiusSq || qq < blockingRadiusSq) {
            return false;
        }
        double dx = qx - px;
        double dy = qy - py;
        double dz = qz - pz;
        double dd = dx * dx + dy * dy + dz * dz;
        // the closest point P + t (Q - P) to the centre is inside the segment when 0 < t < 1,
        // with t = -P.d / d.d; its squared distance is |P|^2 - (P.d)^2 / d.d (no division needed)
        double along = -(px * dx + py * dy + pz * dz);
        if (along <= 0 || along >= dd) {
            return true;
        }
        return pp * dd - along * along >= blockingRadiusSq * dd;
    }
}
