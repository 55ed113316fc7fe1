package io.orbitdc.core.economics;

import java.util.List;

/**
 * Orbit versus ground: both sides' costs, the ratio of their costs per GPU-hour, what launch
 * adds per kW-year in orbit (both normalisations, see {@link LaunchedPower}), the crossover
 * launch price and the tornado of sensitivities.
 */
public record CostComparison(CostSide space, CostSide ground, double spaceToGroundRatio, LaunchedPower launchedPower,
                             double effectiveLaunchUsdPerKg, Crossover crossover, List<SensitivityBar> sensitivity) {

    public CostComparison {
        sensitivity = List.copyOf(sensitivity);
    }

    /** Launch $ per kW-year of IT load of this design (the {@code space.launchUsdPerKwYear} key). */
    public double launchUsdPerKwYear() {
        return launchedPower.usdPerKwYearOfIt();
    }
}
