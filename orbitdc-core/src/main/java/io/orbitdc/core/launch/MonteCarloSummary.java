package io.orbitdc.core.launch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Distribution of a stochastic deployment over {@code runs} simulations from {@code seed}.
 *
 * @param daysToFullCapacity  days from the plan start until the last satellite is delivered
 * @param costUsd             deployment cost: every launch flown (including re-flights) plus rebuilt satellites
 * @param missionCostUsd      deployment cost plus replacement launches and satellites over the mission
 * @param meanLaunchFailures  average launch failures per run
 * @param daysToFullCapacityQuantiles the empirical distribution of {@code daysToFullCapacity}: its
 *                            quantiles at 0 %, 5 %, …, 100 % ({@value #CURVE_POINTS} values, the
 *                            same interpolation as {@link Percentiles}), what the time-to-capacity
 *                            CDF of the HTML report plots
 */
public record MonteCarloSummary(int runs, long seed, Percentiles daysToFullCapacity, Percentiles costUsd,
                                Percentiles missionCostUsd, double meanLaunchFailures,
                                List<Double> daysToFullCapacityQuantiles) {

    /** Points of {@link #daysToFullCapacityQuantiles}: every 5 % from 0 to 100 %. */
    public static final int CURVE_POINTS = 21;

    public MonteCarloSummary {
        daysToFullCapacityQuantiles = List.copyOf(daysToFullCapacityQuantiles);
    }

    /** The quantiles at 0, 5, …, 100 % of {@code sample} (non-empty). */
    static List<Double> quantileCurve(double[] sample) {
        double[] s = sample.clone();
        Arrays.sort(s);
        List<Double> out = new ArrayList<>(CURVE_POINTS);
        for (int i = 0; i < CURVE_POINTS; i++) {
            out.add(Percentiles.at(s, i / (double) (CURVE_POINTS - 1)));
        }
        return out;
    }
}
