package io.orbitdc.core.launch;

/**
 * Distribution of a stochastic deployment over {@code runs} simulations from {@code seed}.
 *
 * @param daysToFullCapacity  days from the plan start until the last satellite is delivered
 * @param costUsd             deployment cost: every launch flown (including re-flights) plus rebuilt satellites
 * @param missionCostUsd      deployment cost plus replacement launches and satellites over the mission
 * @param meanLaunchFailures  average launch failures per run
 */
public record MonteCarloSummary(int runs, long seed, Percentiles daysToFullCapacity, Percentiles costUsd,
                                Percentiles missionCostUsd, double meanLaunchFailures) {
}
