package io.orbitdc.cli;

import io.orbitdc.core.scenario.Overrides;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --set PATH=VALUE} (repeatable), mixed into every verb that reads a scenario: overrides one
 * scenario field with the same units, parsing and errors as the file. The override logic is
 * {@link Overrides} in core; this only collects the option.
 */
final class OverrideOptions {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario field, e.g. --set launch.pricePerKg=\"200 USD/kg\" (repeatable; same units and errors as the file).")
    List<String> assignments = new ArrayList<>();

    /** The overrides given, in order (a malformed one is bad input naming --set). */
    Overrides overrides() {
        return Overrides.parse(assignments);
    }
}
