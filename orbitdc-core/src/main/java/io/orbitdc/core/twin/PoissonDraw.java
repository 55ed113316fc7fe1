package io.orbitdc.core.twin;

import java.util.SplittableRandom;

/**
 * Poisson-distributed counts from a {@link SplittableRandom}: inversion of the cumulative
 * distribution for means up to 30, and for larger means the sum of draws of mean ≤ 30 (exact
 * by the additivity of Poisson variables). Step means in the twin are usually ≪ 1.
 *
 * <p>An instance serves one call site that draws every step with a mean that rarely changes (a
 * failure rate, a dose rate in or out of the SAA): it keeps e^(-mean) of the last mean, which
 * would otherwise be most of a draw's cost. The draws are the same numbers either way. Mutable,
 * confined to the thread of its twin.
 */
final class PoissonDraw {
    private static final double CHUNK_MEAN = 30.0;
    private double lastMean = Double.NaN;
    private double lastExp;

    /** One draw with a fresh cache (for callers that draw once). */
    static long sample(SplittableRandom rng, double mean) {
        return new PoissonDraw().draw(rng, mean);
    }

    /** One draw of mean {@code mean} (finite, ≥ 0) from {@code rng}. */
    long draw(SplittableRandom rng, double mean) {
        // one range comparison refuses NaN, negatives and +∞ alike (the draw runs several times a step)
        if (!(mean >= 0.0 && mean <= Double.MAX_VALUE)) {
            throw new TwinInputException("Poisson mean must be a finite number >= 0, found " + mean);
        }
        long total = 0;
        double left = mean;
        while (left > CHUNK_MEAN) {
            total += invert(rng, CHUNK_MEAN, Math.exp(-CHUNK_MEAN));
            left -= CHUNK_MEAN;
        }
        if (left == 0.0) {
            return total;
        }
        if (left != lastMean) {
            lastMean = left;
            lastExp = Math.exp(-left);
        }
        return total + invert(rng, left, lastExp);
    }

    /** Inversion for 0 < mean ≤ 30, given p0 = e^(-mean). */
    private static long invert(SplittableRandom rng, double mean, double p0) {
        double u = rng.nextDouble();
        double p = p0;
        double cdf = p;
        long k = 0;
        // the tail beyond k = 200 for a mean ≤ 30 is below double resolution
        while (u > cdf && k < 200) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}
