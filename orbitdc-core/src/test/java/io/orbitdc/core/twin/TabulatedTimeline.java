package io.orbitdc.core.twin;

/** A one-satellite timeline from arrays, for property tests over arbitrary geometry. */
record TabulatedTimeline(double stepS, double[] sunlit, double[] cosIncidence, boolean[] saa)
        implements GeometryTimeline {

    /**
     * A random geometry for property tests: each step sunlit, in umbra or (one in three) in
     * penumbra, a random array incidence, one step in ten inside the SAA; drawn from {@code seed}.
     */
    static TabulatedTimeline random(long seed, int steps, double dtS) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[] sunlit = new double[steps];
        double[] cos = new double[steps];
        boolean[] saa = new boolean[steps];
        for (int n = 0; n < steps; n++) {
            sunlit[n] = rng.nextInt(3) == 0 ? rng.nextDouble() : rng.nextInt(2);
            cos[n] = rng.nextDouble();
            saa[n] = rng.nextInt(10) == 0;
        }
        return new TabulatedTimeline(dtS, sunlit, cos, saa);
    }
    @Override
    public int satelliteCount() {
        return 1;
    }

    @Override
    public int stepCount() {
        return sunlit.length;
    }

    @Override
    public double sunlitFraction(int satellite, int step) {
        return sunlit[step];
    }

    @Override
    public double arrayCosIncidence(int satellite, int step) {
        return cosIncidence[step];
    }

    @Override
    public boolean inSaa(int satellite, int step) {
        return saa[step];
    }

    @Override
    public double betaRad(int satellite, int step) {
        return 0.0;
    }
}
