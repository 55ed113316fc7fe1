package io.orbitdc.bench;

import io.orbitdc.core.sweep.SweepFileReader;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * End-to-end sweep benchmark: a sweep file run into a fresh results directory exactly as
 * {@code orbitdc sweep FILE --out DIR --threads N} does, without the JVM start. Prints points, wall
 * time, process CPU time and the peak heap (flat in the number of points: one batch is held).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.orbitdc.bench.SweepBenchmark SWEEP.yaml [threads]}.
 */
public final class SweepBenchmark {

    private SweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("orbitdc-sweep-bench");
        long wall0 = System.nanoTime();
        double cpu0 = cpuNanos();
        SweepPlan plan = SweepPlan.create(SweepFileReader.read(file));
        SweepRunner.Summary s = SweepRunner.run(plan, dir, SweepRunner.Options.of(threads));
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d points (%d failed), %d threads: wall %.1f s, process CPU %.1f s"
                + " (%.2f ms CPU per point), peak heap %.0f MiB%n", file, s.points(), s.failed(), threads, wall, cpu,
                cpu * 1e3 / s.points(), peakHeap() / 1048576.0);
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
