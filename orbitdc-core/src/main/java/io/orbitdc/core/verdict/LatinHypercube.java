package io.orbitdc.core.verdict;

import java.util.SplittableRandom;

/**
 * A Latin-hypercube design in the unit cube (McKay, Beckman &amp; Conover 1979, ref: mckay-1979):
 * each of the {@code dimensions} is cut into {@code draws} equal strata, each stratum holds exactly
 * one draw, placed uniformly inside it, and the strata are paired across dimensions by independent
 * random permutations. Deterministic in the seed: dimension {@code j}'s permutation and jitter come
 * from one {@link SplittableRandom} split per dimension, in order.
 */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    /**
     * {@code u[draw][dimension]} in [0, 1); {@code stratum[draw][dimension]} = floor(u · draws).
     */
    public static double[][] sample(int draws, int dimensions, long seed) {
        if (draws < 2 || dimensions < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 2 draws and 1 dimension");
        }
        double[][] u = new double[draws][dimensions];
        SplittableRandom root = new SplittableRandom(seed);
        for (int j = 0; j < dimensions; j++) {
            SplittableRandom rng = root.split();
            int[] perm = new int[draws];
            for (int i = 0; i < draws; i++) {
                perm[i] = i;
            }
            for (int i = draws - 1; i > 0; i--) { // Fisher-Yates
                int k = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            for (int i = 0; i < draws; i++) {
                u[i][j] = (perm[i] + rng.nextDouble()) / draws;
            }
        }
        return u;
    }
}
