package io.orbitdc.core.launch;

/**
 * What it costs to do without one provider: the request planned with the provider available
 * and with it excluded. {@code extraCostUsd} and {@code extraDays} are null when the plan
 * without the provider is infeasible; {@code note} then carries the reason.
 *
 * @param extraCostUsd launch cost without the provider minus launch cost with it
 * @param extraDays    days to full capacity without the provider minus days with it
 */
public record IndependenceCost(String provider, Double extraCostUsd, Long extraDays, boolean feasible,
                               double costWithUsd, long daysWith, String note) {
}
