package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.InputException;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioError;
import io.orbitdc.core.scenario.ScenarioException;
import java.util.List;

/**
 * What {@code validate} runs beyond the schema: the checks the engines make when a verb maps the
 * scenario onto them — the sizing models' ranges and closures (a radiator that cannot reject its
 * heat, a fleet target past the satellite limit), the fleet generators' parameters, every TLE/OMM
 * file read, the geometry's span — so a scenario {@code validate} accepts is not refused later by
 * {@code size}, {@code geometry}, {@code simulate}, {@code launch} or {@code cost} for the same
 * value. It generates no satellites and propagates nothing: it costs what sizing costs.
 *
 * <p>Not covered, because they depend on the verb rather than on the scenario: simulate's own
 * limits (batch J2 propagator only, a step fine enough for the twin), which that verb reports as
 * located bad input.
 */
public final class ScenarioCheck {

    private ScenarioCheck() {
    }

    /** Throws a {@link ScenarioException} with the first engine error, located, if the engines refuse the scenario. */
    public static void run(Scenario scenario) {
        if (!scenario.hasSpaceSegment()) {
            return;
        }
        try {
            SizingReport sizing = SizingStage.run(scenario);
            GeometryStage.check(scenario, sizing, OrekitDataSetup.bundled());
        } catch (ScenarioException e) {
            throw e;
        } catch (InputException e) {
            InputException located = scenario.sources().at("", e);
            throw new ScenarioException(List.of(ScenarioError.of(located, scenario.file())));
        }
    }
}
