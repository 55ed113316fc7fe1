package io.orbitdc.core.economics;

import java.util.List;

/**
 * Orbit versus ground: both sides' costs, the ratio of their costs per GPU-hour, what launch
 * adds per kW-year in orbit, the crossover launch price and the tornado of sensitivities.
 */
public record CostComparison(CostSide space, CostSide ground, double spaceToGroundRatio, double launchUsdPerKwYear,
                             double effectiveLaunchUsdPerKg, Crossover crossover, List<SensitivityBar> sensitivity) {

    public CostComparison {
        sensitivity = List.copyOf(sensitivity);
    }
}
