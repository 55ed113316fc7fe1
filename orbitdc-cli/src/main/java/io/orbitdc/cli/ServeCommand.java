package io.orbitdc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code orbitdc serve}, as the command line lists it. The web server lives in the orbitdc-server
 * module (the command line carries no web server): the {@code orbitdc} launcher script sends
 * {@code serve} there before this jar is started, so this class only runs when the CLI jar is
 * started by hand, and then says where the server is.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the local web dashboard and HTTP API v1 on 127.0.0.1 (docs/server.md):"
                + " [--port 8080] [--bind ADDR --token T] [--data DIR] [--jobs N] [--max-satellite-steps N]."
                + " Started by the orbitdc launcher from the orbitdc-server module.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "OPTION", description = "The server's options (orbitdc serve --help through the launcher).")
    List<String> options = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("orbitdc: serve runs from the orbitdc-server module: start it with the orbitdc launcher"
                + " (./orbitdc serve ...) or java -jar orbitdc-server/target/orbitdc-server.jar ...");
        return OrbitdcCommand.EXIT_BAD_INPUT;
    }
}
