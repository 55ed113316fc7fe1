package io.orbitdc.cli;

import io.orbitdc.core.budget.WorkLimits;
import picocli.CommandLine.Option;

/**
 * The {@code --budget MINUTES} option of the verbs that fly the fleet (a picocli mixin): the
 * wall-time budget the up-front work estimate is held to (docs/models/work-estimate.md).
 */
final class BudgetOptions {

    @Option(names = "--budget", paramLabel = "MINUTES", defaultValue = "5",
            description = "Wall-time budget of the up-front work estimate, minutes (default: ${DEFAULT-VALUE});"
                    + " a run estimated beyond it, or beyond the heap, is refused with the knob to turn.")
    double minutes;

    /** This machine's limits at the chosen budget; a budget that is not a positive number is bad input. */
    WorkLimits limits() {
        if (!(minutes > 0) || !Double.isFinite(minutes)) {
            throw new BadInputException("--budget: found " + minutes + "; expected a positive number of minutes");
        }
        return WorkLimits.machine(minutes * 60);
    }
}
