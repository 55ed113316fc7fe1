package io.orbitdc.cli;

import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.study.ServiceReport;
import io.orbitdc.core.study.ServiceStage;
import io.orbitdc.core.study.SimulateStage;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.SimulateJson;
import io.orbitdc.core.report.SimulateTable;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.report.db.ExportFormat;
import io.orbitdc.core.report.db.RunDatabase;
import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.report.db.RunResults;
import io.orbitdc.core.twin.StepRecorder;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.units.QuantityParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        Scenario scenario = loadSpaceScenario("simulate");
        int threads = threads();
        checkOut();
        int everySteps = everySteps(scenario);
        Optional<ExportFormat> format = exportFormat();
        SimulateStage.Simulation sim = SimulateCommand.prepare(scenario);
        ProgressMeter meter = System.console() == null ? null
                : new ProgressMeter(spec.commandLine().getErr(), sim.timeline().satelliteCount(),
                        sim.timeline().stepCount(), everySteps, scenario.durationS());
        StepRecorder progress = meter == null ? StepRecorder.NONE : meter;
        SimulateStage.SimulationReport report = out == null ? SimulateStage.run(sim, threads, progress, everySteps)
                : runIntoDatabase(sim, threads, progress, everySteps, format);
        if (meter != null) {
            meter.finish();
        }
        ServiceReport service = service(sim, threads, report.summary().compute().goodputFraction());
        return emit("simulate", JsonOutput.pretty(SimulateJson.of(report, service)), SimulateTable.render(report, service));
    }

    /** Downlink, inference, Earth observation and link capacity over the same span (docs/models/service-stage.md). */
    private static ServiceReport service(SimulateStage.Simulation sim, int threads, double delivered) {
        try (FleetWorkers workers = new FleetWorkers(threads)) {
            // the fleet the twin flew, not a second sizing; a fleet that delivered nothing serves
            // no requests, and the stage needs a positive share
            return ServiceStage.run(sim.scenario(), sim.request(), sim.data(), workers, Math.max(delivered, 1e-9));
        }
    }

    /** Sizes and lays out the run; a scenario the twin cannot fly is bad input (a located InputException). */
    static SimulateStage.Simulation prepare(Scenario scenario) {
        return scenario.sources().at("", () -> SimulateStage.prepare(scenario, OrekitDataSetup.bundled()));
    }

    /**
     * Flies the run recording into DIR/results.duckdb beside the progress meter; the file appears
     * only once the run and its summary are complete (RunDatabase commits atomically), then the
     * export, if asked for, is written from it.
     */
    private SimulateStage.SimulationReport runIntoDatabase(SimulateStage.Simulation sim, int threads,
                                                           StepRecorder progress, int everySteps,
                                                           Optional<ExportFormat> format) {
        byte[] scenarioBytes;
        try {
            scenarioBytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the scenario again for the results database: "
                    + e.getMessage());
        }
        RunMetadata meta = RunMetadata.of(sim.scenario(), scenarioBytes, everySteps, sim.timeline().satelliteCount(),
                VersionProvider.version());
        Path database = out.resolve(DATABASE);
        SimulateStage.SimulationReport report;
        RunDatabase created;
        try {
            created = RunDatabase.create(database, meta);
        } catch (RuntimeException e) {
            // a file where the directory should be, a directory where the database should be, no
            // permission: the user's --out, not an internal error
            throw new BadInputException("--out " + out + ": cannot create " + database + ": " + e.getMessage());
        }
        try (RunDatabase db = created) {
            report = SimulateStage.run(sim, threads, progress.andThen(db.recorder()), everySteps);
            db.writeSummary(report.summary());
            db.commit();
        }
        format.ifPresent(f -> {
            try (RunResults results = RunResults.open(database)) {
                results.exportAll(f, out);
            }
        });
        return report;
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
