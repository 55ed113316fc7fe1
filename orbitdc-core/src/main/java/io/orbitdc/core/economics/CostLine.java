package io.orbitdc.core.economics;

/**
 * One line item of a cost breakdown, in nominal USD over the comparison horizon, with the
 * life over which it is recovered (for levelizing) and a short statement of its basis.
 *
 * @param usd        nominal cost charged to the horizon (a capital item with a life longer than
 *                   the horizon is charged pro rata)
 * @param annualUsd  the levelized yearly cost of this line at the discount rate
 * @param basis      how the number was formed, e.g. "5,184 x $27,500"
 */
public record CostLine(String name, double usd, double annualUsd, String basis) {
}
