package io.orbitdc.core.economics;

import java.util.OptionalDouble;

/**
 * A launch plan's expected failures in a form every cost draw can re-price: the expected loss is
 * <pre>  E[loss] = reflightShare x launch cost + satellitesLost x satellite unit cost</pre>
 * where, over the plan's manifest entries j flown on vehicles of posterior-mean success
 * probability p_j (each re-flown until it succeeds, io.orbitdc.core.launch.LaunchRisk),
 * {@code reflightShare = Σ (1/p_j − 1) price_j / Σ price_j} and
 * {@code satellitesLost = Σ (1/p_j − 1) n_j}. At the plan's own prices this is exactly
 * LaunchRisk's {@code Σ (1/p_j − 1)(price_j + n_j × unit cost)}; when a sensitivity, a crossover
 * search or a verdict draw scales the launch price or re-prices the satellite, the loss follows
 * instead of staying at the base case (or vanishing). Valid while the draw keeps the plan's
 * vehicles (a price draw is a price uncertainty on the same vehicles, not a change of vehicle).
 *
 * @param reflightShare   expected re-flight spend per dollar of planned launch, ≥ 0
 * @param satellitesLost  expected satellites lost in failures (and rebuilt), ≥ 0
 * @param unitCostUsd     a unit cost the scenario fixes ({@code launch.satelliteUnitCost}); empty: the
 *                        cost model's own (accelerators plus platform)
 */
public record LaunchFailureExposure(double reflightShare, double satellitesLost, OptionalDouble unitCostUsd) {

    /** No priced launch risk: a flat price per kg, taken to include the provider's risk. */
    public static final LaunchFailureExposure NONE = new LaunchFailureExposure(0, 0, OptionalDouble.empty());

    public LaunchFailureExposure {
        if (!(reflightShare >= 0) || !(satellitesLost >= 0) || !Double.isFinite(reflightShare)
                || !Double.isFinite(satellitesLost)) {
            throw new IllegalArgumentException("launch failure exposure: found re-flight share " + reflightShare
                    + " and " + satellitesLost + " satellites lost; expected finite values ≥ 0");
        }
    }

    /** The expected loss when the launch costs {@code launchUsd} and a satellite {@code modelUnitCostUsd} to rebuild. */
    public double lossUsd(double launchUsd, double modelUnitCostUsd) {
        return reflightShare * launchUsd + satellitesLost * unitCostUsd.orElse(modelUnitCostUsd);
    }

    /** The same exposure with a unit cost the scenario fixes, used whatever a draw does to the cost model's. */
    public LaunchFailureExposure withUnitCost(double usd) {
        return new LaunchFailureExposure(reflightShare, satellitesLost, OptionalDouble.of(usd));
    }

    /** Whether the plan carries any launch risk at all. */
    public boolean isNone() {
        return reflightShare == 0 && satellitesLost == 0;
    }
}
