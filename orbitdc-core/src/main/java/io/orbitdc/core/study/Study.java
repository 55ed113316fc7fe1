package io.orbitdc.core.study;

import io.orbitdc.core.report.ServiceReport;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.report.SimulationReport;
import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.InputException;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.launch.InfeasibleLaunchException;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioDocument;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One scenario and every verb orbitdc runs on it, composed exactly as the {@code orbitdc} command
 * line composes them: {@link #size()}, {@link #geometry(GeometryOptions)},
 * {@link #simulate(SimulateOptions)} (the twin, then the service stage over the fleet it flew,
 * optionally recorded into a results database), {@link #launch()}, {@link #cost()} and
 * {@link #costWithTwin(int)}. A Java user, a benchmark or another front end calls this and gets the
 * same answer as the CLI, byte for byte.
 *
 * <p>Immutable and cheap: the scenario is loaded and validated once; each verb runs its stages
 * afresh. Every bad input surfaces as an {@link InputException} located in the scenario file
 * where the stage can say which field caused it. Results do not depend on the thread counts given.
 */
public final class Study {

    private final Scenario scenario;
    private final ScenarioCatalogs catalogs;
    private final Optional<Path> file;
    /** The scenario's text when it came as text rather than a file (a server job, a Spark executor). */
    private final Optional<String> text;
    private final Overrides overrides;

    private Study(Scenario scenario, ScenarioCatalogs catalogs, Optional<Path> file, Optional<String> text,
                  Overrides overrides) {
        this.scenario = scenario;
        this.catalogs = catalogs;
        this.file = file;
        this.text = text;
        this.overrides = overrides;
    }

    /** Loads and validates {@code file} against the catalogs shipped on the classpath. */
    public static Study load(Path file) {
        return load(file, ShippedCatalogs.load());
    }

    /** Loads and validates {@code file} against {@code catalogs}. */
    public static Study load(Path file, ScenarioCatalogs catalogs) {
        return new Study(new Pipeline(catalogs).load(file), catalogs, Optional.of(file), Optional.empty(),
                Overrides.none());
    }

    /**
     * Loads {@code file} with {@code overrides} ({@code --set PATH=VALUE}) applied to its fields
     * before validation: the same units, parsing and errors as the value written in the file,
     * reported as {@code --set PATH: message}.
     */
    public static Study load(Path file, Overrides overrides) {
        return load(file, ShippedCatalogs.load(), overrides);
    }

    /** Loads {@code file} with {@code overrides} against {@code catalogs}. */
    public static Study load(Path file, ScenarioCatalogs catalogs, Overrides overrides) {
        return new Study(new Pipeline(catalogs).load(file, overrides), catalogs, Optional.of(file), Optional.empty(),
                overrides);
    }

    /**
     * A study of a document already read ({@link ScenarioLoader#read}) with {@code overrides}: what a
     * sweep does per point, reading the base file and the catalogs once.
     */
    public static Study of(ScenarioDocument document, ScenarioCatalogs catalogs, Overrides overrides) {
        return new Study(new ScenarioLoader(catalogs).bind(document, overrides), catalogs, Optional.empty(),
                Optional.empty(), overrides);
    }

    /** A study of a scenario that came as {@code text} (its results database records the text's hash). */
    static Study ofText(ScenarioDocument document, String text, ScenarioCatalogs catalogs, Overrides overrides) {
        return new Study(new ScenarioLoader(catalogs).bind(document, overrides), catalogs, Optional.empty(),
                Optional.of(text), overrides);
    }

    /** A study of an already loaded scenario (no source file: a results database cannot record its bytes). */
    public static Study of(Scenario scenario, ScenarioCatalogs catalogs) {
        return new Study(scenario, catalogs, Optional.empty(), Optional.empty(), Overrides.none());
    }

    public Scenario scenario() {
        return scenario;
    }

    public ScenarioCatalogs catalogs() {
        return catalogs;
    }

    /** The scenario file this study was loaded from, if any. */
    public Optional<Path> file() {
        return file;
    }

    /**
     * The bytes a results database's {@code scenario_sha256} is taken of: the scenario file's
     * bytes (or its text, for a scenario that came as text), followed, when {@code --set} changed
     * it, by one line {@code --set PATH=VALUE} per override in order — so two runs of one file
     * with different overrides never share a hash, and a run without overrides hashes to
     * {@code sha256sum FILE}.
     */
    byte[] scenarioBytes() {
        byte[] source;
        if (text.isPresent()) {
            source = text.get().getBytes(StandardCharsets.UTF_8);
        } else if (file.isPresent()) {
            try {
                source = Files.readAllBytes(file.get());
            } catch (IOException e) {
                throw new InputException(file.get()
                        + ": cannot read the scenario again for the results database: " + e.getMessage(), e);
            }
        } else {
            source = new byte[0];
        }
        if (overrides.isEmpty()) {
            return source;
        }
        StringBuilder tail = new StringBuilder();
        for (Overrides.Assignment a : overrides.assignments()) {
            tail.append('\n').append(Overrides.SOURCE).append(' ').append(a);
        }
        tail.append('\n');
        byte[] more = tail.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(source, source.length + more.length);
        System.arraycopy(more, 0, all, source.length, more.length);
        return all;
    }

    /**
     * This study, if its scenario flies something; otherwise a located refusal naming {@code verb}
     * (a ground-only scenario can be costed, not sized, propagated, flown or launched).
     */
    public Study requireSpaceSegment(String verb) {
        if (!scenario.hasSpaceSegment()) {
            throw scenario.sources().error("", "a ground-only scenario has nothing to " + verb
                    + "; expected an orbit and a satellite");
        }
        return this;
    }

    /** The checks every engine runs when it maps this scenario, without running the engines (what {@code validate} does). */
    public void check() {
        ScenarioCheck.run(scenario);
    }

    /** {@code orbitdc size}: closed-form budgets of one satellite per shell and the fleet. */
    public SizingReport size() {
        requireSpaceSegment("size");
        return SizingStage.run(scenario);
    }

    /** {@code orbitdc geometry}: the fleet's eclipses, beta, contacts, SAA and drag over the scenario's span. */
    public GeometryRun geometry(GeometryOptions options) {
        requireSpaceSegment("propagate");
        OrekitDataSetup data = options.data();
        SizingReport sizing = SizingStage.run(scenario);
        GeometryRequest request = GeometryStage.request(scenario, sizing, data);
        GeometryResult result;
        io.orbitdc.core.geometry.GeometryReport report;
        try (FleetWorkers workers = new FleetWorkers(options.threads())) {
            result = GeometryStage.events(scenario, request, data, workers, options.recordEvents());
            report = result.report();
            var sky = GeometryStage.sky(scenario, sizing, request, data, workers);
            if (sky.isPresent()) {
                report = report.withSky(sky.get());
            }
        }
        return new GeometryRun(scenario, request, data, report,
                options.recordEvents() ? java.util.Optional.of(result) : java.util.Optional.empty(), options.threads(),
                io.orbitdc.core.report.db.RunMetadata.sha256(scenarioBytes()));
    }

    /**
     * The work {@link #geometry(GeometryOptions)} would do on {@code threads} threads (satellites ×
     * steps × stations, neighbour graphs, CPU time, heap), estimated without generating the fleet;
     * {@code estimateGeometry(t).requireWithin(WorkLimits.machine())} refuses what the machine cannot do.
     */
    public io.orbitdc.core.budget.WorkEstimate estimateGeometry(int threads) {
        requireSpaceSegment("propagate");
        return WorkEstimates.geometry(scenario, SizingStage.run(scenario), threads);
    }

    /**
     * {@code estimate}, or a refusal located at the scenario file (bad input, exit 2 in the CLI)
     * naming the knob to turn when it is beyond {@code limits}.
     */
    public io.orbitdc.core.budget.WorkEstimate requireWithin(io.orbitdc.core.budget.WorkEstimate estimate,
                                                             io.orbitdc.core.budget.WorkLimits limits) {
        java.util.Optional<String> why = estimate.refusal(limits);
        if (why.isPresent()) {
            throw scenario.sources().error("", why.get());
        }
        return estimate;
    }

    /** As {@link #estimateGeometry(int)}, for {@link #simulate(SimulateOptions)}. */
    public io.orbitdc.core.budget.WorkEstimate estimateSimulation(int threads) {
        requireSpaceSegment("simulate");
        return WorkEstimates.simulation(scenario, SizingStage.run(scenario), threads);
    }

    /**
     * Sizes the fleet and lays out the twin's run (geometry timeline, per-satellite specs) without
     * flying it, so that a caller can size a progress display before {@link #simulate(SimulateStage.Simulation, SimulateOptions)}.
     */
    public SimulateStage.Simulation prepareSimulation() {
        requireSpaceSegment("simulate");
        return scenario.sources().at("", () -> SimulateStage.prepare(scenario, OrekitDataSetup.bundled()));
    }

    /** {@code orbitdc simulate}: {@link #prepareSimulation()} then {@link #simulate(SimulateStage.Simulation, SimulateOptions)}. */
    public SimulationRun simulate(SimulateOptions options) {
        return simulate(prepareSimulation(), options);
    }

    /**
     * Flies a prepared twin run (recorded into a results database if the options ask for one,
     * which appears only once the run and its summary are complete), then serves the scenario's
     * downlink, inference and Earth-observation workloads over the fleet the twin flew, at the
     * share of time the twin delivered.
     */
    public SimulationRun simulate(SimulateStage.Simulation sim, SimulateOptions options) {
        options.phases().phase("twin");
        SimulationReport report = options.recording().isPresent()
                ? TwinRecording.fly(this, sim, options, options.recording().get())
                : SimulateStage.run(sim, options.threads(), options.progress(), options.everySteps());
        ServiceReport service;
        options.phases().phase("service stage");
        try (FleetWorkers workers = new FleetWorkers(options.threads())) {
            // a fleet that delivered nothing serves no requests, and the stage needs a positive share
            double delivered = Math.max(report.summary().compute().goodputFraction(), 1e-9);
            service = ServiceStage.run(sim.scenario(), sim.request(), sim.data(), workers, delivered);
        }
        return new SimulationRun(report, service);
    }

    /** {@code orbitdc launch}: manifest, Monte Carlo and the cost of excluding a provider. */
    public LaunchReport launch() {
        requireSpaceSegment("launch");
        return LaunchStage.run(scenario, SizingStage.run(scenario)); // errors located at `launch`
    }

    /**
     * {@code orbitdc report}: the HTML report's model (sizing, the year's eclipses, cost, launch, and
     * the twin and a sweep as {@code options} say), for {@link io.orbitdc.core.report.html.HtmlReportWriter}
     * to write as one self-contained {@code report.html}. Bad input (a --from directory without
     * results, a results file of another scenario) is an {@link InputException}.
     */
    public io.orbitdc.core.report.html.HtmlReport htmlReport(HtmlReportOptions options) {
        requireSpaceSegment("report");
        return HtmlReportStage.run(this, options);
    }

    /** {@code orbitdc cost}: levelized TCO in orbit and on the ground, the crossover and the tornado. */
    public CostReport cost() {
        return cost(Optional.empty());
    }

    /**
     * {@code orbitdc cost --with-twin}: as {@link #cost()}, priced at the compute the twin
     * delivers (each workload's share at what it delivers; TwinSummary#pricedDeliveredFraction).
     */
    public CostReport costWithTwin(int threads) {
        return costWithTwin(SimulateOptions.of(threads));
    }

    /**
     * As {@link #costWithTwin(int)}, the twin flown with {@code options}' threads, sampling
     * interval, progress recorder and phase listener (a results database in the options is not written).
     */
    public CostReport costWithTwin(SimulateOptions options) {
        requireSpaceSegment("fly with --with-twin");
        options.phases().phase("prepare");
        return costWithTwin(prepareSimulation(), options);
    }

    /** As {@link #costWithTwin(SimulateOptions)}, flying a twin run prepared by {@link #prepareSimulation()}. */
    public CostReport costWithTwin(SimulateStage.Simulation sim, SimulateOptions options) {
        options.phases().phase("twin");
        SimulationReport run = SimulateStage.run(sim, options.threads(), options.progress(),
                options.everySteps());
        options.phases().phase("cost");
        return cost(Optional.of(CostStage.TwinDelivery.of(run)));
    }

    private CostReport cost(Optional<CostStage.TwinDelivery> twin) {
        try {
            return new CostStage(catalogs).run(scenario, twin);
        } catch (InfeasibleLaunchException e) {
            throw scenario.sources().error("launch", "the launch plan is infeasible (" + e.reason()
                    + "); set launch.pricePerKg to cost the fleet at a flat launch price");
        }
    }
}
