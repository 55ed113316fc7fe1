package io.orbitdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --progress auto|always|never} option of the long verbs (a picocli mixin). */
final class ProgressOptions {

    /** When to show progress on stderr. */
    enum When { auto, always, never }

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress on stderr: auto (a bar on a terminal, else a line at least every "
                    + ProgressMeter.LINE_EVERY_S + " s), always (a line at each phase and at least every "
                    + ProgressMeter.LINE_EVERY_S + " s), never. Default: ${DEFAULT-VALUE}.")
    When when = When.auto;

    /** A meter for {@code verb} drawing on {@code err} in the chosen style; close it when done. */
    ProgressMeter start(PrintWriter err, String verb) {
        ProgressMeter.Style style = switch (when) {
            case never -> ProgressMeter.Style.NONE;
            case always -> ProgressMeter.Style.LINES_AT_PHASES;
            case auto -> stderrIsTerminal() ? ProgressMeter.Style.BAR : ProgressMeter.Style.LINES;
        };
        return new ProgressMeter(err, verb, style);
    }

    /**
     * Whether this process's stderr is a terminal. {@code System.console()} answers for stdin and
     * stdout (null with {@code --json > file}), so on Linux ask the kernel what fd 2 is.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
