package io.orbitdc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code orbitdc} launcher: one picocli command with a sub-command per verb.
 * Front ends only assemble scenarios and call the core pipeline.
 */
@Command(name = "orbitdc", mixinStandardHelpOptions = true, version = "orbitdc 0.1.0",
        description = "Design, simulate and cost AI data centers in orbit, side by side with terrestrial ones.")
public final class OrbitdcCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new OrbitdcCommand()).execute(args));
    }
}
