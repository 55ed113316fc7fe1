package io.orbitdc.core.geometry.scan;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.DoubleUnaryOperator;

/**
 * How long a fleet's contacts with one station lasted: a histogram of contact durations in
 * {@link #BIN_S} bins, so that a quantity that is not linear in duration (the data volume of a
 * pass) can be summed over every contact of every satellite without keeping the contacts.
 *
 * <p>Memory is fixed ({@link #BINS} counts per station), whatever the fleet or the span. A
 * duration is represented by its bin's centre: at most half a second off for one contact.
 * Contacts longer than {@code BINS × BIN_S} (3 h: MEO and above, never LEO, whose passes last
 * minutes) are counted in the last bin. Contacts cut by the start or end of the span are
 * counted with the duration inside it. Counts are integers, so the histogram is the same in
 * whatever order the threads of a scan add to it.
 */
public final class ContactDurations {

    /** Bin width (s). */
    public static final double BIN_S = 1.0;
    /** Number of bins: durations up to 3 h are resolved. */
    public static final int BINS = 10_800;

    private final long[] counts;

    private ContactDurations(long[] counts) {
        this.counts = counts;
    }

    /** No contact at all. */
    public static ContactDurations none() {
        return new ContactDurations(new long[BINS]);
    }

    /** The histogram of the given durations (s), e.g. for tests and for contacts found elsewhere. */
    public static ContactDurations of(double... durationsS) {
        long[] c = new long[BINS];
        for (double d : durationsS) {
            c[bin(d)]++;
        }
        return new ContactDurations(c);
    }

    static ContactDurations of(AtomicLongArray counts) {
        long[] c = new long[BINS];
        for (int i = 0; i < BINS; i++) {
            c[i] = counts.get(i);
        }
        return new ContactDurations(c);
    }

    static int bin(double durationS) {
        if (!(durationS >= 0)) {
            return 0;
        }
        return (int) Math.min(BINS - 1, Math.floor(durationS / BIN_S));
    }

    /** Contacts counted. */
    public long count() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** Σ over contacts of f(duration), each duration taken at its bin's centre; summed in bin order. */
    public double sum(DoubleUnaryOperator f) {
        double s = 0;
        for (int i = 0; i < BINS; i++) {
            if (counts[i] != 0) {
                s += counts[i] * f.applyAsDouble((i + 0.5) * BIN_S);
            }
        }
        return s;
    }

    /** Total contact time (s), at bin centres. */
    public double totalS() {
        return sum(d -> d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactDurations && Arrays.equals(counts, ((ContactDurations) o).counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ContactDurations[" + count() + " contacts, " + totalS() + " s]";
    }
}
