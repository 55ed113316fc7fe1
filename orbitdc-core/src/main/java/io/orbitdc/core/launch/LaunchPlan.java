package io.orbitdc.core.launch;

import java.time.LocalDate;
import java.util.List;

/**
 * A deterministic launch plan: the manifest in date order, totals, the share per provider,
 * the expected replacement launches over the mission, whether the assignment is proven optimal
 * for the objective, and notes (rendezvous needed, heuristics used).
 *
 * @param optimalityGapDays for a TIME plan that is not proven optimal, its days to full capacity minus a
 *                          proven lower bound; 0 when optimal
 */
public record LaunchPlan(LocalDate start, LaunchObjective objective, List<ManifestEntry> launches, PlanTotals totals,
                         List<ProviderShare> providers, ReplacementForecast replacement, boolean optimal,
                         long optimalityGapDays, String algorithm, List<String> notes) {

    public LaunchPlan {
        launches = List.copyOf(launches);
        providers = List.copyOf(providers);
        notes = List.copyOf(notes);
    }
}
