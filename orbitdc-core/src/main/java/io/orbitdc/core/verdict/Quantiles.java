package io.orbitdc.core.verdict;

import java.util.Arrays;

/** Empirical quantiles by linear interpolation between order statistics (Hyndman &amp; Fan type 7). */
final class Quantiles {

    private Quantiles() {
    }

    static double of(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
