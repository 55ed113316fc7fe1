package io.orbitdc.core.service;

/**
 * The M/M/c queue (Poisson arrivals at rate λ, exponential service at rate μ per server, c servers,
 * first come first served): Erlang's C formula and the waiting-time distribution.
 *
 * <p>With offered load a = λ/μ and utilisation ρ = a/c &lt; 1 (ref: kleinrock-1975 §3.5,
 * gross-harris-2008 §2.3):
 * <pre>P(W &gt; 0) = C(c, a) = c·B(c, a) / (c − a (1 − B(c, a)))
 * P(W &gt; t) = C(c, a) · exp(−(c μ − λ) t)</pre>
 * with B the Erlang B blocking probability from the stable recursion
 * B(0) = 1, B(k) = a B(k−1) / (k + a B(k−1)) (ref: jagerman-1974). Valid for any c up to millions and
 * any ρ &lt; 1; at ρ ≥ 1 the queue grows without bound and {@link #stable} is false.
 */
public record ErlangC(int servers, double arrivalRate, double serviceRate) {

    public ErlangC {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be at least 1, found " + servers);
        }
        if (!(arrivalRate >= 0) || !Double.isFinite(arrivalRate)) {
            throw new IllegalArgumentException("arrival rate must be a non-negative number per second, found " + arrivalRate);
        }
        if (!(serviceRate > 0) || !Double.isFinite(serviceRate)) {
            throw new IllegalArgumentException("service rate must be a positive number per second, found " + serviceRate);
        }
    }

    /** Offered load a = λ/μ (Erlang). */
    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** Server utilisation ρ = λ/(c μ). */
    public double utilisation() {
        return offeredLoad() / servers;
    }

    public boolean stable() {
        return utilisation() < 1;
    }

    /** Erlang B: the blocking probability of the loss system with the same c and a. */
    public double erlangB() {
        double a = offeredLoad();
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Erlang C: probability that an arriving request waits; 1 when the queue is unstable. */
    public double waitProbability() {
        if (!stable()) {
            return 1;
        }
        double a = offeredLoad();
        double b = erlangB();
        return servers * b / (servers - a * (1 - b));
    }

    /** Decay rate of the waiting-time tail, c μ − λ (1/s); not positive when unstable. */
    public double waitDecayRate() {
        return servers * serviceRate - arrivalRate;
    }

    /** P(W &gt; t), the queueing-delay tail. */
    public double waitExceedance(double tS) {
        if (!stable()) {
            return 1;
        }
        if (tS < 0) {
            return 1;
        }
        return waitProbability() * Math.exp(-waitDecayRate() * tS);
    }

    /** Mean queueing delay C / (c μ − λ) (s); infinite when unstable. */
    public double meanWaitS() {
        return stable() ? waitProbability() / waitDecayRate() : Double.POSITIVE_INFINITY;
    }

    /**
     * P(W + S &gt; t): the tail of the sojourn time (queueing plus an exponential service). W is 0
     * with probability 1 − C and exponential at rate θ = cμ − λ otherwise; the sum of two
     * independent exponentials has the hypoexponential tail (θ e^{−μt} − μ e^{−θt}) / (θ − μ).
     */
    public double sojournExceedance(double tS) {
        if (!stable()) {
            return 1;
        }
        if (tS <= 0) {
            return 1;
        }
        double mu = serviceRate;
        double theta = waitDecayRate();
        double pw = waitProbability();
        double serviceTail = Math.exp(-mu * tS);
        double both;
        if (Math.abs(theta - mu) <= 1e-9 * mu) {
            both = Math.exp(-mu * tS) * (1 + mu * tS);
        } else {
            both = (theta * Math.exp(-mu * tS) - mu * Math.exp(-theta * tS)) / (theta - mu);
        }
        return (1 - pw) * serviceTail + pw * both;
    }
}
