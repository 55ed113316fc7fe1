package io.orbitdc.core.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The launch study as reported ({@code orbitdc launch FILE --json}). Field names are the JSON
 * keys: {@code headline.basis|daysToFullCapacity|fullCapacityDate|costUsd|statement},
 * {@code launches[].vehicle|provider|date|satellites|costUsd|vehicleStatus|vehicleAvailableFrom},
 * {@code vehicles[].id|status|statusSince|availableFrom|entrySlipMeanDays|availableP50|availableP90},
 * {@code totals.launches|costUsd|daysToFullCapacity}, {@code monteCarlo.daysToFullCapacity.p10|p50|p90},
 * {@code monteCarlo.costUsd.p10|p50|p90}, {@code independence.provider|extraCostUsd|extraDays}.
 * {@code monteCarlo} is null when no runs were asked for.
 *
 * <p>Two answers to "when is the fleet up": the deterministic plan ({@code launches}, {@code totals}:
 * every vehicle from its availability date, every launch on its slot, none fails) and the Monte Carlo
 * (slipped availability, slipped launches, failures and re-flights). {@code headline} says which one is
 * the answer: the Monte Carlo P50 when it ran, otherwise the deterministic plan.
 */
public record LaunchReport(String start, String objective, Headline headline, List<Launch> launches, Totals totals,
                           List<VehicleAvailability> vehicles, List<ProviderShare> providers,
                           MonteCarloSummary monteCarlo, IndependenceCost independence,
                           ReplacementForecast replacement, boolean optimal, long optimalityGapDays, String algorithm,
                           List<String> notes) {

    /** {@link Headline#basis()} when the Monte Carlo ran. */
    public static final String BASIS_MONTE_CARLO = "monte-carlo-p50";
    /** {@link Headline#basis()} when it did not. */
    public static final String BASIS_PLAN = "deterministic-plan";

    public LaunchReport {
        launches = List.copyOf(launches);
        vehicles = List.copyOf(vehicles);
        providers = List.copyOf(providers);
        notes = List.copyOf(notes);
    }

    /**
     * The answer to quote: days (and date) to full capacity and deployment cost, with the basis they come
     * from ({@value #BASIS_MONTE_CARLO} or {@value #BASIS_PLAN}) and one sentence saying so.
     */
    public record Headline(String basis, double daysToFullCapacity, String fullCapacityDate, double costUsd,
                           String statement) {
    }

    /**
     * One manifest line; {@code vehicle} is the catalog id, {@code date} ISO yyyy-mm-dd; {@code vehicleStatus}
     * is operational, in-development or grounded, and {@code date} is never before {@code vehicleAvailableFrom}.
     */
    public record Launch(int number, String vehicle, String vehicleName, String provider, String date, String group,
                         String orbit, int satellites, double massKg, double volumeM3, double capacityKg, double costUsd,
                         String vehicleStatus, String vehicleAvailableFrom) {
    }

    /**
     * A vehicle the plan flies: its status, the date the status began (null if unknown), its availability
     * date and the P50/P90 of the date the Monte Carlo draws (equal to {@code availableFrom} when operational).
     */
    public record VehicleAvailability(String id, String status, String statusSince, String availableFrom,
                                      double entrySlipMeanDays, String availableP50, String availableP90) {
    }

    /** Plan totals; {@code fullCapacityDate} is the date of the last launch. */
    public record Totals(int launches, int satellites, double costUsd, long daysToFullCapacity, String fullCapacityDate) {
    }

    /** The report of a plan with optional Monte Carlo and independence results, over the plan's vehicles. */
    public static LaunchReport of(LaunchPlan plan, MonteCarloSummary monteCarlo, IndependenceCost independence,
                                  List<LaunchVehicle> vehicles) {
        List<Launch> launches = plan.launches().stream().map(e -> new Launch(e.number(), e.vehicleId(), e.vehicleName(),
                e.provider(), e.date().toString(), e.group(), e.orbit(), e.satellites(), e.massKg(), e.volumeM3(),
                e.capacityKg(), e.costUsd(), e.vehicleStatus().key(), e.vehicleAvailableFrom().toString())).toList();
        PlanTotals t = plan.totals();
        Totals totals = new Totals(t.launches(), t.satellites(), t.costUsd(), t.daysToFullCapacity(),
                plan.start().plusDays(t.daysToFullCapacity()).toString());
        Map<String, LaunchVehicle> byId = new LinkedHashMap<>();
        vehicles.forEach(v -> byId.put(v.id(), v));
        List<VehicleAvailability> flown = new ArrayList<>();
        plan.launches().stream().map(ManifestEntry::vehicleId).distinct().sorted().forEach(id -> {
            LaunchVehicle v = byId.get(id);
            if (v == null) {
                throw new IllegalArgumentException("plan flies vehicle '" + id + "' that is not among the vehicles given");
            }
            flown.add(new VehicleAvailability(v.id(), v.status().key(), v.statusSince().map(Object::toString).orElse(null),
                    v.availableFrom().toString(), v.entrySlipMeanDays(), v.availabilityQuantile(0.5).toString(),
                    v.availabilityQuantile(0.9).toString()));
        });
        return new LaunchReport(plan.start().toString(), plan.objective().name(), headline(plan, monteCarlo), launches,
                totals, flown, plan.providers(), monteCarlo, independence, plan.replacement(), plan.optimal(),
                plan.optimalityGapDays(), plan.algorithm(), plan.notes());
    }

    static Headline headline(LaunchPlan plan, MonteCarloSummary mc) {
        PlanTotals t = plan.totals();
        if (mc == null) {
            return new Headline(BASIS_PLAN, t.daysToFullCapacity(), plan.start().plusDays(t.daysToFullCapacity()).toString(),
                    t.costUsd(), String.format(Locale.ROOT, "deterministic plan (no Monte Carlo run): every vehicle from its "
                            + "availability date, no slips, no failures: full capacity after %d days", t.daysToFullCapacity()));
        }
        double days = mc.daysToFullCapacity().p50();
        String date = plan.start().plusDays(Math.round(days)).toString();
        return new Headline(BASIS_MONTE_CARLO, days, date, mc.costUsd().p50(), String.format(Locale.ROOT,
                "Monte Carlo P50 over %d runs (availability slips, launch slips, failures): full capacity after %.0f days "
                        + "(%s); the deterministic plan, with no slips or failures, says %d days", mc.runs(), days, date,
                t.daysToFullCapacity()));
    }
}
