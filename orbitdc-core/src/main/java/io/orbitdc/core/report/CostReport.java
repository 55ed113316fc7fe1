package io.orbitdc.core.report;

import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.FacilityPowerCheck;
import io.orbitdc.core.economics.MarketCheck;
import io.orbitdc.core.scenario.Scenario;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The result of the stage: a comparison, or only the ground side, and the notes a reader needs.
 *
 * @param deliveredFraction the orbital side's delivered fraction (empty for a ground-only scenario)
 * @param fromTwin          whether it came from a digital-twin run rather than the scenario
 * @param groundMarket      the ground cost per GPU-hour read against the rental market
 * @param groundFacility    whether the ground campus's IT load can feed its accelerators (and
 *                          what it was scaled to when not)
 */
public record CostReport(Scenario scenario, CostComparison comparison, CostSide groundOnly,
                         OptionalDouble deliveredFraction, boolean fromTwin, List<String> notes,
                         MarketCheck groundMarket, FacilityPowerCheck groundFacility) {
    public CostReport {
        notes = List.copyOf(notes);
    }

    /** The ground side, whether compared or alone. */
    public CostSide ground() {
        return comparison != null ? comparison.ground() : groundOnly;
    }
}
