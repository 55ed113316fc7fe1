package io.orbitdc.core.report;

import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.twin.TwinSummary;
import java.util.List;

/**
 * What a run found.
 *
 * @param scenario   the scenario
 * @param steps      steps flown
 * @param satellites satellites flown
 * @param summary    fleet totals
 * @param notes      what the run assumed beyond the scenario
 */
public record SimulationReport(Scenario scenario, int steps, int satellites, TwinSummary summary,
                               List<String> notes) {
    public SimulationReport {
        notes = List.copyOf(notes);
    }
}
