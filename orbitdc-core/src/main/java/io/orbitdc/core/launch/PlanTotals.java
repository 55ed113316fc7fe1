package io.orbitdc.core.launch;

/** Totals of a launch plan: launches, launch cost, and days from the start to the last launch. */
public record PlanTotals(int launches, int satellites, double costUsd, long daysToFullCapacity) {
}
