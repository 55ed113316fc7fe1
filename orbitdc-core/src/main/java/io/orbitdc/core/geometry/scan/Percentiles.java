package io.orbitdc.core.geometry.scan;

import java.util.Arrays;

/**
 * A distribution over the satellites of a fleet in seven numbers, for fleets too large to list:
 * minimum, 5th, 25th, 50th, 75th and 95th percentiles and maximum (nearest-rank on the sorted
 * values, so every figure is one satellite's value).
 */
public record Percentiles(double min, double p5, double p25, double p50, double p75, double p95, double max) {

    /** The percentiles of {@code values} (copied, not modified); all NaN when empty. */
    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            return new Percentiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return new Percentiles(v[0], rank(v, 5), rank(v, 25), rank(v, 50), rank(v, 75), rank(v, 95), v[v.length - 1]);
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static double rank(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
