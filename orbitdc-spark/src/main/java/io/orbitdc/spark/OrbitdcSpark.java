package io.orbitdc.spark;

import io.orbitdc.core.InputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.GraphSlice;
import io.orbitdc.core.study.ScenarioSource;
import io.orbitdc.core.sweep.SweepFileReader;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code spark-submit} entry point (docs/spark.md):
 * {@code spark-submit --class io.orbitdc.spark.OrbitdcSpark orbitdc-spark.jar [sweep] SWEEP.yaml --out DIR
 * [--format parquet] [--set PATH=VALUE]... [--master URL]}. Bad input exits 2 with the located
 * messages, as the command line does; the master comes from spark-submit unless {@code --master} is given.
 */
public final class OrbitdcSpark {

    private OrbitdcSpark() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the arguments; returns the exit code (0, or 2 for bad input). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            List<String> a = new ArrayList<>(List.of(args));
            if (!a.isEmpty() && a.get(0).equals("geometry")) {
                a.remove(0);
                return geometry(a, out);
            }
            if (!a.isEmpty() && a.get(0).equals("sweep")) {
                a.remove(0);
            }
            return sweep(a, out);
        } catch (InputException e) {
            e.lines().forEach(err::println);
            return 2;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: spark-submit --class io.orbitdc.spark.OrbitdcSpark orbitdc-spark.jar [sweep] SWEEP.yaml"
                    + " --out DIR [--format parquet] [--set PATH=VALUE]... [--master URL]");
            err.println("       spark-submit --class io.orbitdc.spark.OrbitdcSpark orbitdc-spark.jar geometry SCENARIO.yaml"
                    + " [--set PATH=VALUE]... [--master URL] [--tasks N] [--graphs-only]");
            return 2;
        }
    }

    private static int sweep(List<String> a, PrintStream out) {
        String file = null;
        String dir = null;
        String master = null;
        boolean parquet = false;
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            switch (arg) {
                case "--out" -> dir = value(a, ++i, arg);
                case "--master" -> master = value(a, ++i, arg);
                case "--set" -> sets.add(value(a, ++i, arg));
                case "--format" -> {
                    String f = value(a, ++i, arg);
                    if (!f.equals("parquet") && !f.equals("duckdb")) {
                        throw new UsageException("--format " + f + ": expected parquet (DuckDB is always written)");
                    }
                    parquet = f.equals("parquet");
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new UsageException(arg + ": unknown option or second sweep file");
                    }
                    file = arg;
                }
            }
        }
        if (file == null || dir == null) {
            throw new UsageException("expected a sweep file and --out DIR");
        }
        SweepSource source = SweepSource.of(SweepFileReader.read(Path.of(file)), Overrides.parse(sets));
        long t0 = System.nanoTime();
        SweepRunner.Summary s = new SparkEngine().sweep(source, Path.of(dir), SweepRunner.Options.of(1).withParquet(parquet), master);
        out.printf(Locale.ROOT, "%s: %d points into %s (table points)%s; %d evaluated in %.1f s, %d failed%n", file, s.points(),
                s.database(), s.resumedFrom() > 0 ? ", resumed at point " + s.resumedFrom() : "", s.evaluated(),
                (System.nanoTime() - t0) / 1e9, s.failed());
        return 0;
    }

    /**
     * {@code geometry SCENARIO}: the whole-fleet geometry report as JSON on stdout (the keys of
     * {@code orbitdc geometry --json}); {@code --graphs-only} builds only the neighbour graphs and
     * prints their mean degree and degree counts (the 1M-satellite measurement of docs/spark.md).
     */
    private static int geometry(List<String> a, PrintStream out) {
        String file = null;
        String master = null;
        int tasks = 0;
        boolean graphsOnly = false;
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            switch (arg) {
                case "--master" -> master = value(a, ++i, arg);
                case "--set" -> sets.add(value(a, ++i, arg));
                case "--graphs-only" -> graphsOnly = true;
                case "--tasks" -> {
                    String t = value(a, ++i, arg);
                    try {
                        tasks = Integer.parseInt(t);
                    } catch (NumberFormatException e) {
                        tasks = -1;
                    }
                    if (tasks < 1) {
                        throw new UsageException("--tasks " + t + ": expected a positive whole number");
                    }
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new UsageException(arg + ": unknown option or second scenario file");
                    }
                    file = arg;
                }
            }
        }
        if (file == null) {
            throw new UsageException("expected a scenario file");
        }
        ScenarioSource source = ScenarioSource.read(Path.of(file), Overrides.parse(sets));
        source.study().requireSpaceSegment("propagate"); // the file's own errors before the cluster starts
        long t0 = System.nanoTime();
        int wanted = tasks;
        boolean onlyGraphs = graphsOnly;
        String json = SparkSessions.within("orbitdc geometry " + file, master, spark -> {
            int n = wanted > 0 ? wanted : spark.defaultParallelism();
            if (onlyGraphs) {
                GraphSlice g = SparkFleetGeometry.graphsOnly(spark, source, n);
                ObjectNode doc = JsonOutput.object();
                doc.put("graphs", g.meanDegree().length);
                doc.put("meanNeighbours", g.meanNeighbours());
                ArrayNode counts = doc.putArray("degreeCounts");
                for (long c : g.degreeCounts()) {
                    counts.add(c);
                }
                return JsonOutput.pretty(doc);
            }
            return JsonOutput.pretty(JsonOutput.tree(SparkFleetGeometry.run(spark, source, n).report()));
        });
        out.print(json);
        System.err.printf(Locale.ROOT, "orbitdc-spark: geometry of %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static String value(List<String> a, int i, String option) {
        if (i >= a.size()) {
            throw new UsageException(option + ": expected a value");
        }
        return a.get(i);
    }

    /** A malformed command line (exit 2). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
