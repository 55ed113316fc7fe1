package io.orbitdc.cli;

import java.util.Map;
import io.orbitdc.core.report.LaunchCsv;

import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.launch.LaunchReportText;
import io.orbitdc.core.report.JsonOutput;
import picocli.CommandLine.Command;

/** {@code orbitdc launch FILE}: which rockets, how many launches, how long, and the cost of independence. */
@Command(name = "launch", mixinStandardHelpOptions = true,
        description = "Plan the launches of a fleet: manifest, totals, Monte Carlo over failures and slips, and the cost of excluding a provider.")
final class LaunchCommand extends ReportCommand {

    @Override
    public Integer call() {
        LaunchReport report = study().launch();
        return emit("launch", JsonOutput.pretty(JsonOutput.tree(report)), LaunchReportText.render(report),
                Map.of("launch-manifest.csv", () -> LaunchCsv.manifest(report).render()));
    }
}
