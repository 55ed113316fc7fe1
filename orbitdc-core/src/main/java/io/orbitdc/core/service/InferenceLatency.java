package io.orbitdc.core.service;

import java.util.Objects;

/**
 * End-to-end latency of inference requests from ground users served by one satellite's
 * accelerators: an M/M/c queue ({@link ErlangC}) plus round-trip light time plus the wait for a
 * ground contact ({@link PathDelay}).
 *
 * <p>Latency T = W + S + L + R with W the queueing delay, S the exponential service time, L the
 * light time and R the contact wait (0 with probability {@code coverage}, else uniform on
 * [0, gap]). Its tail is computed in closed form: the sojourn tail of M/M/c is a sum of two
 * exponentials, whose integral over the uniform R is elementary; quantiles are found by bisection
 * to 1e-9 relative. {@link #at} is the stationary answer for one request rate (the twin's per-step
 * call); {@link #overDay} mixes 96 quarter-hour steps of a {@link DiurnalLoad}, each weighted by
 * its share of the day's requests, assuming the queue settles within a quarter hour (true when
 * service times are seconds or less). Equations: docs/models/inference-latency.md.
 *
 * <p>Valid for Poisson arrivals and exponential service times; real inference service times are
 * less variable than exponential, so the queueing part is conservative (ref: kleinrock-1975 §5,
 * the Pollaczek–Khinchine dependence on service variance).
 */
public final class InferenceLatency {

    /** Quarter-hour steps over a day for {@link #overDay}. */
    static final int DAY_STEPS = 96;
    private static final int MAX_BISECTIONS = 200;

    private final int servers;
    private final double serviceRate;
    private final PathDelay path;

    /**
     * @param servers      accelerator servers (each serves one request at a time) on the satellite
     * @param serviceTimeS mean service time of one request (s)
     * @param path         light time and contact waits
     */
    public InferenceLatency(int servers, double serviceTimeS, PathDelay path) {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be at least 1, found " + servers);
        }
        if (!(serviceTimeS > 0) || !Double.isFinite(serviceTimeS)) {
            throw new IllegalArgumentException("service time must be a positive number of seconds, found " + serviceTimeS);
        }
        this.servers = servers;
        this.serviceRate = 1 / serviceTimeS;
        this.path = Objects.requireNonNull(path, "path");
    }

    /** Stationary latency quantiles at one request rate (1/s) to this satellite. */
    public LatencyQuantiles at(double requestRate) {
        return mix(new double[] {requestRate}, new double[] {1});
    }

    /** Latency quantiles over a day of diurnally varying requests to this satellite. */
    public LatencyQuantiles overDay(DiurnalLoad load) {
        double[] rates = new double[DAY_STEPS];
        double[] weights = new double[DAY_STEPS];
        double total = 0;
        for (int i = 0; i < DAY_STEPS; i++) {
            rates[i] = load.rateAt((i + 0.5) * 86_400.0 / DAY_STEPS);
            total += rates[i];
        }
        for (int i = 0; i < DAY_STEPS; i++) {
            weights[i] = total > 0 ? rates[i] / total : 1.0 / DAY_STEPS;
        }
        return mix(rates, weights);
    }

    /** P(T &gt; t) at one request rate. */
    public double exceedance(double requestRate, double tS) {
        return exceedance(new ErlangC[] {queue(requestRate)}, new double[] {1}, tS);
    }

    private ErlangC queue(double rate) {
        return new ErlangC(servers, rate, serviceRate);
    }

    private LatencyQuantiles mix(double[] rates, double[] weights) {
        ErlangC[] queues = new ErlangC[rates.length];
        boolean stable = true;
        double util = 0;
        double pw = 0;
        double mean = 0;
        double contactMean = path.waitsForContact() ? (1 - path.coverage()) * path.gapS() / 2 : 0;
        for (int i = 0; i < rates.length; i++) {
            queues[i] = queue(rates[i]);
            stable &= queues[i].stable();
            util += weights[i] * queues[i].utilisation();
            pw += weights[i] * queues[i].waitProbability();
            mean += weights[i] * (queues[i].meanWaitS() + 1 / serviceRate);
        }
        double light = path.lightTimeS();
        if (!stable) {
            return new LatencyQuantiles(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                    util, pw, light, false);
        }
        return new LatencyQuantiles(quantile(queues, weights, 0.5), quantile(queues, weights, 0.99),
                mean + light + contactMean, util, pw, light, true);
    }

    private double quantile(ErlangC[] queues, double[] weights, double p) {
        double target = 1 - p;
        double lo = 0;
        double hi = path.lightTimeS() + path.gapS() + 1 / serviceRate;
        while (exceedance(queues, weights, hi) > target) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < MAX_BISECTIONS && hi - lo > 1e-9 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (exceedance(queues, weights, mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private double exceedance(ErlangC[] queues, double[] weights, double tS) {
        double y = tS - path.lightTimeS();
        double sum = 0;
        for (int i = 0; i < queues.length; i++) {
            SojournTail tail = SojournTail.of(queues[i]);
            double inView = tail.at(y);
            double value = inView;
            if (path.waitsForContact()) {
                double g = path.gapS();
                double waiting = tail.integral(y - g, y) / g;
                value = path.coverage() * inView + (1 - path.coverage()) * waiting;
            }
            sum += weights[i] * value;
        }
        return sum;
    }

    /** The M/M/c sojourn tail as a·e^{−μx} + b·e^{−θx} for x &gt; 0 (1 for x ≤ 0). */
    private record SojournTail(double a, double mu, double b, double theta) {

        static SojournTail of(ErlangC q) {
            double mu = q.serviceRate();
            double theta = q.waitDecayRate();
            if (Math.abs(theta - mu) <= 1e-7 * mu) {
                // the repeated-root form e^{-μx}(1 + μx) is the limit; a 1e-6 nudge changes tails by < 1e-6
                theta = mu * (1 + 1e-6);
            }
            double pw = q.waitProbability();
            return new SojournTail((1 - pw) + pw * theta / (theta - mu), mu, -pw * mu / (theta - mu), theta);
        }

        double at(double x) {
            return x <= 0 ? 1 : a * Math.exp(-mu * x) + b * Math.exp(-theta * x);
        }

        /** ∫ tail(u) du over [u0, u1]. */
        double integral(double u0, double u1) {
            double flat = Math.max(0, Math.min(u1, 0) - u0);
            double s = Math.max(0, u0);
            double e = Math.max(0, u1);
            if (e <= s) {
                return flat;
            }
            return flat + a / mu * (Math.exp(-mu * s) - Math.exp(-mu * e)) + b / theta * (Math.exp(-theta * s) - Math.exp(-theta * e));
        }
    }
}
