package io.orbitdc.core.scenario;

import io.orbitdc.core.launch.LaunchObjective;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/** What the scenario says about launching the fleet; the launch planner reads it. */
public record LaunchSettings(List<String> vehicles, List<String> excludeProviders, List<String> allowProviders,
                             Instant start, LaunchObjective objective, OptionalDouble pricePerKgUsd, boolean allowDrift,
                             double rebuildLeadTimeS, int monteCarloRuns, double annualLossRate,
                             OptionalDouble satelliteUnitCostUsd) {
    public LaunchSettings {
        vehicles = List.copyOf(vehicles);
        excludeProviders = List.copyOf(excludeProviders);
        allowProviders = List.copyOf(allowProviders);
    }
}
