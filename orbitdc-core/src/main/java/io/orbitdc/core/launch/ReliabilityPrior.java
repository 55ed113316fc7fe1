package io.orbitdc.core.launch;

/**
 * A Beta(alpha, beta) prior on a vehicle's per-launch success probability. With s successes
 * and f failures the posterior is Beta(alpha + s, beta + f) and its mean is the reliability we
 * use. The default Beta(1, 1) is uniform (Laplace's rule of succession): a vehicle that has
 * never flown gets 0.5, which is deliberately pessimistic for maiden flights.
 */
public record ReliabilityPrior(double alpha, double beta) {

    /** Uniform prior, Beta(1, 1). */
    public static final ReliabilityPrior UNIFORM = new ReliabilityPrior(1, 1);

    public ReliabilityPrior {
        if (!(alpha > 0) || !(beta > 0) || !Double.isFinite(alpha) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("Beta prior needs alpha > 0 and beta > 0, found alpha="
                    + alpha + ", beta=" + beta);
        }
    }

    /** Posterior mean success probability after {@code successes} and {@code failures}. */
    public double posteriorMean(int successes, int failures) {
        if (successes < 0 || failures < 0) {
            throw new IllegalArgumentException("flight record must be non-negative, found successes="
                    + successes + ", failures=" + failures);
        }
        return (alpha + successes) / (alpha + beta + successes + failures);
    }
}
