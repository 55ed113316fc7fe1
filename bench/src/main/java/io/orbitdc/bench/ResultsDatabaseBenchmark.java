package io.orbitdc.bench;

import io.orbitdc.core.report.db.ExportFormat;
import io.orbitdc.core.report.db.ResultsSchema;
import io.orbitdc.core.report.db.RunDatabase;
import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.report.db.RunResults;
import io.orbitdc.core.sizing.RadiatorEnvironment;
import io.orbitdc.core.sizing.RadiatorOrientation;
import io.orbitdc.core.sizing.RadiatorSpec;
import io.orbitdc.core.sizing.SolarArraySpec;
import io.orbitdc.core.sizing.SpaceEnvironment;
import io.orbitdc.core.twin.ArrayPowerModel;
import io.orbitdc.core.twin.BatteryParameters;
import io.orbitdc.core.twin.CircularOrbitTimeline;
import io.orbitdc.core.twin.ComputeSpec;
import io.orbitdc.core.twin.FailureLayout;
import io.orbitdc.core.twin.FailureRates;
import io.orbitdc.core.twin.RadiationSpec;
import io.orbitdc.core.twin.RollbackSpec;
import io.orbitdc.core.twin.SatelliteTwinSpec;
import io.orbitdc.core.twin.StepRecorder;
import io.orbitdc.core.twin.ThermalNetworkSpec;
import io.orbitdc.core.twin.ThrottleSpec;
import io.orbitdc.core.twin.TwinEngine;
import io.orbitdc.core.twin.TwinSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Write speed of the results database: a twin run of {@code --satellites} satellites ×
 * {@code --steps} steps recorded at every step (one row per satellite-step), streamed into a
 * DuckDB file, first without a recorder (the twin's own cost), then with the database; then the
 * series exported to CSV and Parquet.
 *
 * <p>Usage: {@code java -Xmx1g -cp bench/target/benchmarks.jar io.orbitdc.bench.ResultsDatabaseBenchmark
 * [--satellites 81] [--steps 12000] [--threads 2] [--buffer 8192] [--out /tmp/orbitdc-bench.duckdb]}.
 * Prints wall times, rows per second, file and export sizes, peak heap and the recorder's
 * high-water mark. The satellite is a 4 kW test design (the one of the results tests), not a
 * reference system.
 */
public final class ResultsDatabaseBenchmark {

    private ResultsDatabaseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int satellites = 81;
        int steps = 12_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int buffer = RunDatabase.DEFAULT_BUFFER_ROWS;
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "orbitdc-bench.duckdb");
        for (int k = 0; k + 1 < args.length; k += 2) {
            switch (args[k]) {
                case "--satellites" -> satellites = Integer.parseInt(args[k + 1]);
                case "--steps" -> steps = Integer.parseInt(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                case "--buffer" -> buffer = Integer.parseInt(args[k + 1]);
                case "--out" -> out = Path.of(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                        + "; expected --satellites, --steps, --threads, --buffer or --out");
            }
        }
        double stepS = 30.0;
        CircularOrbitTimeline timeline = new CircularOrbitTimeline(satellites, steps, stepS, 5700.0, 2100.0, 20.0,
                1.0, 600.0, 0.2, 0.0);
        TwinEngine engine = TwinEngine.uniform(timeline, satellite(), 1L);
        RunMetadata meta = new RunMetadata("results-benchmark", RunMetadata.sha256("results-benchmark".getBytes(
                StandardCharsets.UTF_8)), 1L, Instant.parse("2026-01-01T00:00:00Z"), steps * stepS, stepS, 1,
                satellites, "bench");
        long rows = (long) satellites * steps;
        System.out.printf(Locale.ROOT, "satellites=%d steps=%d rows=%d threads=%d buffer=%d%n", satellites, steps,
                rows, threads, buffer);

        long t0 = System.nanoTime();
        engine.run(threads, StepRecorder.NONE, 1);
        double twinOnlyS = (System.nanoTime() - t0) * 1e-9;

        long t1 = System.nanoTime();
        int highWater;
        double runReturnedS;
        try (RunDatabase db = RunDatabase.create(out, meta, buffer)) {
            TwinSummary summary = engine.run(threads, db.recorder(), 1);
            highWater = db.recorder().highWaterMark();
            db.writeSummary(summary);
            runReturnedS = (System.nanoTime() - t1) * 1e-9;
            db.commit();
        }
        double withDbS = (System.nanoTime() - t1) * 1e-9;
        System.out.printf(Locale.ROOT, "runReturnedS=%.2f commitS=%.2f (drain the queue, checkpoint, close, move)%n",
                runReturnedS, withDbS - runReturnedS);
        System.out.printf(Locale.ROOT, "twinOnlyS=%.2f twinWithDatabaseS=%.2f (incl. commit) databaseOverheadS=%.2f"
                + " rowsPerSecondWithTwin=%.0f%n", twinOnlyS, withDbS, withDbS - twinOnlyS, rows / withDbS);
        System.out.printf(Locale.ROOT, "fileMiB=%.1f bytesPerRow=%.1f recorderHighWater=%d%n",
                Files.size(out) / 1048576.0, (double) Files.size(out) / rows, highWater);

        System.out.printf(Locale.ROOT, "peakRssAfterCommitMiB=%s%n", peakRssMiB());
        Path exportDir = out.resolveSibling(out.getFileName() + "-export");
        try (RunResults r = RunResults.open(out)) {
            for (ExportFormat f : ExportFormat.values()) {
                long t2 = System.nanoTime();
                Path p = r.export(ResultsSchema.Table.SERIES, f, exportDir);
                System.out.printf(Locale.ROOT, "export %s: %.2f s, %.1f MiB%n", f, (System.nanoTime() - t2) * 1e-9,
                        Files.size(p) / 1048576.0);
            }
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peakHeapMiB=%.0f maxHeapMiB=%.0f loadAverageAtEnd=%.2f%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "peakRssAtEndMiB=%s%n", peakRssMiB());
    }

    /** Peak resident set size of this process so far (Linux /proc; "n/a" elsewhere). */
    private static String peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.format(Locale.ROOT, "%.0f", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: report nothing rather than fail the benchmark
        }
        return "n/a";
    }

    /** The 4 kW test satellite of the results tests (test assumptions of plausible magnitude). */
    private static SatelliteTwinSpec satellite() {
        SolarArraySpec array = new SolarArraySpec(SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2, 0.298, 0.9, -0.002,
                323.15, 301.15, 0.77, 0.0, 0.0018, OptionalDouble.empty(), OptionalDouble.of(2.0));
        RadiatorSpec radiator = RadiatorSpec.of(320.0, 0.92, 0.09, 2, 3.6, RadiatorOrientation.EDGE_ON_TO_SUN);
        RadiatorEnvironment env = RadiatorEnvironment.forOrbit(radiator, 550e3, 0.0, SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2);
        ThermalNetworkSpec thermal = new ThermalNetworkSpec(800.0, 10_000.0, 3.6 * 900.0 * 4.25, 160.0, 400.0, 3.0,
                radiator, env, 293.15);
        return new SatelliteTwinSpec(new ArrayPowerModel(array, 40.0), 0.85,
                new BatteryParameters(8e6, 0.95, 0.95, 20_000.0, 20_000.0, 0.2, 1.0), 500.0, 100.0,
                new ComputeSpec(4, 1, 1e15, 1000.0, 0.2), thermal, new ThrottleSpec(358.15, 30.0, 0.0),
                new RadiationSpec(150.0, 0.9, 1.0 / 17.0, 1.0 / 44.0, 1.0 / 5000.0, OptionalDouble.empty()),
                RollbackSpec.checkpointed(600.0, 60.0), new FailureRates(5.0, 1.0, 1.0, 2.0),
                new FailureLayout(4, 0, 0, 4));
    }
}
