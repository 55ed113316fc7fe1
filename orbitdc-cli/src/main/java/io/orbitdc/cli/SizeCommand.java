package io.orbitdc.cli;

import io.orbitdc.core.pipeline.Pipeline;
import io.orbitdc.core.pipeline.SizingReport;
import io.orbitdc.core.pipeline.SizingStage;
import io.orbitdc.core.results.AtomicOutput;
import io.orbitdc.core.results.JsonOutput;
import io.orbitdc.core.results.SizingJson;
import io.orbitdc.core.results.SizingTable;
import io.orbitdc.core.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbitdc size FILE}: closed-form budgets of one satellite and the fleet, and which one binds. */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "Size a design: orbit, power, thermal, radiation and mass budgets per satellite and for the fleet.")
final class SizeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document on stdout (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write size.json and size.txt into DIR (atomically).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = Pipeline.standard().load(file);
        if (!scenario.hasSpaceSegment()) {
            throw new BadInputException(file + ": a ground-only scenario has no satellite to size;"
                    + " expected an orbit and a satellite (use 'orbitdc cost' for a terrestrial site)");
        }
        SizingReport report = SizingStage.run(scenario);
        String jsonText = JsonOutput.pretty(SizingJson.of(report));
        String table = SizingTable.render(report);
        if (out != null) {
            AtomicOutput.writeString(out.resolve("size.json"), jsonText);
            AtomicOutput.writeString(out.resolve("size.txt"), table);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? jsonText : table);
        stdout.flush();
        return OrbitdcCommand.EXIT_OK;
    }
}
