package io.orbitdc.core.twin;

/** A one-satellite timeline from arrays, for property tests over arbitrary geometry. */
record TabulatedTimeline(double stepS, double[] sunlit, double[] cosIncidence, boolean[] saa)
        implements GeometryTimeline {
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
