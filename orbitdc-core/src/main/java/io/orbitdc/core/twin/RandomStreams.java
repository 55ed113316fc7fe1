package io.orbitdc.core.twin;

import java.util.SplittableRandom;

/**
 * Independent random streams per satellite, derived only from (seed, satellite index) so a run
 * gives the same numbers whatever the thread count or the order satellites are stepped in.
 * The index is mixed into the seed with the SplitMix64 finaliser (ref: steele-2014) and each
 * subsystem takes its own split of the satellite's root stream, in a fixed order.
 *
 * @param radiation single-event draws
 * @param failures  hardware-failure draws
 */
public record RandomStreams(SplittableRandom radiation, SplittableRandom failures) {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    public static RandomStreams of(long seed, int satellite) {
        if (satellite < 0) {
            throw new TwinInputException("satellite index must be >= 0, found " + satellite);
        }
        SplittableRandom root = new SplittableRandom(mix64(seed + GOLDEN_GAMMA * (satellite + 1L)));
        SplittableRandom radiation = root.split();
        SplittableRandom failures = root.split();
        return new RandomStreams(radiation, failures);
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
