package io.orbitdc.core.twin;

import java.util.SplittableRandom;

/**
 * Poisson-distributed counts from a {@link SplittableRandom}: inversion of the cumulative
 * distribution for means up to 30, and for larger means the sum of draws of mean ≤ 30 (exact
 * by the additivity of Poisson variables). Step means in the twin are usually ≪ 1.
 */
final class PoissonDraw {
    private static final double CHUNK_MEAN = 30.0;

    private PoissonDraw() {
    }

    static long sample(SplittableRandom rng, double mean) {
        if (!(mean >= 0.0) || Double.isInfinite(mean)) {
            throw new TwinInputException("Poisson mean must be a finite number >= 0, found " + mean);
        }
        long total = 0;
        double left = mean;
        while (left > CHUNK_MEAN) {
            total += invert(rng, CHUNK_MEAN);
            left -= CHUNK_MEAN;
        }
        return total + invert(rng, left);
    }

    private static long invert(SplittableRandom rng, double mean) {
        if (mean == 0.0) {
            return 0;
        }
        double u = rng.nextDouble();
        double p = Math.exp(-mean);
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
