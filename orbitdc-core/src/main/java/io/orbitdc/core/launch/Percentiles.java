package io.orbitdc.core.launch;

import java.util.Arrays;

/** P10, P50 and P90 of a sample, by linear interpolation between order statistics (Hyndman-Fan type 7). */
public record Percentiles(double p10, double p50, double p90) {

    /** Percentiles of {@code sample}; fails on an empty sample. */
    public static Percentiles of(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("cannot take percentiles of an empty sample");
        }
        double[] s = sample.clone();
        Arrays.sort(s);
        return new Percentiles(at(s, 0.10), at(s, 0.50), at(s, 0.90));
    }

    /** The {@code q} quantile (0 ≤ q ≤ 1) of a non-empty ascending {@code sorted} sample, type 7. */
    public static double at(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
