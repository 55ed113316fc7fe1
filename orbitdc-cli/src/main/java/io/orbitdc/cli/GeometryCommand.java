package io.orbitdc.cli;

import io.orbitdc.core.budget.WorkEstimate;
import io.orbitdc.core.budget.WorkLimits;
import io.orbitdc.core.geometry.CzmlExport;
import io.orbitdc.core.geometry.ExportOptions;
import io.orbitdc.core.geometry.OemExport;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.units.QuantityParser;
import java.time.Instant;
import java.util.Optional;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.report.TextSafe;
import io.orbitdc.core.study.GeometryOptions;
import io.orbitdc.core.study.GeometryRun;
import io.orbitdc.core.report.GeometryTable;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.scaleout.ScaleOutEngine;
import io.orbitdc.core.study.ScenarioSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc geometry FILE}: the fleet on Orekit — sunlight and eclipses, beta angle,
 * ground contacts, SAA passes, drag — with event tables, CZML and CCSDS OEM under {@code --out}.
 */
@Command(name = "geometry", mixinStandardHelpOptions = true,
        description = "Propagate the fleet with Orekit: eclipses, beta angle, contacts, SAA passes, drag; event tables, CZML and OEM with --out.")
final class GeometryCommand extends ReportCommand {

    @Option(names = "--orekit-data", paramLabel = "DIR",
            description = "A full orekit-data directory (EOP, JPL ephemerides) instead of the bundled minimum.")
    Path orekitData;

    @Option(names = "--oem", description = "With --out: also write a CCSDS OEM file per evaluated satellite.")
    boolean oem;

    @Option(names = "--czml-step", paramLabel = "DURATION",
            description = "With --out: CZML sample step (default: 15 min; Cesium interpolates between samples, docs/outputs.md).")
    String czmlStep;

    @Option(names = "--oem-step", paramLabel = "DURATION",
            description = "With --oem: OEM sample step (default: 5 min).")
    String oemStep;

    @Option(names = "--oem-version", paramLabel = "V", defaultValue = "3",
            description = "With --oem: CCSDS OEM format version 1, 2 (position and velocity) or 3 (with accelerations; default).")
    int oemVersion;

    @Option(names = "--creation-date", paramLabel = "UTC",
            description = "With --oem: CREATION_DATE to write (ISO-8601, e.g. 2026-01-01T00:00:00Z) for byte-identical reruns;"
                    + " default: SOURCE_DATE_EPOCH if set, else now.")
    String creationDate;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the fleet scan (default: all cores). Results do not depend on it.")
    Integer threadCount;

    private int threads() {
        return threads(threadCount);
    }

    @Mixin
    ProgressOptions progress = new ProgressOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Override
    public Integer call() {
        WorkLimits limits = budget.limits(); // checked before any work
        if (oem && out == null) {
            throw new BadInputException("--oem: needs --out DIR to write the OEM files into");
        }
        ExportOptions export = exportOptions(); // every option checked before the work
        OrekitDataSetup data = dataSetup(); // options first: an unusable --orekit-data is not the scenario's fault
        int threads = threads();
        Optional<ScaleOutEngine> scaleOut = engine.scaleOut();
        if (scaleOut.isPresent()) {
            return onCluster(scaleOut.get());
        }
        String jsonText;
        String text;
        try (ProgressMeter meter = progress.start(spec.commandLine().getErr(), "geometry")) {
            meter.phase("load");
            var study = study();
            // refuse up front what this machine cannot do, naming the knob (issue 17: nothing runs silent for hours)
            WorkEstimate estimate = study.requireWithin(study.estimateGeometry(threads), limits);
            meter.phase("propagate and scan the fleet (" + estimate.summary() + ")");
            GeometryOptions options = new GeometryOptions(threads, data);
            GeometryRun run = study.geometry(out != null ? options.withEvents() : options);
            jsonText = JsonOutput.pretty(JsonOutput.tree(run.report()));
            text = GeometryTable.render(run.scenario().name(), run.report());
            if (out != null) {
                meter.phase("write event tables, CZML" + (oem ? " and OEM" : ""));
                writing(() -> {
                    run.writeOutputs(stagingDir(), export);
                    AtomicOutput.writeString(staged("report.json"), jsonText);
                    AtomicOutput.writeString(staged("geometry.txt"), TextSafe.terminal(text));
                });
            }
        }
        publish();
        return print(jsonText, text);
    }

    /**
     * {@code --engine spark}: the whole-fleet report split over the cluster (J2-secular fleets);
     * the same report keys as the local path. The event tables, CZML and OEM of {@code --out} come
     * from Orekit on one machine, so they are not offered here.
     */
    private Integer onCluster(ScaleOutEngine cluster) {
        if (out != null || oem || orekitData != null) {
            throw new BadInputException("--engine " + engine.engine + ": --out, --oem and --orekit-data are for the local engine"
                    + " (the cluster uses the bundled Orekit data and reports the summary only)");
        }
        GeometryReport report;
        String name;
        try (ProgressMeter meter = progress.start(spec.commandLine().getErr(), "geometry")) {
            meter.phase("propagate and scan the fleet on " + engine.engine);
            name = spaceStudy("propagate").scenario().name(); // the file's own errors, located, before the cluster starts
            report = cluster.geometry(ScenarioSource.read(file, set.overrides()), engine.master).report();
        }
        return print(JsonOutput.pretty(JsonOutput.tree(report)), GeometryTable.render(name, report));
    }

    private ExportOptions exportOptions() {
        if (out == null) {
            for (String[] given : new String[][] {{"--czml-step", czmlStep}, {"--oem-step", oemStep},
                    {"--creation-date", creationDate}}) {
                if (given[1] != null) {
                    throw new BadInputException(given[0] + ": needs --out DIR to write the files into");
                }
            }
        }
        if (oemVersion < 1 || oemVersion > 3) {
            throw new BadInputException("--oem-version " + oemVersion + ": expected 1, 2 or 3");
        }
        Instant created;
        try {
            created = ExportOptions.creationDate(Optional.ofNullable(creationDate),
                    Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return new ExportOptions(step("--czml-step", czmlStep, CzmlExport.DEFAULT_STEP_S), oem,
                step("--oem-step", oemStep, OemExport.DEFAULT_STEP_S), oemVersion, created);
    }

    private static double step(String option, String text, double fallback) {
        if (text == null) {
            return fallback;
        }
        double seconds;
        try {
            seconds = new QuantityParser().parse(text, Dimension.DURATION);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
        if (!(seconds >= 1) || !Double.isFinite(seconds)) {
            throw new BadInputException(option + " '" + text + "': expected a duration of at least 1 s");
        }
        return seconds;
    }

    private OrekitDataSetup dataSetup() {
        if (orekitData == null) {
            return OrekitDataSetup.bundled();
        }
        if (!Files.isDirectory(orekitData)) {
            throw new BadInputException("--orekit-data " + orekitData + ": no such directory; expected an orekit-data folder");
        }
        return OrekitDataSetup.fromDirectory(orekitData);
    }
}
