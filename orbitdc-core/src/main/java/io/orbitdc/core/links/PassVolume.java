package io.orbitdc.core.links;

import java.util.Objects;

/**
 * The data volume one ground-station pass can carry: the downlink rate integrated over the pass's
 * elevation profile (Simpson's rule over {@link #INTERVALS} intervals; the rate is smooth in time).
 *
 * <p>Three uses (docs/models/downlink-budget.md): a pass given by its closest central angle; a
 * contact of known duration (from the geometry scan), whose closest approach follows from the
 * duration; and the mean over passes whose cross-track offsets are uniformly distributed, the
 * documented mean when no contact list is at hand. Same validity as {@link PassGeometry}.
 */
public final class PassVolume {

    /** Simpson intervals per pass; even. 200 keeps the quadrature error far below 0.1 %. */
    static final int INTERVALS = 200;
    /** Cross-track offsets averaged by {@link #meanBits()}. */
    static final int OFFSETS = 64;

    private final PassGeometry geometry;
    private final DownlinkBudget budget;

    public PassVolume(PassGeometry geometry, DownlinkBudget budget) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** Bits downlinked over a pass whose closest central angle is λ_min (0 if it never rises above the mask). */
    public double bitsForPass(double minCentralAngleRad) {
        double duration = geometry.passDurationS(minCentralAngleRad);
        if (duration <= 0) {
            return 0;
        }
        double h = duration / INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double t = -duration / 2 + i * h;
            double rate = budget.rateBps(geometry.slantRangeAtCentralAngleM(geometry.centralAngleAt(minCentralAngleRad, t)));
            double w = (i == 0 || i == INTERVALS) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * rate;
        }
        return sum * h / 3;
    }

    /** Bits downlinked over a contact lasting {@code durationS} above the mask. */
    public double bitsForContact(double durationS) {
        if (durationS <= 0) {
            return 0;
        }
        double overhead = geometry.passDurationS(0);
        if (durationS > overhead) {
            // The scan's contact is longer than the spherical non-rotating overhead pass (Earth
            // rotation): keep the overhead profile and stretch it to the measured duration.
            return bitsForPass(0) * durationS / overhead;
        }
        return bitsForPass(geometry.minCentralAngleForDuration(durationS));
    }

    /** Mean bits per pass over cross-track offsets uniform in [0, mask central angle) (midpoint rule). */
    public double meanBits() {
        double lm = geometry.maskCentralAngle();
        double sum = 0;
        for (int i = 0; i < OFFSETS; i++) {
            sum += bitsForPass((i + 0.5) * lm / OFFSETS);
        }
        return sum / OFFSETS;
    }

    /** Mean pass duration over the same offsets (s). */
    public double meanDurationS() {
        double lm = geometry.maskCentralAngle();
        double sum = 0;
        for (int i = 0; i < OFFSETS; i++) {
            sum += geometry.passDurationS((i + 0.5) * lm / OFFSETS);
        }
        return sum / OFFSETS;
    }
}
