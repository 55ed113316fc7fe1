package io.orbitdc.core.launch;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The whole launch question for one request: the plan, its Monte Carlo deployment and the cost
 * of independence from one provider (planned both ways). Entry point for {@code orbitdc launch}.
 */
public final class LaunchStudy {

    private final LaunchPlanner planner;
    private final VehicleCatalog catalog;

    public LaunchStudy(VehicleCatalog catalog) {
        this.catalog = catalog;
        this.planner = new LaunchPlanner(catalog);
    }

    /** A study over the shipped catalog. */
    public static LaunchStudy withShippedCatalog() {
        return new LaunchStudy(VehicleCatalog.shipped());
    }

    public LaunchPlanner planner() {
        return planner;
    }

    /** Plans, simulates and costs independence; throws {@link InfeasibleLaunchException} if the request has no plan. */
    public LaunchReport run(LaunchRequest r) {
        LaunchPlan plan = planner.plan(r);
        List<LaunchVehicle> eligible = planner.eligibleVehicles(r);
        MonteCarloSummary mc = r.monteCarloRuns() > 0 ? new DeploymentSimulation(r, plan, eligible).run() : null;
        return LaunchReport.of(plan, mc, independence(r, plan), eligible);
    }

    /**
     * Cost of doing without a provider: the request's {@code independenceProvider}, else its first
     * excluded provider, else the provider carrying most satellites in {@code plan}.
     */
    public IndependenceCost independence(LaunchRequest r, LaunchPlan plan) {
        String provider = r.independenceProvider() != null ? r.independenceProvider()
                : !r.excludeProviders().isEmpty() ? r.excludeProviders().stream().sorted().findFirst().orElseThrow()
                : plan.providers().stream().max(Comparator.comparingInt(ProviderShare::satellites)).orElseThrow().provider();
        return independence(r, displayName(provider));
    }

    /** Plans {@code r} with {@code provider} available and excluded and reports the difference. */
    public IndependenceCost independence(LaunchRequest r, String provider) {
        LaunchPlan with = planner.plan(r.including(provider));
        try {
            LaunchPlan without = planner.plan(r.excluding(provider));
            return new IndependenceCost(provider, without.totals().costUsd() - with.totals().costUsd(),
                    without.totals().daysToFullCapacity() - with.totals().daysToFullCapacity(), true,
                    with.totals().costUsd(), with.totals().daysToFullCapacity(),
                    String.format(Locale.ROOT, "without %s: %d launches, %,.0f USD, %d days; with: %d launches, %,.0f USD, %d days",
                            provider, without.totals().launches(), without.totals().costUsd(), without.totals().daysToFullCapacity(),
                            with.totals().launches(), with.totals().costUsd(), with.totals().daysToFullCapacity()));
        } catch (InfeasibleLaunchException e) {
            return new IndependenceCost(provider, null, null, false, with.totals().costUsd(),
                    with.totals().daysToFullCapacity(), "infeasible without " + provider + ": " + e.getMessage());
        }
    }

    private String displayName(String provider) {
        return catalog.vehicles().stream().map(LaunchVehicle::provider)
                .filter(p -> p.equalsIgnoreCase(provider.trim())).findFirst().orElse(provider);
    }
}
