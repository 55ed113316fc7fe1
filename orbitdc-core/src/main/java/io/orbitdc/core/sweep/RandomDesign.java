package io.orbitdc.core.sweep;

import java.util.List;

/**
 * The random part of a sweep: {@code draws} samples of the uncertain inputs by Monte Carlo or
 * Latin hypercube from {@code seed}. Every grid point sees the same draws (common random numbers,
 * so that differences between grid points are not sampling noise).
 */
public record RandomDesign(int draws, Method method, long seed, List<UncertainInput> inputs) {

    /** How the draws fill the unit hypercube. */
    public enum Method {
        MONTE_CARLO("monte-carlo"), LATIN_HYPERCUBE("latin-hypercube");

        private final String key;

        Method(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public RandomDesign {
        inputs = List.copyOf(inputs);
    }
}
