package io.orbitdc.cli;

import io.orbitdc.core.scenario.schema.DefaultsWriter;
import io.orbitdc.core.scenario.schema.JsonSchemaWriter;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.study.ShippedCatalogs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code orbitdc scenario --defaults | --schema}: the scenario format, from the one schema declaration. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Print the scenario format: every field with its default (--defaults) or a JSON Schema (--schema).")
final class ScenarioCommand implements Callable<Integer> {

    @Option(names = "--defaults", description = "Print every field with its default, as a commented YAML scenario.")
    boolean defaults;

    @Option(names = "--schema", description = "Print a JSON Schema (draft 2020-12) of the format.")
    boolean schema;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (defaults == schema) {
            throw new BadInputException("scenario: give exactly one of --defaults or --schema");
        }
        spec.commandLine().getOut().print(defaults ? DefaultsWriter.write() : JsonOutput.pretty(JsonSchemaWriter.schema(ShippedCatalogs.load())));
        spec.commandLine().getOut().flush();
        return OrbitdcCommand.EXIT_OK;
    }
}
