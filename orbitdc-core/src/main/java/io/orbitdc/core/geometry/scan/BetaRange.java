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
            double i = elements.inclination(k);
            double node = elements.raan(k) + propagator.raanRate(k) * t;
            double nx = Math.sin(i) * Math.sin(node);
            double ny = -Math.sin(i) * Math.cos(node);
            double nz = Math.cos(i);
            double beta = Math.toDegrees(Math.asin((sun[0] * nx + sun[1] * ny + sun[2] * nz) / s));
            min = Math.min(min, beta);
            max = Math.max(max, beta);
        }
    }

    double minDeg() {
        return min;
    }

    double maxDeg() {
        return max;
    }
}
