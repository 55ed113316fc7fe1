package io.orbitdc.core.geometry.scan;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The time at least one satellite of a fleet is in view of one station: the union of every
 * satellite's contact intervals, kept as a bitmap of fixed time bins (a bin is busy when its
 * centre lies inside some contact). What one antenna could track, as opposed to the sum of the
 * satellites' contact times.
 *
 * <p>Bins are 1 s long, or longer on spans beyond a year so that the bitmap stays within
 * {@link #MAX_BINS} bits (4 MiB per station): memory depends on the span, not on the fleet,
 * and is filled only when a contact closes, outside the scan's per-step loop. Each busy interval's
 * edges are off by at most one bin. Bits are set with atomic ORs, so the result is the same in
 * whatever order the scan's threads report contacts.
 */
final class StationBusyTime {

    /** Bitmap size limit (bits). */
    static final long MAX_BINS = 1L << 25;

    private final double spanS;
    private final double binS;
    private final long bins;
    private final AtomicLongArray words;

    StationBusyTime(double spanS) {
        this.spanS = spanS;
        this.binS = binS(spanS);
        this.bins = Math.max(1, (long) Math.ceil(spanS / binS));
        this.words = new AtomicLongArray((int) ((bins + 63) / 64));
    }

    /** Marks [startS, endS] busy: every bin whose centre lies inside. */
    void mark(double startS, double endS) {
        long from = Math.max(0, (long) Math.ceil(startS / binS - 0.5));
        long to = Math.min(bins - 1, (long) Math.floor(endS / binS - 0.5));
        for (long w = from >>> 6; w <= to >>> 6 && from <= to; w++) {
            long lo = Math.max(from, w << 6) & 63;
            long hi = Math.min(to, (w << 6) + 63) & 63;
            long mask = (hi == 63 ? -1L : (1L << (hi + 1)) - 1) & (-1L << lo);
            words.getAndAccumulate((int) w, mask, (a, b) -> a | b);
        }
    }

    /** Busy time (s). */
    double busyS() {
        return busyS(spanS, words());
    }

    /** The bitmap's words (a copy): ORed with another fleet part's over the same span, the union of both. */
    long[] words() {
        long[] out = new long[words.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.get(i);
        }
        return out;
    }

    /** Busy time (s) of a bitmap over {@code spanS} (this class's words, or several parts' ORed together). */
    static double busyS(double spanS, long[] words) {
        long count = 0;
        for (long w : words) {
            count += Long.bitCount(w);
        }
        return count * binS(spanS);
    }

    private static double binS(double spanS) {
        return Math.max(1.0, spanS / MAX_BINS);
    }
}
