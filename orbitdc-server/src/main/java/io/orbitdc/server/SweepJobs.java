package io.orbitdc.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.InputException;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.html.HtmlReport;
import io.orbitdc.core.report.html.HtmlReportWriter;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioDocument;
import io.orbitdc.core.scenario.ScenarioError;
import io.orbitdc.core.scenario.ScenarioException;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.scenario.yaml.Location;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.scenario.yaml.YamlTreeReader;
import io.orbitdc.core.study.HtmlReportOptions;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.sweep.Axis;
import io.orbitdc.core.sweep.Stage;
import io.orbitdc.core.sweep.SweepFileReader;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSpec;
import io.orbitdc.core.sweep.SweepStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Sweep jobs: the text of a sweep file (what {@code orbitdc sweep} reads, docs/sweeps.md) whose
 * {@code base} names a scenario of the server's library — {@code NAME}, {@code NAME.yaml} or
 * {@code ../NAME.yaml} as the shipped sweeps write it, never another path. A job keeps the sweep's
 * text ({@code sweep.yaml}) and the base's text as it was when submitted ({@code scenario.yaml}), so
 * resuming it runs the same sweep whatever the library holds by then. The points run through the
 * core's {@link SweepRunner} into the job's {@code files/} ({@code sweep.duckdb}, {@code points.parquet});
 * a sweep with the cost stage also gets the core's {@code report.html} (heat map and CDF of the ratio).
 * No physics and no composition here: reading, planning and running are the core's.
 *
 * @param library           where {@code base} is looked up
 * @param catalogs          the shipped catalogs, read once per server
 * @param sandbox           an empty folder: relative file references of a base scenario resolve to nothing
 * @param threads           worker threads per job (the points table does not depend on them)
 * @param maxSatelliteSteps the server's per-job cap, applied to points × satellites × steps of a simulate stage
 * @param version           stored in the report
 */
record SweepJobs(ScenarioLibrary library, ShippedCatalogs catalogs, Path sandbox, int threads, long maxSatelliteSteps,
                 String version) {

    /** The sweep file's text in a sweep job's folder. */
    static final String SWEEP = "sweep.yaml";
    /** Largest sweep one job runs: at the measured ≈ 1.8 ms of CPU per size + cost point (docs/performance.md) about 3 CPU-minutes. */
    static final long MAX_POINTS = 100_000;

    /** A sweep file read and its base found in the library. */
    record Parsed(String file, SweepSpec spec, String baseName) {
    }

    /** Reads {@code text} (named {@code file} in messages) and finds its base; 422 with located errors when bad. */
    Parsed parse(String file, String text) {
        try {
            SweepSpec spec = SweepFileReader.parse(file, text, sandbox, false);
            return new Parsed(file, spec, baseName(file, text, spec));
        } catch (InputException bad) {
            throw ApiException.badInput(Problems.failure(bad, file));
        }
    }

    /** The plan of a parsed sweep over {@code baseText} with the job's overrides; 422 with located errors when bad. */
    SweepPlan plan(Parsed parsed, String baseText, List<String> set, Path baseFile) {
        try {
            return SweepPlan.create(parsed.spec().withBase(baseFile), document(parsed, baseText), catalogs, Overrides.parse(set));
        } catch (InputException bad) {
            throw ApiException.badInput(Problems.failure(bad, parsed.file()));
        }
    }

    /** Reads, resolves and plans a submitted sweep, and refuses it when over the caps. */
    Parsed prepare(String file, String text, List<String> set) {
        Parsed parsed = parse(file, text);
        requireWithinCap(planInLibrary(parsed, set));
        return parsed;
    }

    /** The plan of a submitted sweep over its base as the library holds it now. */
    private SweepPlan planInLibrary(Parsed parsed, List<String> set) {
        return plan(parsed, library.text(parsed.baseName()), set, sandbox.resolve(parsed.baseName() + ".yaml"));
    }

    /**
     * {@code POST /api/v1/sweeps/validate}: {@code {valid, base, points, stages, axes, refused, errors}};
     * {@code refused} says why a valid sweep would not be run here (over the caps), else null.
     */
    ObjectNode check(String file, String text, List<String> set) {
        ObjectNode doc = JsonOutput.object();
        try {
            Parsed parsed = parse(file, text);
            SweepPlan plan = planInLibrary(parsed, set);
            doc.put("valid", true);
            doc.put("base", parsed.baseName());
            doc.put("points", plan.size());
            plan.spec().stages().forEach(st -> doc.withArray("stages").add(st.key()));
            for (Axis a : plan.axes()) {
                doc.withArray("axes").addObject().put("path", a.path()).put("unit", a.unit()).put("steps", a.values().size());
            }
            try {
                requireWithinCap(plan);
                doc.putNull("refused");
            } catch (ApiException over) {
                doc.put("refused", over.getMessage());
            }
            doc.putArray("errors");
        } catch (ApiException bad) {
            if (bad.errors() == null) {
                throw bad;
            }
            doc.removeAll();
            doc.put("valid", false);
            doc.set("errors", bad.errors());
        }
        return doc;
    }

    /**
     * Refuses a sweep of more than {@value #MAX_POINTS} points, or one whose simulate stage would
     * fly more than the per-job cap of satellite-steps in all (points × satellites × steps, the
     * fleet taken as the larger of the first and the last point's: grids end at their extremes).
     */
    void requireWithinCap(SweepPlan plan) {
        if (plan.size() > MAX_POINTS) {
            throw new ApiException(422, "too-large", String.format(Locale.ROOT, "a sweep of %,d points is more than this"
                    + " server runs per job (%,d); use fewer steps, values or draws, or run it with orbitdc sweep",
                    plan.size(), MAX_POINTS));
        }
        if (!plan.spec().stages().contains(Stage.SIMULATE)) {
            return;
        }
        double perPoint = 0;
        for (long id : new long[] {0, plan.size() - 1}) {
            try {
                Scenario s = plan.study(plan.point(id)).scenario();
                perPoint = Math.max(perPoint, VerbRunner.satelliteSteps(s));
            } catch (InputException bad) {
                // that point fails on its own when run; the others decide the estimate
            }
        }
        double total = perPoint * plan.size();
        if (total > maxSatelliteSteps) {
            throw new ApiException(422, "too-large", String.format(Locale.ROOT, "a simulate sweep of %,d points × %,.0f"
                    + " satellite-steps each = %,.0f satellite-steps is more than this server accepts per job (%,d);"
                    + " shorten simulate.duration, coarsen simulate.step, use fewer points, or run it with orbitdc sweep",
                    plan.size(), perPoint, total, maxSatelliteSteps));
        }
    }

    /**
     * Runs (or resumes) the sweep job kept in {@code jobDir} into {@code jobDir/files}, telling
     * {@code progress} after every stored batch and stopping between points once it is cancelled.
     * Returns the job's JSON summary (also written as {@code files/sweep.json}).
     *
     * @throws JobProgress.Cancelled when cancelled: the points stored so far stay, and resuming continues after them
     */
    ObjectNode run(Job job, Path jobDir, JobProgress progress) {
        progress.phase("plan");
        Parsed parsed = parse(fileName(job), read(jobDir.resolve(SWEEP)));
        Path base = jobDir.resolve(JobStore.SCENARIO);
        SweepPlan plan = plan(parsed, read(base), job.set(), base);
        Path files = jobDir.resolve(JobStore.FILES);
        progress.points(0, plan.size(), 0);
        progress.phase("sweep");
        SweepRunner.Options options = SweepRunner.Options.of(threads).withParquet(true)
                .withProgress(progress::points).withStop(progress::cancelled);
        if (plan.spec().stages().contains(Stage.SIMULATE)) {
            options = options.withBatch(2 * threads); // a twin per point: store (and show) progress every few points
        }
        SweepRunner.Summary summary = SweepRunner.run(plan, files, options);
        progress.checkCancelled();
        if (!summary.complete()) {
            throw new IllegalStateException("the sweep stopped at point " + summary.evaluated() + " without a cancel");
        }
        // the command line's --json document, the database named as the job's files list it, and what the job adds
        ObjectNode doc = summary.toJson(parsed.file(), SweepStore.FILE);
        doc.put("base", parsed.baseName());
        doc.put("parquet", "points.parquet");
        if (plan.spec().stages().contains(Stage.COST)) {
            progress.phase("report");
            HtmlReport built = Study.of(document(parsed, read(base)), catalogs, Overrides.parse(job.set()))
                    .htmlReport(HtmlReportOptions.of(threads).twin(HtmlReportOptions.Twin.NEVER).from(files).version(version));
            // the page names the results as the job knows them, never by the server's folders
            String hidden = files.toAbsolutePath() + java.io.File.separator;
            HtmlReport report = new HtmlReport(built.scenario(), parsed.baseName() + ".yaml", built.headline(),
                    built.sections(), built.notes().stream().map(n -> n.replace(hidden, "")).toList());
            HtmlReportWriter.write(report, files);
            doc.put("report", HtmlReportWriter.FILE);
        } else {
            doc.putNull("report");
        }
        AtomicOutput.writeString(files.resolve("sweep.json"), JsonOutput.pretty(doc));
        return doc;
    }

    /** The sweep file's name in messages: the job's name (its library name) with {@code .yaml}. */
    static String fileName(Job job) {
        return (job.name().isEmpty() ? "sweep" : job.name()) + ".yaml";
    }

    private ScenarioDocument document(Parsed parsed, String baseText) {
        return ScenarioLoader.document(parsed.baseName() + ".yaml", baseText, sandbox);
    }

    /**
     * The library name {@code base} gives: its last element without {@code .yaml}, when it is a
     * plain name or one level up ({@code ../NAME.yaml}, where the shipped sweeps find their base).
     */
    private String baseName(String file, String text, SweepSpec spec) {
        Path given = sandbox.toAbsolutePath().relativize(spec.base().toAbsolutePath());
        boolean plain = given.getNameCount() == 1
                || (given.getNameCount() == 2 && given.getName(0).toString().equals(".."));
        String last = given.getFileName() == null ? "" : given.getFileName().toString();
        String name = last.endsWith(".yaml") ? last.substring(0, last.length() - 5) : last;
        String problem = null;
        if (!plain) {
            problem = "found a path; expected the name of a scenario of the library (NAME, NAME.yaml or ../NAME.yaml)";
        } else {
            try {
                SafeName.require("scenario name", name);
                if (!library.has(name)) {
                    problem = "no scenario '" + name + "' in the library; expected one of its names (GET /api/v1/scenarios)";
                }
            } catch (ApiException unsafe) {
                problem = unsafe.getMessage();
            }
        }
        if (problem != null) {
            throw new ScenarioException(List.of(new ScenarioError(file, baseLocation(text), "base", problem)));
        }
        return name;
    }

    /** Where {@code base:}'s value stands in the sweep text (the reader accepted it, so it is there). */
    private static Location baseLocation(String text) {
        YamlNode root = new YamlTreeReader().read(text);
        if (root instanceof YamlNode.Mapping m && m.entries().get("base") != null) {
            return m.entries().get("base").value().location();
        }
        return root.location();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
