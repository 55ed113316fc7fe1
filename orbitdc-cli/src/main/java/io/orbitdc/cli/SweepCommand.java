package io.orbitdc.cli;

import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scaleout.ScaleOutEngine;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.sweep.SweepFileReader;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSource;
import io.orbitdc.core.sweep.SweepSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbitdc sweep SWEEP.yaml [--out DIR] [--threads N] [--format parquet] [--engine local|spark [--master URL]]}:
 * every point of a sweep file into {@code DIR/sweep.duckdb} (table {@code points}); rerun the same
 * command to resume. Only parses options and calls {@link SweepRunner} or the Spark engine.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a sweep file (grids, lists, random draws over a base scenario) into DIR/sweep.duckdb, table points; rerun to resume.")
final class SweepCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SWEEP", description = "Sweep YAML file (docs/sweeps.md).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: the sweep file's name + '.results' in the current directory).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Also export the points as: parquet (DIR/points.parquet).")
    String format;

    @Option(names = "--progress", paramLabel = "WHEN", description = "Progress on stderr: auto (when stderr is a terminal), always, never.")
    String progress = "auto";

    @Option(names = "--json", description = "Print a JSON summary on stdout.")
    boolean json;

    @picocli.CommandLine.Mixin
    OverrideOptions set = new OverrideOptions();

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format != null && !format.equals("parquet") && !format.equals("duckdb")) {
            throw new BadInputException("--format " + format + ": expected parquet (DuckDB is always written)");
        }
        if (!progress.equals("auto") && !progress.equals("always") && !progress.equals("never")) {
            throw new BadInputException("--progress " + progress + ": expected auto, always or never");
        }
        int n = ReportCommand.threads(threads);
        Optional<ScaleOutEngine> scaleOut = engine.scaleOut(); // options first: a missing engine is not the sweep file's fault
        SweepSpec sweep = SweepFileReader.read(file);
        SweepPlan plan = SweepPlan.create(sweep, ShippedCatalogs.load(), set.overrides()); // --set: the base at every point
        Path dir = out != null ? out : Path.of(stem(file) + ".results");
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + ": is a file; expected a directory (created if missing)");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean show = progress.equals("always") || (progress.equals("auto") && ProgressOptions.stderrIsTerminal());
        long t0 = System.nanoTime();
        SweepRunner.Options options = SweepRunner.Options.of(n).withParquet("parquet".equals(format))
                .withProgress(show ? (done, total, failed) -> {
                    double s = (System.nanoTime() - t0) / 1e9;
                    err.printf(Locale.ROOT, "sweep: %d/%d points (%.0f%%), %d failed, %.1f s%n", done, total,
                            100.0 * done / total, failed, s);
                    err.flush();
                } : SweepRunner.Progress.NONE);
        SweepRunner.Summary summary = scaleOut.isPresent()
                ? scaleOut.get().sweep(SweepSource.of(sweep, set.overrides()), dir, options, engine.master)
                : SweepRunner.run(plan, dir, options);
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.print(JsonOutput.pretty(summary.toJson(file.toString(), summary.database().toString())));
        } else {
            stdout.printf(Locale.ROOT, "%s: %d points into %s (table points)%s; %d evaluated in %.1f s, %d failed%n",
                    file, summary.points(), summary.database(),
                    summary.resumedFrom() > 0 ? ", resumed at point " + summary.resumedFrom() : "",
                    summary.evaluated(), seconds, summary.failed());
        }
        stdout.flush();
        return OrbitdcCommand.EXIT_OK;
    }

    private static String stem(Path f) {
        String base = f.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
