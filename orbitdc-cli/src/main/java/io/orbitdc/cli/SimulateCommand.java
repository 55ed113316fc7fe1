package io.orbitdc.cli;

import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.pipeline.SimulateStage;
import io.orbitdc.core.results.JsonOutput;
import io.orbitdc.core.results.SimulateJson;
import io.orbitdc.core.results.SimulateTable;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.twin.StepRecorder;
import io.orbitdc.core.twin.TwinInputException;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.units.QuantityParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc simulate FILE}: the digital twin — every satellite flown step by step over the
 * scenario's span through its real geometry, with power, heat, radiation and failures — and
 * where the nameplate compute went.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Fly the fleet's digital twin over the scenario's duration: delivered compute and where the rest went, energy, battery, thermal, radiation, failures.")
final class SimulateCommand extends ReportCommand {

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the twin (default: all cores). Results do not depend on it.")
    Integer threadCount;

    @Option(names = "--record-every", paramLabel = "DURATION", defaultValue = "1 h",
            description = "Interval at which each satellite's state is sampled (progress; default ${DEFAULT-VALUE}). Results do not depend on it.")
    String recordEvery;

    @Override
    public Integer call() {
        Scenario scenario = loadSpaceScenario("simulate");
        int threads = threads();
        int everySteps = everySteps(scenario);
        SimulateStage.Simulation sim;
        try {
            sim = SimulateStage.prepare(scenario, OrekitDataSetup.bundled());
        } catch (TwinInputException e) {
            throw new BadInputException(e.getMessage());
        }
        ProgressMeter meter = System.console() == null ? null
                : new ProgressMeter(spec.commandLine().getErr(), sim.timeline().satelliteCount(),
                        sim.timeline().stepCount(), everySteps, scenario.durationS());
        StepRecorder recorder = meter == null ? StepRecorder.NONE : meter;
        SimulateStage.SimulationReport report = SimulateStage.run(sim, threads, recorder, everySteps);
        if (meter != null) {
            meter.finish();
        }
        return emit("simulate", JsonOutput.pretty(SimulateJson.of(report)), SimulateTable.render(report));
    }

    private int threads() {
        if (threadCount != null && threadCount < 1) {
            throw new BadInputException("--threads " + threadCount + ": expected at least 1");
        }
        return threadCount != null ? threadCount : Runtime.getRuntime().availableProcessors();
    }

    private int everySteps(Scenario scenario) {
        double seconds;
        try {
            seconds = new QuantityParser().parse(recordEvery, Dimension.DURATION);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--record-every '" + recordEvery + "': " + e.getMessage()
                    + "; expected a duration such as '1 h' or '10 min'");
        }
        if (!(seconds > 0)) {
            throw new BadInputException("--record-every '" + recordEvery + "': expected a positive duration");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(seconds / scenario.stepS())));
    }
}
