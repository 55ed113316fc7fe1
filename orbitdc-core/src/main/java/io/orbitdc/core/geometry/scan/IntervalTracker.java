package io.orbitdc.core.geometry.scan;

/**
 * Entry and exit bookkeeping of one kind of event (umbra, shadow, a station's visibility, the
 * SAA) for every satellite of a fleet, from a continuous event function sampled at fixed steps.
 * A satellite is inside while the function is positive; the crossing time between two samples
 * of opposite sign is found by linear interpolation, which for the smooth geometric functions
 * used here is accurate to about a second at 30-60 s steps (validated against Orekit's detectors).
 *
 * <p>Memory is a few numbers per satellite; nothing grows with the mission length. Each
 * satellite's slots are written by one thread only, so blocks of satellites can be processed in
 * parallel. Intervals still open at the end of the span are closed there and marked truncated;
 * means use complete intervals only.
 */
final class IntervalTracker {

    /** Told about every closed interval, e.g. to mark eclipse days or record intervals for validation. */
    interface Listener {
        void interval(int satellite, double startS, double endS, boolean truncated);
    }

    private static final Listener NONE = (k, s, e, t) -> { };

    private final double[] previous;
    private final double[] startS;
    private final boolean[] inside;
    private final boolean[] startTruncated;
    private final double[] lastEndS;
    private final double[] totalS;
    private final long[] count;
    private final double[] completeS;
    private final long[] completeCount;
    private final double[] longestS;
    private final double[] longestGapS;
    private final boolean[] closedOnce;
    private final double[] completeGapS;
    private final long[] completeGapCount;
    private final Listener listener;

    IntervalTracker(int satellites, Listener listener) {
        previous = new double[satellites];
        startS = new double[satellites];
        inside = new boolean[satellites];
        startTruncated = new boolean[satellites];
        lastEndS = new double[satellites];
        totalS = new double[satellites];
        count = new long[satellites];
        completeS = new double[satellites];
        completeCount = new long[satellites];
        longestS = new double[satellites];
        longestGapS = new double[satellites];
        closedOnce = new boolean[satellites];
        completeGapS = new double[satellites];
        completeGapCount = new long[satellites];
        this.listener = listener == null ? NONE : listener;
    }

    IntervalTracker(int satellites) {
        this(satellites, null);
    }

    /** The first sample, at the start of the span. */
    void first(int k, double g, double t) {
        previous[k] = g;
        inside[k] = g > 0;
        if (inside[k]) {
            startS[k] = t;
            startTruncated[k] = true;
        }
        lastEndS[k] = t;
    }

    /** A later sample, {@code dt} after the previous one. */
    void next(int k, double g, double t, double dt) {
        double before = previous[k];
        previous[k] = g;
        boolean nowInside = g > 0;
        if (nowInside == inside[k]) {
            return;
        }
        double crossing = t - dt + dt * before / (before - g);
        if (nowInside) {
            double gap = crossing - lastEndS[k];
            longestGapS[k] = Math.max(longestGapS[k], gap);
            if (closedOnce[k]) {
                // a gap between two intervals, not one cut by the start of the span
                completeGapS[k] += gap;
                completeGapCount[k]++;
            }
            startS[k] = crossing;
            startTruncated[k] = false;
        } else {
            close(k, crossing, startTruncated[k]);
        }
        inside[k] = nowInside;
    }

    /** Closes what is still open at the end of the span. */
    void finish(int k, double endS) {
        if (inside[k]) {
            close(k, endS, true);
            inside[k] = false;
        } else {
            longestGapS[k] = Math.max(longestGapS[k], endS - lastEndS[k]);
        }
    }

    private void close(int k, double endS, boolean truncated) {
        double d = endS - startS[k];
        totalS[k] += d;
        count[k]++;
        longestS[k] = Math.max(longestS[k], d);
        if (!truncated) {
            completeS[k] += d;
            completeCount[k]++;
        }
        lastEndS[k] = endS;
        closedOnce[k] = true;
        listener.interval(k, startS[k], endS, truncated);
    }

    /** Time satellite {@code k} spent inside, s. */
    double totalS(int k) {
        return totalS[k];
    }

    /** Intervals satellite {@code k} closed (truncated ones included). */
    long count(int k) {
        return count[k];
    }

    /** Every satellite's totals (the tracker's own arrays: read them once the scan is done). */
    EventTotals totals() {
        return new EventTotals(totalS, count, completeS, completeCount);
    }

    double totalS() {
        return totals().sumS();
    }

    long count() {
        return totals().countAll();
    }

    /** Mean duration of complete intervals, 0 when there is none. */
    double meanCompleteS() {
        return totals().meanCompleteS();
    }

    double longestS() {
        double m = 0;
        for (double v : longestS) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Mean length of the gaps between two intervals (neither cut by the span's ends), NaN when there is none. */
    double meanCompleteGapS() {
        double s = 0;
        long c = 0;
        for (int k = 0; k < completeGapS.length; k++) {
            s += completeGapS[k];
            c += completeGapCount[k];
        }
        return c == 0 ? Double.NaN : s / c;
    }

    double longestGapS() {
        double m = 0;
        for (double v : longestGapS) {
            m = Math.max(m, v);
        }
        return m;
    }
}
