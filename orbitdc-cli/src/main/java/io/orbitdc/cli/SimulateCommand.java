package io.orbitdc.cli;

import io.orbitdc.core.budget.WorkEstimate;
import io.orbitdc.core.budget.WorkLimits;
import io.orbitdc.core.study.RunRecording;
import io.orbitdc.core.study.SimulateOptions;
import io.orbitdc.core.study.SimulateStage;
import io.orbitdc.core.study.SimulationRun;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.SimulateJson;
import io.orbitdc.core.report.SimulateTable;
import io.orbitdc.core.report.db.ExportFormat;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.units.QuantityParser;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc simulate FILE}: the digital twin — every satellite flown step by step over the
 * scenario's span through its real geometry, with power, heat, radiation and failures — and
 * where the nameplate compute went. With {@code --out DIR} the run is also recorded into
 * {@code DIR/results.duckdb} (docs/results-database.md), and {@code --export} writes its tables.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Fly the fleet's digital twin over the scenario's duration: delivered compute and where the rest went, energy, battery, thermal, radiation, failures.")
final class SimulateCommand extends ReportCommand {

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the twin (default: all cores). Results do not depend on it.")
    Integer threadCount;

    @Option(names = "--record-every", paramLabel = "DURATION", defaultValue = "1 h",
            description = "Interval at which each satellite's state is sampled (progress, and the results database's series with --out; default ${DEFAULT-VALUE}). The summary does not depend on it.")
    String recordEvery;

    @Option(names = "--export", paramLabel = "FORMAT",
            description = "With --out: also export the results database's tables as DIR/<table>.csv or .parquet (csv, parquet).")
    String export;

    /** Name of the results database written into --out. */
    static final String DATABASE = "results.duckdb";

    @Mixin
    ProgressOptions progress = new ProgressOptions();

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Override
    public Integer call() {
        WorkLimits limits = budget.limits(); // checked before any work
        int threads = threads(); // options before the work: a bad option is found at once
        Optional<ExportFormat> format = exportFormat();
        try (ProgressMeter meter = progress.start(spec.commandLine().getErr(), "simulate")) {
            meter.phase("prepare");
            Study study = study();
            WorkEstimate estimate = study.requireWithin(study.estimateSimulation(threads), limits);
            meter.phase("prepare (" + estimate.summary() + ")");
            int everySteps = everySteps(study.scenario());
            SimulateStage.Simulation sim = study.prepareSimulation();
            meter.expectTwin(sim.timeline().satelliteCount(), sim.timeline().stepCount(), everySteps,
                    study.scenario().durationS());
            SimulateOptions options = SimulateOptions.of(threads).sampledEvery(everySteps, meter).reportingPhasesTo(meter);
            if (out != null) {
                options = options.recordedInto(new RunRecording(staged(DATABASE), format, VersionProvider.version()));
            }
            SimulateOptions chosen = options;
            SimulationRun run = writing(() -> study.simulate(sim, chosen));
            meter.phase("writing reports");
            String jsonText = JsonOutput.pretty(SimulateJson.of(run.twin(), run.service()));
            String text = SimulateTable.render(run.twin(), run.service());
            meter.close();
            return emit("simulate", jsonText, text);
        }
    }

    private Optional<ExportFormat> exportFormat() {
        if (export == null) {
            return Optional.empty();
        }
        if (out == null) {
            throw new BadInputException("--export " + export + ": needs --out DIR to write into");
        }
        for (ExportFormat f : ExportFormat.values()) {
            if (f.extension().equals(export.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        throw new BadInputException("--export '" + export + "': expected csv or parquet");
    }

    private int threads() {
        return threads(threadCount);
    }

    private int everySteps(Scenario scenario) {
        double seconds;
        try {
            seconds = new QuantityParser().parse(recordEvery, Dimension.DURATION);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--record-every: " + e.getMessage());
        }
        if (!(seconds > 0)) {
            throw new BadInputException("--record-every '" + recordEvery + "': expected a positive duration");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(seconds / scenario.stepS())));
    }
}
