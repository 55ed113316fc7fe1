package io.orbitdc.cli;

import io.orbitdc.core.InputException;
import io.orbitdc.core.report.TextSafe;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
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
            CostCommand.class, ScenarioCommand.class, SweepCommand.class, VerdictCommand.class, HtmlReportCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 2 bad input, 1 internal error."})
public final class OrbitdcCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code orbitdc} alone: no verb is a usage error, so the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("orbitdc: no verb given");
        spec.commandLine().usage(err);
        return EXIT_BAD_INPUT;
    }

    /** A command line wired with orbitdc's exit codes, error handling and run directories. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OrbitdcCommand());
        // `orbitdc completion`: a bash/zsh completion script (source <(orbitdc completion))
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Print a bash/zsh completion script: source <(orbitdc completion)");
        cl.addSubcommand("completion", completion);
        cl.setExecutionExceptionHandler(OrbitdcCommand::handleException);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("orbitdc: " + ex.getMessage());
            // picocli's "did you mean" for a mistyped verb or option (orbitdc sim -> simulate)
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionStrategy(OrbitdcCommand::execute);
        return cl;
    }

    /**
     * Runs the chosen verb; a report verb with {@code --out} gets its run directory opened (checked,
     * locked, swept) first and closed (staged files discarded unless published, lock released) after,
     * whatever happens in between.
     */
    private static int execute(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandLine verb = leaf.commandSpec().commandLine();
        if (!(verb.getCommand() instanceof ReportCommand report) || leaf.isUsageHelpRequested()
                || leaf.isVersionHelpRequested()) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        try {
            report.openOut();
        } catch (RuntimeException e) {
            return handleException(e, verb, leaf);
        }
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } finally {
            report.closeOut();
        }
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
            // messages quote what the user typed: no control character of it reaches the terminal
            List<String> lines = bad.lines().stream().map(TextSafe::escape).toList();
            if (bad.location().isEmpty()) {
                lines.forEach(l -> err.println("orbitdc: " + l));
            } else {
                lines.forEach(err::println);
                err.println(lines.size() == 1 ? "1 error" : lines.size() + " errors");
            }
            return EXIT_BAD_INPUT;
        }
        err.println("orbitdc: internal error: " + TextSafe.escape(String.valueOf(ex)));
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
