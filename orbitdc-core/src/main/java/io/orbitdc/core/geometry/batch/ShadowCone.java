package io.orbitdc.core.geometry.batch;

import org.orekit.utils.Constants;

/**
 * Earth-shadow test for one Sun position, shared by all satellites of a step.
 *
 * <p>Spherical Earth of radius {@code earthRadiusM}, spherical Sun of radius
 * {@link Constants#SUN_RADIUS}. The conical model uses the umbra cone (apex behind the Earth,
 * half-angle asin((Rs - Re)/D)) and the penumbra cone (apex between Earth and Sun, half-angle
 * asin((Rs + Re)/D)), both tangent to the two spheres; the cylindrical model uses a cylinder of
 * radius Re. The Sun direction is taken from the Earth's centre rather than from the satellite:
 * the parallax (under 1e-4 rad in LEO) moves shadow boundaries by well under a second.
 * Points on the Sun's side of the terminator plane are always sunlit, which is exact for any
 * point more than about 1 km above the surface.
 */
final class ShadowCone {

    private final ShadowModel model;
    private final double ux;
    private final double uy;
    private final double uz;
    private final double earthRadiusSq;
    private final double umbraApexM;
    private final double tanUmbra;
    private final double penumbraApexM;
    private final double tanPenumbra;

    ShadowCone(ShadowModel model, double earthRadiusM, double sx, double sy, double sz) {
        this.model = model;
        double d = Math.sqrt(sx * sx + sy * sy + sz * sz);
        if (!(d > earthRadiusM + Constants.SUN_RADIUS) || !Double.isFinite(d)) {
            throw new IllegalArgumentException("Sun distance must exceed Earth + Sun radii, found " + d + " m");
        }
        ux = sx / d;
        uy = sy / d;
        uz = sz / d;
        earthRadiusSq = earthRadiusM * earthRadiusM;
        // ref: vallado-2013 ch. 5 (shadow geometry: umbra and penumbra cones)
        double sinU = (Constants.SUN_RADIUS - earthRadiusM) / d;
        double sinP = (Constants.SUN_RADIUS + earthRadiusM) / d;
        tanUmbra = sinU / Math.sqrt(1 - sinU * sinU);
        tanPenumbra = sinP / Math.sqrt(1 - sinP * sinP);
        umbraApexM = earthRadiusM / sinU;
        penumbraApexM = earthRadiusM / sinP;
    }

    /** @return {@link FleetPositions} flag for a point (m, Earth-centred inertial) */
    byte classify(double x, double y, double z) {
        double s = x * ux + y * uy + z * uz;
        if (s >= 0) {
            return FleetPositions.SUNLIT;
        }
        double p2 = x * x + y * y + z * z - s * s;
        if (model == ShadowModel.CYLINDRICAL) {
            return p2 < earthRadiusSq ? FleetPositions.UMBRA : FleetPositions.SUNLIT;
        }
        double behind = -s;
        double rp = (penumbraApexM + behind) * tanPenumbra;
        if (p2 >= rp * rp) {
            return FleetPositions.SUNLIT;
        }
        double ru = (umbraApexM - behind) * tanUmbra;
        return ru > 0 && p2 < ru * ru ? FleetPositions.UMBRA : FleetPositions.PENUMBRA;
    }
}
