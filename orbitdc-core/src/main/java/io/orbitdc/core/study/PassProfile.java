package io.orbitdc.core.study;

import io.orbitdc.core.links.PassGeometry;

/**
 * The typical elevation of a satellite seen from a station while in contact: the time-mean
 * elevation over passes whose closest approaches are spread uniformly across the footprint
 * (the same family of passes as {@code PassVolume.meanBits}), and the slant range at that
 * elevation. Light time is a few milliseconds either way; this sets its representative value.
 */
final class PassProfile {

    /** Cross-track offsets averaged. */
    static final int OFFSETS = 64;
    /** Time samples per pass (midpoint rule). */
    static final int SAMPLES = 64;

    private PassProfile() {
    }

    /** Time-mean elevation over the pass family (rad). */
    static double meanElevationRad(PassGeometry g) {
        double lm = g.maskCentralAngle();
        double weighted = 0;
        double time = 0;
        for (int i = 0; i < OFFSETS; i++) {
            double lambdaMin = (i + 0.5) * lm / OFFSETS;
            double duration = g.passDurationS(lambdaMin);
            for (int j = 0; j < SAMPLES; j++) {
                double t = -duration / 2 + (j + 0.5) * duration / SAMPLES;
                weighted += g.elevationAtCentralAngle(g.centralAngleAt(lambdaMin, t)) * duration / SAMPLES;
            }
            time += duration;
        }
        return time > 0 ? weighted / time : g.maskRad();
    }

    /** Slant range at the time-mean elevation (m). */
    static double meanElevationSlantRangeM(PassGeometry g) {
        return g.slantRangeM(meanElevationRad(g));
    }
}
