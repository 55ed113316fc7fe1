package io.orbitdc.cli;

import io.orbitdc.core.launch.InfeasibleLaunchException;
import io.orbitdc.core.pipeline.CostStage;
import io.orbitdc.core.pipeline.Pipeline;
import io.orbitdc.core.results.CostJson;
import io.orbitdc.core.results.CostTable;
import io.orbitdc.core.results.JsonOutput;
import io.orbitdc.core.scenario.Scenario;
import picocli.CommandLine.Command;

/** {@code orbitdc cost FILE}: total cost of ownership in orbit versus on the ground, and where orbit wins. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Cost a design: TCO in orbit vs a terrestrial campus, $ per GPU-hour, the crossover launch price and a sensitivity tornado.")
final class CostCommand extends ReportCommand {

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard();
        Scenario scenario = pipeline.load(file);
        CostStage.CostReport report;
        try {
            report = new CostStage(pipeline.catalogs()).run(scenario);
        } catch (InfeasibleLaunchException e) {
            throw new BadInputException(file + ": the launch plan is infeasible (" + e.getMessage()
                    + "); set launch.pricePerKg to cost the fleet at a flat launch price");
        }
        return emit("cost", JsonOutput.pretty(CostJson.of(report)), CostTable.render(report));
    }
}
