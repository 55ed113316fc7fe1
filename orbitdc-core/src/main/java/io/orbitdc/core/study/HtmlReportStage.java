package io.orbitdc.core.study;

import io.orbitdc.core.InputException;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.report.SimulationReport;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.report.db.ResultsFileException;
import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.report.db.RunResults;
import io.orbitdc.core.report.html.HtmlReport;
import io.orbitdc.core.report.html.HtmlReportBuilder;
import io.orbitdc.core.report.html.HtmlReportInputs;
import io.orbitdc.core.report.html.SweepResults;
import io.orbitdc.core.report.html.TwinSeries;
import io.orbitdc.core.sizing.BetaAngleSurvey;
import io.orbitdc.core.sizing.OrbitBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stages {@code orbitdc report} composes: size, the year's beta survey, cost and launch always;
 * the twin read from {@code --from DIR/results.duckdb}, or flown over the scenario's span (recorded
 * into a temporary results database, deleted after) when {@link HtmlReportOptions.Twin} says so;
 * a sweep read from {@code --from DIR/sweep.duckdb}. No physics here: every number is a verb's answer.
 */
final class HtmlReportStage {

    /** The results database name in a simulate --out directory. */
    static final String RESULTS = "results.duckdb";

    private HtmlReportStage() {
    }

    static HtmlReport run(Study study, HtmlReportOptions options) {
        Path from = options.from().map(HtmlReportStage::checkedFrom).orElse(null);
        List<String> notes = new ArrayList<>();
        options.phases().phase("size");
        SizingReport sizing = study.size();
        OrbitBudget orbit = sizing.primary().result().orbit();
        List<BetaAngleSurvey.Day> days = BetaAngleSurvey.daily(orbit.orbit(), orbit.initialRaanRad(),
                study.scenario().epoch(), BetaAngleSurvey.DAYS_PER_YEAR);
        options.phases().phase("cost");
        CostReport cost = study.cost();
        notes.add("Costs are those of orbitdc cost: the orbital side at the scenario's delivered fraction"
                + " (economics.deliveredFraction), not at a twin's.");
        options.phases().phase("launch");
        Optional<LaunchReport> launch;
        try {
            launch = Optional.of(study.launch());
        } catch (InputException infeasible) {
            // the page still shows what can be shown; orbitdc launch reports the same error, exit 2
            launch = Optional.empty();
            notes.add("Launch: not planned, so no launch section: " + String.join("; ", infeasible.lines()));
        }

        Optional<Map<String, Double>> summary = Optional.empty();
        Optional<TwinSeries> series = Optional.empty();
        String twinSource = "";
        Optional<SweepResults> sweep = Optional.empty();
        if (from != null && SweepResults.in(from)) {
            options.phases().phase("reading sweep");
            sweep = Optional.of(SweepResults.read(from, "--from " + from));
            notes.add("Sweep: " + from.resolve(SweepResults.FILE) + "; the header's bands are its P10–P90.");
        }
        if (from != null && Files.isRegularFile(from.resolve(RESULTS))) {
            options.phases().phase("reading results");
            try (RunResults results = RunResults.open(from.resolve(RESULTS))) {
                RunMetadata run = results.metadata();
                if (!run.scenarioName().equals(study.scenario().name())) {
                    throw new InputException("--from " + from + ": " + RESULTS + " is a run of scenario '"
                            + run.scenarioName() + "', not of '" + study.scenario().name() + "'");
                }
                summary = Optional.of(results.summary());
                series = Optional.of(TwinSeries.read(results));
                twinSource = "the twin run in " + from.resolve(RESULTS) + " (" + span(run.durationS()) + ")";
            } catch (ResultsFileException e) {
                throw new InputException("--from " + from + ": cannot read " + RESULTS + " (" + e.getMessage() + ")", e);
            }
            notes.add("Twin: read from " + from.resolve(RESULTS) + ", not flown again.");
        } else {
            long satelliteSteps = (long) sizing.shells().stream().mapToLong(s -> s.result().fleet().satellites()).sum()
                    * Math.max(1, Math.round(study.scenario().durationS() / study.scenario().stepS()));
            boolean fly = options.twin() == HtmlReportOptions.Twin.ALWAYS
                    || (options.twin() == HtmlReportOptions.Twin.AUTO
                    && satelliteSteps <= HtmlReportOptions.AUTO_TWIN_SATELLITE_STEPS);
            if (fly) {
                Path tmp = temporaryDirectory();
                try {
                    SimulationReport twin = fly(study, options, tmp.resolve(RESULTS));
                    summary = Optional.of(toDoubles(twin.summary().toKeyValues()));
                    try (RunResults results = RunResults.open(tmp.resolve(RESULTS))) {
                        series = Optional.of(TwinSeries.read(results));
                    }
                } finally {
                    AtomicOutput.deleteTree(tmp);
                }
                twinSource = "a twin run over the scenario's " + span(study.scenario().durationS())
                        + " flown for this page";
                notes.add("Twin: flown over the scenario's duration (" + span(study.scenario().durationS()) + ", "
                        + String.format(Locale.ROOT, "%,d", satelliteSteps) + " satellite-steps) for this page.");
            } else {
                notes.add(options.twin() == HtmlReportOptions.Twin.NEVER
                        ? "Twin: not flown (--simulate never); give --from DIR of orbitdc simulate --out DIR to show one."
                        : String.format(Locale.ROOT, "Twin: not flown, %,d satellite-steps is more than the %,d the"
                                + " report flies by default; run orbitdc simulate FILE --out DIR and then report --from"
                                + " DIR, or --simulate always.", satelliteSteps,
                                HtmlReportOptions.AUTO_TWIN_SATELLITE_STEPS));
            }
        }
        if (launch.isPresent() && launch.get().monteCarlo() == null) {
            notes.add("Launch: the scenario asks for no Monte Carlo runs (launch.monteCarloRuns), so there is no"
                    + " time-to-capacity distribution.");
        }
        options.phases().phase("writing report");
        return HtmlReportBuilder.build(new HtmlReportInputs(sizing, days, cost, launch, summary, twinSource, series,
                sweep, notes));
    }

    private static SimulationReport fly(Study study, HtmlReportOptions options, Path database) {
        options.phases().phase("prepare");
        SimulateStage.Simulation sim = study.prepareSimulation();
        int steps = sim.timeline().stepCount();
        // one recorded sample per page point: the series need no averaging
        int every = Math.max(1, (steps + TwinSeries.MAX_POINTS - 1) / TwinSeries.MAX_POINTS);
        SimulateOptions simulate = SimulateOptions.of(options.threads()).sampledEvery(every, options.progress())
                .reportingPhasesTo(options.phases());
        options.phases().twinPlanned(sim.timeline().satelliteCount(), steps, every, study.scenario().durationS());
        options.phases().phase("twin");
        return TwinRecording.fly(study, sim, simulate, new RunRecording(database, Optional.empty(),
                options.orbitdcVersion()));
    }

    private static Path checkedFrom(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException("--from " + dir + ": not a directory; expected the --out DIR of orbitdc"
                    + " simulate or orbitdc sweep");
        }
        if (!SweepResults.in(dir) && !Files.isRegularFile(dir.resolve(RESULTS))) {
            throw new InputException("--from " + dir + ": no " + RESULTS + " or " + SweepResults.FILE
                    + " there; expected the --out DIR of orbitdc simulate or orbitdc sweep");
        }
        return dir;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("orbitdc-report-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> toDoubles(Map<String, Number> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.doubleValue()));
        return out;
    }

    private static String span(double seconds) {
        return seconds >= 86400 ? String.format(Locale.ROOT, "%.4g d", seconds / 86400)
                : String.format(Locale.ROOT, "%.4g h", seconds / 3600);
    }
}
