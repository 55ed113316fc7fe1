package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.FleetElements;

/**
 * The range of the beta angle (Sun elevation above the orbit plane) over a fleet and a span:
 * β = asin(ŝ · n̂) with the orbit normal n̂ = (sin i sin Ω, −sin i cos Ω, cos i) and the node Ω
 * drifting at its J2 secular rate. Sampled once per {@link #EVERY_S}; β changes by well under
 * a degree in that time.
 */
final class BetaRange {

    static final double EVERY_S = 3600.0;

    private final FleetElements elements;
    private final BatchJ2Propagator propagator;
    private double nextS = 0;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    BetaRange(FleetElements elements, BatchJ2Propagator propagator) {
        this.elements = elements;
        this.propagator = propagator;
    }

    void sample(double t, double[] sun) {
        if (t < nextS) {
            return;
        }
        nextS = t + EVERY_S;
        double s = Math.sqrt(sun[0] * sun[0] + sun[1] * sun[1] + sun[2] * sun[2]);
        for (int k = 0; k < elements.size(); k++) {
            double beta = Math.toDegrees(betaRad(elements.inclination(k), elements.raan(k) + propagator.raanRate(k) * t,
                    sun[0] / s, sun[1] / s, sun[2] / s));
            min = Math.min(min, beta);
            max = Math.max(max, beta);
        }
    }

    /** β = asin(ŝ · n̂), rad, for an orbit of inclination i and node Ω and the unit Sun direction ŝ. */
    static double betaRad(double inclination, double node, double sx, double sy, double sz) {
        double nx = Math.sin(inclination) * Math.sin(node);
        double ny = -Math.sin(inclination) * Math.cos(node);
        double nz = Math.cos(inclination);
        return Math.asin(Math.max(-1, Math.min(1, sx * nx + sy * ny + sz * nz)));
    }

    double minDeg() {
        return min;
    }

    double maxDeg() {
        return max;
    }
}
