package io.orbitdc.cli;

import io.orbitdc.core.scenario.ScenarioException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code orbitdc} launcher: one picocli command with a sub-command per verb. Front ends only
 * assemble scenarios and call the core pipeline. Exit codes: 0 ok, 2 bad input (the message
 * names file, line, field and what was expected), 1 internal error.
 */
@Command(name = "orbitdc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Design, simulate and cost AI data centers in orbit, side by side with terrestrial ones.",
        subcommands = {ValidateCommand.class, SizeCommand.class, GeometryCommand.class, SimulateCommand.class, LaunchCommand.class,
            CostCommand.class, ScenarioCommand.class},
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
        if (ex instanceof ScenarioException se) {
            se.errors().forEach(e -> err.println(e));
            err.println(se.errors().size() == 1 ? "1 error" : se.errors().size() + " errors");
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof BadInputException bad) {
            err.println("orbitdc: " + bad.getMessage());
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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
