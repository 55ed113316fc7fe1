package io.orbitdc.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc serve}: the local web dashboard and HTTP API v1 (docs/server.md). The
 * {@code orbitdc} launcher runs this main for the {@code serve} verb, so the command line itself
 * carries no web server. Exit codes as every verb: 2 for a bad option, 1 for an internal error.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the local web dashboard and HTTP API v1 (docs/server.md): scenario library, editor with live"
                + " validation, background jobs with live progress, results, downloads, a 3D view of the fleet.",
        footer = {"", "Exit codes: 0 stopped, 2 bad option, 1 internal error."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}); any other than loopback needs --token.")
    String bind;

    @Option(names = "--token", paramLabel = "T", description = "Access token every request must carry"
            + " (Authorization: Bearer T, or open the dashboard as /?token=T). Required with --bind.")
    String token;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "orbitdc-data",
            description = "Where jobs, results and saved scenarios are kept (default ${DEFAULT-VALUE}, in the current folder).")
    Path data;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "2", description = "Geometry, simulate and verdict jobs that"
            + " run at once (default ${DEFAULT-VALUE}); size, launch, cost and validate jobs have a lane of their own.")
    int jobs;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_QUEUE,
            description = "Jobs that may wait beyond those, per lane (default ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-satellite-steps", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_SATELLITE_STEPS,
            description = "Largest satellites × time steps one geometry or simulate job may fly (default ${DEFAULT-VALUE}).")
    long maxSatelliteSteps;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("orbitdc serve: " + problem);
            return 2;
        }
        ServerConfig config = new ServerConfig(bind, port, Optional.ofNullable(token), data, jobs, queue,
                maxSatelliteSteps, ServerConfig.DEFAULT_MAX_BODY_BYTES);
        OrbitdcServer server;
        try {
            server = OrbitdcServer.start(config);
        } catch (RuntimeException e) {
            err.println("orbitdc serve: cannot listen on " + bind + ":" + port + " (" + rootMessage(e)
                    + "); choose another --port or stop what uses it");
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "orbitdc-serve-stop"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        err.println("orbitdc serve: dashboard at http://" + host + ":" + server.port() + "/"
                + (token != null ? "?token=…" : "") + " (data in " + data.toAbsolutePath().normalize() + "); Ctrl-C stops");
        err.flush();
        stopped.await();
        return 0;
    }

    private String problem() {
        if (port < 0 || port > 65535) {
            return "--port " + port + ": expected 0 to 65535";
        }
        if (jobs < 1 || jobs > 64) {
            return "--jobs " + jobs + ": expected 1 to 64";
        }
        if (queue < 0 || queue > 10_000) {
            return "--queue " + queue + ": expected 0 to 10000";
        }
        if (maxSatelliteSteps < 1) {
            return "--max-satellite-steps " + maxSatelliteSteps + ": expected a positive count";
        }
        if (token != null && token.length() < 16) {
            return "--token: expected at least 16 characters (a guessable token guards nothing)";
        }
        if (token == null && !ServerConfig.isLoopback(bind)) {
            return "--bind " + bind + ": listening beyond this machine needs --token T (at least 16 characters)";
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new ServeCommand());
        cl.setCommandName("orbitdc serve");
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("orbitdc serve: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'orbitdc serve --help'.");
            return 2;
        });
        int code = cl.execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
