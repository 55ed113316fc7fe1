package io.orbitdc.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.InputException;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.launch.LaunchReportText;
import io.orbitdc.core.report.CostJson;
import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.report.CostTable;
import io.orbitdc.core.report.GeometryTable;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.SimulateJson;
import io.orbitdc.core.report.SimulateTable;
import io.orbitdc.core.report.SizingJson;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.report.SizingTable;
import io.orbitdc.core.report.TextSafe;
import io.orbitdc.core.report.VerdictJson;
import io.orbitdc.core.report.VerdictReport;
import io.orbitdc.core.report.VerdictText;
import io.orbitdc.core.report.html.HtmlReport;
import io.orbitdc.core.report.html.HtmlReportWriter;
import io.orbitdc.core.study.HtmlReportOptions;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import io.orbitdc.core.study.GeometryOptions;
import io.orbitdc.core.study.GeometryRun;
import io.orbitdc.core.study.RunRecording;
import io.orbitdc.core.study.SimulateOptions;
import io.orbitdc.core.study.SimulateStage;
import io.orbitdc.core.study.SimulationRun;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.verdict.ScenarioVariants;
import io.orbitdc.core.verdict.SweepEngineSampler;
import io.orbitdc.core.verdict.Verdict;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs one verb of a job the way the command line runs it with {@code --json --out DIR}: loads the
 * scenario through {@link Study}, calls the verb's one Study method, and writes the report writers'
 * JSON and text (and the verb's other files: CZML and event tables, the results database) into the
 * run's staging folder. No composition happens here; it is the CLI verbs' wiring, for HTTP.
 *
 * @param catalogs          the shipped catalogs, read once per server
 * @param threads           worker threads for the fleet (the answer does not depend on them)
 * @param maxSatelliteSteps the cap on satellites × steps for a verb that flies the fleet
 * @param version           stored in a results database's metadata
 */
record VerbRunner(ScenarioCatalogs catalogs, int threads, long maxSatelliteSteps, String version) {

    /** The report a verb produced: its JSON document (what {@code --json} prints). */
    record Outcome(String json) {
    }

    /**
     * Runs {@code verb} on {@code file} with {@code overrides}, writing into {@code staging}.
     *
     * @throws InputException            for a bad scenario, a bad override, or a job over the cap
     * @throws JobProgress.Cancelled     when cancelled on the way
     */
    Outcome run(Verb verb, Path file, Overrides overrides, JobOptions options, JobProgress progress, Path staging) {
        Outcome outcome = runVerb(verb, file, overrides, options, progress, staging);
        // reports name the scenario file; a client sees the name it has in the job, not the server's folders
        return new Outcome(outcome.json().replace(file.toAbsolutePath().getParent() + java.io.File.separator, ""));
    }

    private Outcome runVerb(Verb verb, Path file, Overrides overrides, JobOptions options, JobProgress progress,
                            Path staging) {
        progress.phase("load");
        Study study = Study.load(file, catalogs, overrides);
        if (verb.fliesTheFleet()) {
            requireWithinCap(verb, study.scenario());
        }
        return switch (verb) {
            case VALIDATE -> validate(study, staging);
            case SIZE -> size(study, staging);
            case GEOMETRY -> geometry(study, options, progress, staging);
            case SIMULATE -> simulate(study, options, progress, staging);
            case LAUNCH -> launch(study, staging);
            case COST -> cost(study, staging);
            case VERDICT -> verdict(study, file, overrides, options, progress, staging);
            case REPORT -> report(study, file, progress, staging);
            case SWEEP -> throw new IllegalStateException("a sweep job runs in SweepJobs, not on one scenario");
        };
    }

    /** The time steps of the scenario's span. */
    static long steps(Scenario s) {
        return (long) Math.ceil(s.durationS() / s.stepS());
    }

    /** Satellites × time steps: what the server's per-job cap counts (a single run's, or one sweep point's). */
    static double satelliteSteps(Scenario s) {
        return (double) s.configuredSatellites() * steps(s);
    }

    /** Refuses a fleet × span larger than the server's cap, before any propagation. */
    void requireWithinCap(Verb verb, Scenario s) {
        long steps = steps(s);
        double product = satelliteSteps(s);
        if (product > maxSatelliteSteps) {
            throw s.sources().error("", String.format(Locale.ROOT,
                    "%s of %,d satellites × %,d steps = %,.0f satellite-steps is more than this server accepts per job"
                            + " (%,d); shorten 'duration', coarsen 'step', fly fewer satellites, or run it with"
                            + " the orbitdc command line", verb.id(), s.configuredSatellites(), steps, product,
                    maxSatelliteSteps));
        }
    }

    private static Outcome emit(Path staging, String name, String json, String text) {
        String hidden = serverFolder(staging);
        AtomicOutput.writeString(staging.resolve(name + ".json"), json.replace(hidden, ""));
        AtomicOutput.writeString(staging.resolve(name + ".txt"), TextSafe.terminal(text).replace(hidden, ""));
        return new Outcome(json);
    }

    /** The job's folder as reports would print it (the staging folder is {@code JOB/files/.orbitdc-run-…}). */
    private static String serverFolder(Path staging) {
        return staging.toAbsolutePath().getParent().getParent() + java.io.File.separator;
    }

    private static Outcome validate(Study study, Path staging) {
        study.check();
        Scenario s = study.scenario();
        ObjectNode doc = JsonOutput.object();
        doc.put("valid", true);
        doc.put("name", s.name());
        doc.put("shells", s.shells().size());
        doc.put("satellites", s.configuredSatellites());
        doc.putArray("errors");
        String json = JsonOutput.pretty(doc);
        return emit(staging, "validate", json, s.name() + ": valid\n");
    }

    private static Outcome size(Study study, Path staging) {
        SizingReport report = study.size();
        return emit(staging, "size", JsonOutput.pretty(SizingJson.of(report)), SizingTable.render(report));
    }

    private Outcome geometry(Study study, JobOptions options, JobProgress progress, Path staging) {
        progress.phase("propagate and scan the fleet");
        GeometryRun run = study.geometry(new GeometryOptions(threads, OrekitDataSetup.bundled()));
        progress.phase("write event tables, CZML" + (options.oem() ? " and OEM" : ""));
        String json = JsonOutput.pretty(JsonOutput.tree(run.report()));
        run.writeOutputs(staging, options.oem());
        AtomicOutput.writeString(staging.resolve("report.json"), json.replace(serverFolder(staging), ""));
        AtomicOutput.writeString(staging.resolve("geometry.txt"),
                TextSafe.terminal(GeometryTable.render(run.scenario().name(), run.report())).replace(serverFolder(staging), ""));
        return new Outcome(json);
    }

    private Outcome simulate(Study study, JobOptions options, JobProgress progress, Path staging) {
        progress.phase("prepare");
        SimulateStage.Simulation sim = study.prepareSimulation();
        // one sample per simulated hour, as the command line's --record-every default
        int every = (int) Math.max(1, Math.round(3600 / study.scenario().stepS()));
        progress.expectTwin(sim.timeline().satelliteCount(), sim.timeline().stepCount(), every);
        SimulateOptions chosen = SimulateOptions.of(threads).sampledEvery(every, progress).reportingPhasesTo(progress)
                .recordedInto(new RunRecording(staging.resolve("results.duckdb"), options.export(), version));
        SimulationRun run = study.simulate(sim, chosen);
        progress.phase("writing reports");
        return emit(staging, "simulate", JsonOutput.pretty(SimulateJson.of(run.twin(), run.service())),
                SimulateTable.render(run.twin(), run.service()));
    }

    private static Outcome launch(Study study, Path staging) {
        LaunchReport report = study.launch();
        return emit(staging, "launch", JsonOutput.pretty(JsonOutput.tree(report)), LaunchReportText.render(report));
    }

    private static Outcome cost(Study study, Path staging) {
        CostReport report = study.cost();
        return emit(staging, "cost", JsonOutput.pretty(CostJson.of(report)), CostTable.render(report));
    }

    private Outcome verdict(Study study, Path file, Overrides overrides, JobOptions options, JobProgress progress,
                            Path staging) {
        study.requireSpaceSegment("compare with the ground");
        progress.phase("sample the uncertain inputs");
        VerdictReport v = Verdict.of(study, new SweepEngineSampler(file, overrides, options.draws(),
                study.scenario().seed(), threads), Optional.of(ScenarioVariants.of(file, overrides)));
        return emit(staging, "verdict", JsonOutput.pretty(VerdictJson.of(v)), VerdictText.render(v));
    }

    /** {@code orbitdc report}: the core's self-contained report.html, plus a JSON summary of what it holds. */
    private Outcome report(Study study, Path file, JobProgress progress, Path staging) {
        progress.phase("build the report (size, launch, cost; a short twin when it fits)");
        HtmlReport built = study.htmlReport(HtmlReportOptions.of(threads).version(version));
        // the page names the scenario as the job knows it, never by the server's folders
        String hidden = file.toAbsolutePath().getParent() + java.io.File.separator;
        HtmlReport report = new HtmlReport(built.scenario(), file.getFileName().toString(), built.headline(),
                built.sections(), built.notes().stream().map(n -> n.replace(hidden, "")).toList());
        progress.phase("writing report.html");
        HtmlReportWriter.write(report, staging);
        ObjectNode doc = JsonOutput.object();
        doc.put("scenario", report.scenario());
        doc.put("report", HtmlReportWriter.FILE);
        report.sections().forEach(section -> doc.withArray("sections").add(section.id()));
        report.charts().forEach(chart -> doc.withArray("charts").add(chart.id()));
        report.notes().forEach(note -> doc.withArray("notes").add(note));
        return emit(staging, "report", JsonOutput.pretty(doc), report.scenario() + ": " + report.charts().size()
                + " charts in " + report.sections().size() + " sections, " + HtmlReportWriter.FILE + "\n");
    }
}
