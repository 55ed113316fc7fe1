package io.orbitdc.cli;

import io.orbitdc.core.InputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code orbitdc} launcher: one picocli command with a sub-command per verb. Front ends only
 * assemble scenarios and call the core pipeline. Exit codes: 0 ok, 2 bad input (the message
 * names file, line, field and what was expected), 1 internal error.
 *
 * <p>The error contract lives in {@link #handleException} and nowhere else: an
 * {@link InputException} anywhere in the cause chain is bad input (exit 2, printed as
 * {@code FILE:LINE:COL field: message}); anything else is an internal error (exit 1). Commands
 * do not catch and translate engine exceptions themselves.
 */
@Command(name = "orbitdc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Design, simulate and cost AI data centers in orbit, side by side with terrestrial ones.",
        subcommands = {ValidateCommand.class, SizeCommand.class, GeometryCommand.class, SimulateCommand.class, LaunchCommand.class,
            CostCommand.class, ScenarioCommand.class, SweepCommand.class,
            VerdictCommand.class},
        footer = {"", "Exit codes: 0 ok, 2 bad input, 1 internal error."})
public final class OrbitdcCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line wired with orbitdc's exit codes and error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OrbitdcCommand());
        cl.setExecutionExceptionHandler(OrbitdcCommand::handleException);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("orbitdc: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static int handleException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        Optional<InputException> input = inputCause(ex);
        if (input.isPresent()) {
            InputException bad = input.get();
            if (bad.location().isEmpty() && !(bad instanceof BadInputException)
                    && cl.getCommand() instanceof ReportCommand report) {
                // an engine's error for a value of the scenario: at least the file and its top
                bad = report.locate(bad);
            }
            List<String> lines = bad.lines();
            if (bad.location().isEmpty()) {
                lines.forEach(l -> err.println("orbitdc: " + l));
            } else {
                lines.forEach(err::println);
                err.println(lines.size() == 1 ? "1 error" : lines.size() + " errors");
            }
            return EXIT_BAD_INPUT;
        }
        err.println("orbitdc: internal error: " + ex);
        if (System.getenv("ORBITDC_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set ORBITDC_DEBUG=1 for the stack trace, and please report it)");
        }
        return EXIT_INTERNAL;
    }

    /** The bad-input error behind {@code ex}: itself, or the first one in its cause chain (worker threads wrap). */
    static Optional<InputException> inputCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputException bad) {
                return Optional.of(bad);
            }
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
