package io.orbitdc.core.sizing;

import io.orbitdc.core.orbit.Earth;

/**
 * Eclipse fraction of a circular orbit in a cylindrical Earth shadow, as a function of the beta
 * angle: f = acos(√(h² + 2Rh) / ((R + h) cos β)) / π for |β| &lt; β*, else 0, with
 * β* = asin(R / (R + h)). ref: vallado-2013 §5.3; smad-1999 §5.1
 *
 * <p>Validity: circular orbits; the cylinder ignores the penumbra (a ~1 % effect in LEO) and the
 * Earth's oblateness. Uses the equatorial radius.
 */
public final class EclipseGeometry {
    private EclipseGeometry() {
    }

    /** Beta angle above which the orbit is in sunlight all the time, rad. */
    public static double criticalBetaRad(double altitudeM) {
        Bounds.positive("altitude (m)", altitudeM);
        double r = Earth.EQUATORIAL_RADIUS_M;
        return Math.asin(r / (r + altitudeM));
    }

    /** Fraction of the orbit spent in shadow at beta angle β, in [0, 0.5). */
    public static double eclipseFraction(double altitudeM, double betaRad) {
        Bounds.finite("beta angle (rad)", betaRad);
        if (Math.abs(betaRad) >= criticalBetaRad(altitudeM)) {
            return 0.0;
        }
        double r = Earth.EQUATORIAL_RADIUS_M;
        double h = altitudeM;
        double arg = Math.sqrt(h * h + 2.0 * r * h) / ((r + h) * Math.cos(betaRad));
        return Math.acos(Math.min(1.0, arg)) / Math.PI;
    }
}
