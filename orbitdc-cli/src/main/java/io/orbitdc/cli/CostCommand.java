package io.orbitdc.cli;

import io.orbitdc.core.launch.InfeasibleLaunchException;
import io.orbitdc.core.study.CostStage;
import io.orbitdc.core.study.Pipeline;
import io.orbitdc.core.report.CostJson;
import io.orbitdc.core.report.CostTable;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.study.SimulateStage;
import io.orbitdc.core.twin.StepRecorder;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc cost FILE}: total cost of ownership in orbit versus on the ground, and where orbit
 * wins; with {@code --with-twin}, at the delivered compute the digital twin measures — each
 * workload's share at what it delivers (TwinSummary#pricedDeliveredFraction).
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Cost a design: TCO in orbit vs a terrestrial campus, $ per GPU-hour, the crossover launch price and a sensitivity tornado.")
final class CostCommand extends ReportCommand {

    @Option(names = "--with-twin", description = "Fly the digital twin first (orbitdc simulate) and price the delivered"
            + " compute it measures (compute.pricedDeliveredFraction: a training job's share at its effective training"
            + " time, the rest at the delivered fraction) instead of economics.deliveredFraction.")
    boolean withTwin;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the twin with --with-twin (default: all"
            + " cores). Results do not depend on it.")
    Integer threadCount;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard();
        Scenario scenario = withTwin ? loadSpaceScenario("fly with --with-twin") : load(pipeline);
        Optional<CostStage.TwinDelivery> twin = withTwin ? Optional.of(twin(scenario)) : Optional.empty();
        CostStage.CostReport report;
        try {
            report = new CostStage(pipeline.catalogs()).run(scenario, twin);
        } catch (InfeasibleLaunchException e) {
            // not a translation of the exit code (OrbitdcCommand does that): the hint only cost can give
            throw scenario.sources().error("launch", "the launch plan is infeasible (" + e.reason()
                    + "); set launch.pricePerKg to cost the fleet at a flat launch price");
        }
        return emit("cost", JsonOutput.pretty(CostJson.of(report)), CostTable.render(report));
    }

    /** The delivered fraction of the scenario's twin run. */
    private CostStage.TwinDelivery twin(Scenario scenario) {
        int threads = threads(threadCount);
        SimulateStage.SimulationReport run = SimulateStage.run(SimulateCommand.prepare(scenario), threads,
                StepRecorder.NONE, Integer.MAX_VALUE);
        return CostStage.TwinDelivery.of(run);
    }
}
