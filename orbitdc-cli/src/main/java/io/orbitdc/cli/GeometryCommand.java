package io.orbitdc.cli;

import io.orbitdc.core.budget.WorkEstimate;
import io.orbitdc.core.budget.WorkLimits;
import io.orbitdc.core.geometry.OrekitDataSetup;
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

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the fleet scan (default: all cores). Results do not depend on it.")
    Integer threadCount;

    private int threads() {
        return threads(threadCount);
    }

    @Mixin
    ProgressOptions progress = new ProgressOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Option(names = "--budget", paramLabel = "MINUTES", defaultValue = "5",
            description = "Wall-time budget of the up-front work estimate, minutes (default: ${DEFAULT-VALUE});"
                    + " a run estimated beyond it, or beyond the heap, is refused with the knob to turn.")
    double budgetMinutes;

    @Override
    public Integer call() {
        if (!(budgetMinutes > 0) || !Double.isFinite(budgetMinutes)) {
            throw new BadInputException("--budget: found " + budgetMinutes + "; expected a positive number of minutes");
        }
        if (oem && out == null) {
            throw new BadInputException("--oem: needs --out DIR to write the OEM files into");
        }
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
            WorkEstimate estimate = study.requireWithin(study.estimateGeometry(threads), WorkLimits.machine(budgetMinutes * 60));
            meter.phase("propagate and scan the fleet (" + estimate.summary() + ")");
            GeometryRun run = study.geometry(new GeometryOptions(threads, data));
            jsonText = JsonOutput.pretty(JsonOutput.tree(run.report()));
            text = GeometryTable.render(run.scenario().name(), run.report());
            if (out != null) {
                meter.phase("write event tables, CZML" + (oem ? " and OEM" : ""));
                writing(() -> {
                    run.writeOutputs(stagingDir(), oem);
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
