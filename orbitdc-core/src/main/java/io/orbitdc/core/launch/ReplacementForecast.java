package io.orbitdc.core.launch;

/**
 * Expected replacement launches over the mission: each full mission year every group loses
 * {@code satellites x annual failure rate} satellites on average, and a batch of
 * {@code ceil(expected)} replacements flies per group at the cheapest cover.
 *
 * @param batches          annual batches (full mission years)
 * @param satellites       replacement satellites over the mission
 * @param launches         replacement launches over the mission
 * @param costUsd          launches plus built satellites over the mission
 */
public record ReplacementForecast(int batches, int satellites, int launches, double costUsd) {

    public static final ReplacementForecast NONE = new ReplacementForecast(0, 0, 0, 0);
}
