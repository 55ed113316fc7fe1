package io.orbitdc.bench;

import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.SimulateOptions;
import io.orbitdc.core.study.SimulationRun;
import io.orbitdc.core.study.Study;
import java.util.List;
import io.orbitdc.core.report.SimulationReport;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.twin.TwinSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * End-to-end benchmark of issue 4's digital twin: a shipped scenario (by default the
 * Suncatcher-like 81-satellite cluster) with its duration replaced, sized, laid out, flown and
 * served by {@link Study#simulate} — exactly what {@code orbitdc simulate} does (twin and service
 * stage), without the JVM start and the report.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.orbitdc.bench.SimulateBenchmark
 * [--scenario scenarios/suncatcher-like.yaml] [--days 365] [--threads 2]}. Prints wall time,
 * process CPU time, the peak heap (sum of the heap pools' peaks) and the headline.
 */
public final class SimulateBenchmark {

    private SimulateBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of("scenarios", "suncatcher-like.yaml");
        double days = 365;
        int threads = 2;
        for (int k = 0; k + 1 < args.length; k += 2) {
            switch (args[k]) {
                case "--scenario" -> file = Path.of(args[k + 1]);
                case "--days" -> days = Double.parseDouble(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                        + "; expected --scenario, --days or --threads");
            }
        }
        long wall0 = System.nanoTime();
        long cpu0 = cpuNanos();
        // exactly what `orbitdc simulate` runs (twin, then the service stage over the fleet it flew),
        // through the same Study API, with the span overridden as `--set duration=...` would
        Study study = Study.load(file, Overrides.parse(List.of("duration=" + days + " d")));
        Scenario s = study.scenario();
        SimulationRun run = study.simulate(SimulateOptions.of(threads));
        SimulationReport report = run.twin();
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        long satSteps = (long) report.satellites() * report.steps();
        System.out.printf(Locale.ROOT, "%s: %d satellites x %.0f d at %.0f s, %d threads: wall %.2f s, process CPU %.2f s,"
                + " %.1f ns per satellite-step (CPU), peak heap %.0f MiB%n", s.name(), report.satellites(), days, s.stepS(),
                threads, wall, cpu, cpu * 1e9 / satSteps, peakHeapBytes() / 1048576.0);
        TwinSummary.Compute c = report.summary().compute();
        System.out.printf(Locale.ROOT, "delivered %.2f%% of nameplate: eclipse -%.3f%%, throttling -%.3f%%, radiation -%.3f%%,"
                + " failures -%.3f%%%n", 100 * c.goodputFraction(), 100 * c.lostToEclipseFraction(),
                100 * c.lostToThrottlingFraction(), 100 * c.lostToRadiationFraction(), 100 * c.lostToFailuresFraction());
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
