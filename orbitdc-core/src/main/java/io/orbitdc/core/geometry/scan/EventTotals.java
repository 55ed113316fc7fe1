package io.orbitdc.core.geometry.scan;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One kind of event (umbra, shadow, a station's contacts, SAA passes) totalled per satellite by a
 * fleet scan: time inside, intervals closed, and the same for complete intervals (neither cut by
 * the span's ends). The fleet figures are sums over satellites in satellite order, so the totals of
 * consecutive satellite ranges {@link #concat joined} give the whole fleet's figures bit for bit.
 *
 * @param totalS        time inside per satellite, s
 * @param count         intervals per satellite (cut ones included)
 * @param completeS     time inside complete intervals per satellite, s
 * @param completeCount complete intervals per satellite
 */
public record EventTotals(double[] totalS, long[] count, double[] completeS, long[] completeCount)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Satellites covered. */
    public int satellites() {
        return totalS.length;
    }

    /** The fleet's time inside, s: the satellites' times summed in satellite order. */
    public double sumS() {
        double s = 0;
        for (double v : totalS) {
            s += v;
        }
        return s;
    }

    /** The fleet's intervals. */
    public long countAll() {
        long c = 0;
        for (long v : count) {
            c += v;
        }
        return c;
    }

    /** Mean duration of complete intervals, 0 when there is none. */
    public double meanCompleteS() {
        double s = 0;
        long c = 0;
        for (int k = 0; k < completeS.length; k++) {
            s += completeS[k];
            c += completeCount[k];
        }
        return c == 0 ? 0 : s / c;
    }

    /** Equal when every satellite's numbers are (arrays compared by content, not identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof EventTotals e && Arrays.equals(totalS, e.totalS) && Arrays.equals(count, e.count)
                && Arrays.equals(completeS, e.completeS) && Arrays.equals(completeCount, e.completeCount);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(totalS) * 31 + Arrays.hashCode(count);
    }

    @Override
    public String toString() {
        return "EventTotals[" + satellites() + " satellites, " + countAll() + " intervals, " + sumS() + " s]";
    }

    /** The totals of consecutive satellite ranges, given in satellite order, as one. */
    public static EventTotals concat(List<EventTotals> parts) {
        int n = 0;
        for (EventTotals p : parts) {
            n += p.satellites();
        }
        EventTotals all = new EventTotals(new double[n], new long[n], new double[n], new long[n]);
        int at = 0;
        for (EventTotals p : parts) {
            int k = p.satellites();
            System.arraycopy(p.totalS, 0, all.totalS, at, k);
            System.arraycopy(p.count, 0, all.count, at, k);
            System.arraycopy(p.completeS, 0, all.completeS, at, k);
            System.arraycopy(p.completeCount, 0, all.completeCount, at, k);
            at += k;
        }
        return all;
    }
}
