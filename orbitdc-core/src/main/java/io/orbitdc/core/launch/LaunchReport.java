package io.orbitdc.core.launch;

import java.util.List;

/**
 * The launch study as reported ({@code orbitdc launch FILE --json}). Field names are the JSON
 * keys: {@code launches[].vehicle|provider|date|satellites|costUsd}, {@code totals.launches|costUsd|daysToFullCapacity},
 * {@code monteCarlo.daysToFullCapacity.p10|p50|p90}, {@code monteCarlo.costUsd.p10|p50|p90},
 * {@code independence.provider|extraCostUsd|extraDays}. {@code monteCarlo} is null when no runs were asked for.
 */
public record LaunchReport(String start, String objective, List<Launch> launches, Totals totals,
                           List<ProviderShare> providers, MonteCarloSummary monteCarlo, IndependenceCost independence,
                           ReplacementForecast replacement, boolean optimal, long optimalityGapDays, String algorithm,
                           List<String> notes) {

    public LaunchReport {
        launches = List.copyOf(launches);
        providers = List.copyOf(providers);
        notes = List.copyOf(notes);
    }

    /** One manifest line; {@code vehicle} is the catalog id, {@code date} ISO yyyy-mm-dd. */
    public record Launch(int number, String vehicle, String vehicleName, String provider, String date, String group,
                         String orbit, int satellites, double massKg, double volumeM3, double capacityKg, double costUsd) {
    }

    /** Plan totals; {@code fullCapacityDate} is the date of the last launch. */
    public record Totals(int launches, int satellites, double costUsd, long daysToFullCapacity, String fullCapacityDate) {
    }

    /** The report of a plan with optional Monte Carlo and independence results. */
    public static LaunchReport of(LaunchPlan plan, MonteCarloSummary monteCarlo, IndependenceCost independence) {
        List<Launch> launches = plan.launches().stream().map(e -> new Launch(e.number(), e.vehicleId(), e.vehicleName(),
                e.provider(), e.date().toString(), e.group(), e.orbit(), e.satellites(), e.massKg(), e.volumeM3(),
                e.capacityKg(), e.costUsd())).toList();
        PlanTotals t = plan.totals();
        Totals totals = new Totals(t.launches(), t.satellites(), t.costUsd(), t.daysToFullCapacity(),
                plan.start().plusDays(t.daysToFullCapacity()).toString());
        return new LaunchReport(plan.start().toString(), plan.objective().name(), launches, totals, plan.providers(),
                monteCarlo, independence, plan.replacement(), plan.optimal(), plan.optimalityGapDays(), plan.algorithm(),
                plan.notes());
    }
}
