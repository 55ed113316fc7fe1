package io.orbitdc.core.workload;

/**
 * Bandwidth term of a ring all-reduce of S bits over n nodes, each sending and receiving at b
 * bit/s: every node sends 2·(n − 1)/n·S (a reduce-scatter and an all-gather of n − 1 chunks of
 * S/n each), so t = 2·(n − 1)/n · S / b. ref: patarasuk-yuan-2009 (bandwidth-optimal all-reduce)
 *
 * <p>Validity: bandwidth-dominated transfers (latency α·2(n − 1) per hop ignored: with
 * S ~ 100 GB and b ~ 1 Tbit/s the transfer takes seconds while a hop costs microseconds over
 * kilometres of vacuum), a ring that every satellite can close with its neighbours, links
 * bidirectional at b each way.
 */
public final class RingAllReduce {
    private RingAllReduce() {
    }

    /** Seconds to all-reduce {@code bits} over {@code nodes} (≥ 1) at {@code bitsPerS} each way; 0 for one node. */
    public static double seconds(double bits, int nodes, double bitsPerS) {
        if (nodes < 1) {
            throw new IllegalArgumentException("an all-reduce needs at least one node, found " + nodes);
        }
        if (!(bitsPerS > 0.0)) {
            throw new IllegalArgumentException("link bandwidth must be > 0 bit/s, found " + bitsPerS);
        }
        return 2.0 * (nodes - 1) / nodes * bits / bitsPerS;
    }
}
