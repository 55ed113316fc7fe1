package io.orbitdc.cli;

import io.orbitdc.core.launch.InfeasibleLaunchException;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.launch.LaunchReportText;
import io.orbitdc.core.pipeline.LaunchStage;
import io.orbitdc.core.pipeline.Pipeline;
import io.orbitdc.core.pipeline.SizingStage;
import io.orbitdc.core.results.AtomicOutput;
import io.orbitdc.core.results.JsonOutput;
import io.orbitdc.core.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbitdc launch FILE}: which rockets, how many launches, how long, and the cost of independence. */
@Command(name = "launch", mixinStandardHelpOptions = true,
        description = "Plan the launches of a fleet: manifest, totals, Monte Carlo over failures and slips, and the cost of excluding a provider.")
final class LaunchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document on stdout (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write launch.json and launch.txt into DIR (atomically).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = Pipeline.standard().load(file);
        if (!scenario.hasSpaceSegment()) {
            throw new BadInputException(file + ": a ground-only scenario launches nothing; expected an orbit and a satellite");
        }
        LaunchReport report;
        try {
            report = LaunchStage.run(scenario, SizingStage.run(scenario));
        } catch (InfeasibleLaunchException e) {
            throw new BadInputException(file + ": infeasible launch request: " + e.getMessage());
        }
        String jsonText = JsonOutput.pretty(JsonOutput.tree(report));
        String text = LaunchReportText.render(report);
        if (out != null) {
            AtomicOutput.writeString(out.resolve("launch.json"), jsonText);
            AtomicOutput.writeString(out.resolve("launch.txt"), text);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? jsonText : text);
        stdout.flush();
        return OrbitdcCommand.EXIT_OK;
    }
}
