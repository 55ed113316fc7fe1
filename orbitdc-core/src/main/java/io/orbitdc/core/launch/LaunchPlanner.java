package io.orbitdc.core.launch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans how a fleet gets to its orbits: filters the vehicle catalog by the request, groups
 * satellites into what one launch may serve (a plane, or a shell when drift is allowed; a
 * cluster that must fly together), computes each vehicle's capacity per group and chooses the
 * launches with {@link AssignmentSearch} (exact for COST; exact for TIME within a search
 * budget). Launches fly in each vehicle's cadence slots from its availability date.
 */
public final class LaunchPlanner {

    /** Search nodes per candidate day before the TIME objective falls back to the greedy. */
    static final long NODE_BUDGET = 300_000;

    private final VehicleCatalog catalog;

    public LaunchPlanner(VehicleCatalog catalog) {
        this.catalog = catalog;
    }

    /** A planner over the shipped catalog. */
    public static LaunchPlanner withShippedCatalog() {
        return new LaunchPlanner(VehicleCatalog.shipped());
    }

    /** Plans the request; throws {@link InfeasibleLaunchException} when no plan exists. */
    public LaunchPlan plan(LaunchRequest r) {
        VehicleCatalog all = catalog.with(r.vehicleOverrides());
        List<LaunchVehicle> vehicles = eligibleVehicles(r);
        List<DeploymentGroup> groups = groups(r);
        List<String> notes = new ArrayList<>();
        int[][] capacity = new int[groups.size()][vehicles.size()];
        for (int g = 0; g < groups.size(); g++) {
            DeploymentGroup group = groups.get(g);
            int best = 0;
            for (int v = 0; v < vehicles.size(); v++) {
                capacity[g][v] = PayloadFit.satellitesPerLaunch(vehicles.get(v), group.orbit(), r.satellite());
                best = Math.max(best, capacity[g][v]);
            }
            if (best == 0) {
                List<LaunchVehicle> filteredOut = all.vehicles().stream().filter(v -> !vehicles.contains(v)).toList();
                throw InfeasibilityExplainer.noVehicleFits(group, r.satellite(), vehicles, filteredOut);
            }
            if (group.mustFlyTogether()) {
                if (best >= group.satellites()) {
                    for (int v = 0; v < vehicles.size(); v++) {
                        if (capacity[g][v] < group.satellites()) {
                            capacity[g][v] = 0;
                        }
                    }
                } else {
                    notes.add(String.format(Locale.ROOT, "%s: the %d-satellite cluster fits no single launch (largest: %d); "
                            + "it is split and must rendezvous in orbit", group.label(), group.satellites(), best));
                }
            }
        }
        int[] need = groups.stream().mapToInt(DeploymentGroup::satellites).toArray();
        double[] price = vehicles.stream().mapToDouble(LaunchVehicle::priceUsd).toArray();
        SlotCalendar[] calendars = vehicles.stream().map(v -> new SlotCalendar(v, r.start())).toArray(SlotCalendar[]::new);
        AssignmentSearch search = new AssignmentSearch(need, capacity, price, calendars, NODE_BUDGET);
        AssignmentSearch.Result result = r.objective() == LaunchObjective.COST ? search.minimiseCost() : search.minimiseTime();
        String algorithm = r.objective() == LaunchObjective.COST
                ? "exact per-group min-cost covering DP (cost is separable across groups)"
                : "binary search on completion day + memoised exhaustive assignment search"
                        + (result.optimal() ? "" : " (node budget exceeded: greedy fallback)");
        if (!result.optimal()) {
            notes.add(result.makespanDay() == result.lowerBoundDay()
                    ? String.format(Locale.ROOT, "TIME objective: search budget exceeded; %d days meets the proven lower bound, "
                            + "so the completion day is optimal, but its cost comes from a greedy and is not proven minimal",
                            result.makespanDay())
                    : String.format(Locale.ROOT, "TIME objective: search budget exceeded; the plan (%d days) is a feasible upper bound, "
                            + "the optimum is at least %d days", result.makespanDay(), result.lowerBoundDay()));
        }
        List<ManifestEntry> manifest = manifest(r, vehicles, groups, capacity, calendars, result.counts());
        PlanTotals totals = new PlanTotals(manifest.size(), r.totalSatellites(),
                manifest.stream().mapToDouble(ManifestEntry::costUsd).sum(),
                manifest.stream().mapToLong(ManifestEntry::day).max().orElse(0));
        ReplacementForecast replacement = replacements(r, vehicles, groups);
        notes.addAll(availabilityNotes(r, vehicles, manifest));
        return new LaunchPlan(r.start(), r.objective(), manifest, totals, shares(manifest, r.totalSatellites()),
                replacement, result.optimal(), result.makespanDay() - result.lowerBoundDay(), algorithm, notes);
    }

    /**
     * Catalog vehicles (with overrides) the request allows, never retired ones; price-scenario rows
     * only when listed by id. Fails if none remains.
     */
    public List<LaunchVehicle> eligibleVehicles(LaunchRequest r) {
        VehicleCatalog all = catalog.with(r.vehicleOverrides());
        for (String id : r.vehicles()) {
            if (all.find(id).isEmpty()) {
                throw new IllegalArgumentException("unknown launch vehicle id '" + id + "'; known ids: "
                        + all.vehicles().stream().map(LaunchVehicle::id).toList());
            }
        }
        // a listed price scenario replaces the row it is a scenario of
        java.util.Set<String> replaced = all.vehicles().stream().filter(LaunchVehicle::isScenario)
                .filter(v -> r.vehicles().contains(v.id())).map(LaunchVehicle::scenarioOf)
                .collect(java.util.stream.Collectors.toSet());
        List<LaunchVehicle> out = all.vehicles().stream()
                .filter(v -> v.status() != VehicleStatus.RETIRED)
                .filter(v -> r.vehicles().isEmpty() ? !v.isScenario() : r.vehicles().contains(v.id()))
                .filter(v -> !replaced.contains(v.id()))
                .filter(v -> !r.excludeProviders().contains(key(v.provider())))
                .filter(v -> r.allowProviders().isEmpty() || r.allowProviders().contains(key(v.provider())))
                .toList();
        if (out.isEmpty()) {
            throw InfeasibilityExplainer.nothingLeft(r, all.vehicles());
        }
        return out;
    }

    /** What one launch may serve: planes, or shells when drift is allowed. */
    static List<DeploymentGroup> groups(LaunchRequest r) {
        if (!r.driftAllowed()) {
            return r.planes().stream().map(p -> new DeploymentGroup(p.label(), p.orbit(), p.satellites(),
                    r.clusterFliesTogether())).toList();
        }
        Map<String, DeploymentGroup> shells = new LinkedHashMap<>();
        for (OrbitalPlane p : r.planes()) {
            String key = p.shell() + "|" + p.orbit();
            shells.merge(key, new DeploymentGroup(p.shell(), p.orbit(), p.satellites(), r.clusterFliesTogether()),
                    (a, b) -> new DeploymentGroup(a.label(), a.orbit(), a.satellites() + b.satellites(), a.mustFlyTogether()));
        }
        return List.copyOf(shells.values());
    }

    private static List<ManifestEntry> manifest(LaunchRequest r, List<LaunchVehicle> vehicles, List<DeploymentGroup> groups,
                                                int[][] capacity, SlotCalendar[] calendars, int[][] counts) {
        record Flight(int v, long day, int capacity) {
        }
        int[] nextSlot = new int[vehicles.size()];
        List<ManifestEntry> entries = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            DeploymentGroup group = groups.get(g);
            List<Flight> flights = new ArrayList<>();
            for (int v = 0; v < vehicles.size(); v++) {
                for (int i = 0; i < counts[v][g]; i++) {
                    flights.add(new Flight(v, calendars[v].day(nextSlot[v]++), capacity[g][v]));
                }
            }
            flights.sort(Comparator.comparingInt(Flight::capacity).reversed().thenComparingLong(Flight::day));
            int remaining = group.satellites();
            for (Flight f : flights) {
                int n = Math.min(f.capacity(), remaining);
                if (n == 0) {
                    continue;
                }
                remaining -= n;
                LaunchVehicle v = vehicles.get(f.v());
                entries.add(new ManifestEntry(0, v.id(), v.name(), v.provider(), r.start().plusDays(f.day()), f.day(),
                        group.label(), group.orbit().label(), n, n * r.satellite().massKg(), n * r.satellite().stowedVolumeM3(),
                        PayloadModel.payloadKg(v, group.orbit()), v.fairingVolumeM3().orElse(0), v.priceUsd(),
                        v.status(), v.availableFrom()));
            }
            if (remaining > 0) {
                throw new IllegalStateException("assignment leaves " + remaining + " satellites of " + group.label() + " unlaunched");
            }
        }
        entries.sort(Comparator.comparingLong(ManifestEntry::day).thenComparing(ManifestEntry::vehicleId));
        List<ManifestEntry> numbered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            numbered.add(entries.get(i).numbered(i + 1));
        }
        return numbered;
    }

    /**
     * What the plan assumes about vehicles whose availability is a forecast: each one it flies that is in
     * development or grounded, and each grounded vehicle it could not use before its return to flight.
     */
    static List<String> availabilityNotes(LaunchRequest r, List<LaunchVehicle> vehicles, List<ManifestEntry> manifest) {
        java.util.Set<String> flown = manifest.stream().map(ManifestEntry::vehicleId).collect(java.util.stream.Collectors.toSet());
        List<String> out = new ArrayList<>();
        for (LaunchVehicle v : vehicles) {
            if (!v.status().availabilityUncertain()) {
                continue;
            }
            String since = v.statusSince().map(d -> " since " + d).orElse("");
            String what = v.status() == VehicleStatus.GROUNDED ? "grounded" + since + "; return to flight NET"
                    : "in development (not yet in customer service); service entry NET";
            if (flown.contains(v.id())) {
                out.add(String.format(Locale.ROOT, "%s is %s %s: the plan flies it from that date; the Monte Carlo draws "
                                + "the date + Exp(mean %.0f d): P50 %s, P90 %s", v.id(), what, v.availableFrom(),
                        v.entrySlipMeanDays(), v.availabilityQuantile(0.5), v.availabilityQuantile(0.9)));
            } else if (v.status() == VehicleStatus.GROUNDED && v.availableFrom().isAfter(r.start())) {
                out.add(String.format(Locale.ROOT, "%s is %s %s: not used by this plan", v.id(), what, v.availableFrom()));
            }
        }
        return out;
    }

    private static List<ProviderShare> shares(List<ManifestEntry> manifest, int satellites) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> cost = new LinkedHashMap<>();
        for (ManifestEntry e : manifest) {
            int[] c = counts.computeIfAbsent(e.provider(), p -> new int[2]);
            c[0]++;
            c[1] += e.satellites();
            cost.merge(e.provider(), e.costUsd(), Double::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new ProviderShare(e.getKey(), e.getValue()[0], e.getValue()[1], cost.get(e.getKey()),
                        (double) e.getValue()[1] / satellites))
                .sorted(Comparator.comparingInt(ProviderShare::satellites).reversed().thenComparing(ProviderShare::provider))
                .toList();
    }

    /** Expected annual replacement batches over the mission (see {@link ReplacementForecast}). */
    static ReplacementForecast replacements(LaunchRequest r, List<LaunchVehicle> vehicles, List<DeploymentGroup> groups) {
        int batches = (int) Math.floor(r.missionYears() + 1e-9);
        if (batches == 0 || r.annualSatelliteFailureRate() == 0) {
            return ReplacementForecast.NONE;
        }
        double[] price = vehicles.stream().mapToDouble(LaunchVehicle::priceUsd).toArray();
        int satellites = 0;
        int launches = 0;
        double cost = 0;
        for (DeploymentGroup g : groups) {
            int batch = (int) Math.ceil(g.satellites() * r.annualSatelliteFailureRate() - 1e-9);
            if (batch == 0) {
                continue;
            }
            int[] capacity = vehicles.stream().mapToInt(v -> PayloadFit.satellitesPerLaunch(v, g.orbit(), r.satellite())).toArray();
            CoverTable table = new CoverTable(batch, capacity, price);
            satellites += batches * batch;
            launches += batches * table.launches(batch);
            cost += batches * (table.cost(batch) + batch * r.satellite().unitCostUsd());
        }
        return new ReplacementForecast(batches, satellites, launches, cost);
    }

    static String key(String provider) {
        return provider.trim().toLowerCase(Locale.ROOT);
    }
}
