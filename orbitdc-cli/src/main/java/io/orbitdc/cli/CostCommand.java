package io.orbitdc.cli;

import java.util.Map;
import io.orbitdc.core.report.CostCsv;

import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.study.CostStage;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.report.CostJson;
import io.orbitdc.core.report.CostTable;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.study.SimulateOptions;
import io.orbitdc.core.study.SimulateStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ProgressOptions progress = new ProgressOptions();

    @Override
    public Integer call() {
        int threads = withTwin ? threads(threadCount) : 1; // options first
        CostReport report;
        if (withTwin) {
            try (ProgressMeter meter = progress.start(spec.commandLine().getErr(), "cost --with-twin")) {
                meter.phase("prepare");
                Study study = study().requireSpaceSegment("fly with --with-twin");
                SimulateStage.Simulation sim = study.prepareSimulation();
                // the twin's samples meter its phase: one per simulated hour (or step, if coarser)
                int every = (int) Math.max(1, Math.round(3600 / study.scenario().stepS()));
                meter.expectTwin(sim.timeline().satelliteCount(), sim.timeline().stepCount(), every,
                        study.scenario().durationS());
                report = study.costWithTwin(sim, SimulateOptions.of(threads).sampledEvery(every, meter).reportingPhasesTo(meter));
            }
        } else {
            report = study().cost();
        }
        CostReport answer = report;
        return emit("cost", JsonOutput.pretty(CostJson.of(report)), CostTable.render(report), Map.of(
                "cost-lines.csv", () -> CostCsv.lines(answer).render(),
                "tornado.csv", () -> CostCsv.tornado(answer).render()));
    }
}
