package io.orbitdc.bench;

import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.geometry.batch.FleetPositions;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.LineOfSight;
import io.orbitdc.core.geometry.batch.NeighbourGraph;
import io.orbitdc.core.geometry.batch.ShadowModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * End-to-end fleet geometry benchmark: a Walker shell set propagated with the batch J2 model
 * (conical shadow flag) and the neighbour graph (degrees and edge list) at every step.
 *
 * <p>Usage: {@code java -Xmx4g -cp bench/target/benchmarks.jar io.orbitdc.bench.FleetGeometryBenchmark
 * [--satellites 100000] [--hours 24] [--step-s 60] [--range-km 250] [--threads 2] [--edges]}.
 * {@code --edges} also fills the edge list with distances at every step (default: degrees only).
 * Prints wall time, process CPU time (the machine may be shared: CPU / threads is the wall time on
 * idle cores), peak heap use and summary statistics of the run.
 */
public final class FleetGeometryBenchmark {

    private FleetGeometryBenchmark() {
    }

    public static void main(String[] args) {
        int satellites = 100_000;
        double hours = 24;
        double stepS = 60;
        double rangeKm = 250;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean edges = false;
        for (int k = 0; k < args.length; k++) {
            String value = k + 1 < args.length ? args[k + 1] : null;
            if (args[k].equals("--edges")) {
                edges = true;
                continue;
            }
            switch (args[k]) {
                case "--satellites" -> satellites = Integer.parseInt(need(args[k], value));
                case "--hours" -> hours = Double.parseDouble(need(args[k], value));
                case "--step-s" -> stepS = Double.parseDouble(need(args[k], value));
                case "--range-km" -> rangeKm = Double.parseDouble(need(args[k], value));
                case "--threads" -> threads = Integer.parseInt(need(args[k], value));
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                        + "; expected --satellites, --hours, --step-s, --range-km --threads or --edges");
            }
            k++;
        }
        run(satellites, hours, stepS, rangeKm, threads, edges);
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return value;
    }

    private static void run(int satellites, double hours, double stepS, double rangeKm, int threads, boolean keepEdges) {
        long start = System.nanoTime();
        OfflineSun env = new OfflineSun();
        FleetElements fleet = WalkerShells.fleet(satellites);
        int steps = (int) Math.floor(hours * 3600 / stepS) + 1;
        long umbraSatSteps = 0;
        double degreeSum = 0;
        int maxDegree = 0;
        long edgeSum = 0;
        long propagateNs = 0;
        long graphNs = 0;
        try (FleetWorkers workers = new FleetWorkers(threads)) {
            BatchJ2Propagator propagator = new BatchJ2Propagator(fleet, EarthJ2.EARTH, env.epoch, env.eme2000,
                    env.sun, ShadowModel.CONICAL, workers);
            NeighbourGraph graph = new NeighbourGraph(rangeKm * 1e3,
                    new LineOfSight(EarthJ2.EARTH.equatorialRadiusM(), LineOfSight.DEFAULT_GRAZING_HEIGHT_M),
                    workers);
            FleetPositions positions = new FleetPositions(fleet.size());
            for (int s = 0; s < steps; s++) {
                long t0 = System.nanoTime();
                propagator.propagate(s * stepS, positions);
                long t1 = System.nanoTime();
                graph.compute(positions, keepEdges);
                long t2 = System.nanoTime();
                propagateNs += t1 - t0;
                graphNs += t2 - t1;
                byte[] shadow = positions.shadow();
                int[] degree = graph.degrees();
                for (int k = 0; k < fleet.size(); k++) {
                    if (shadow[k] == FleetPositions.UMBRA) {
                        umbraSatSteps++;
                    }
                    maxDegree = Math.max(maxDegree, degree[k]);
                }
                degreeSum += graph.meanDegree();
                edgeSum += graph.edgeTotal();
            }
        }
        double wallS = (System.nanoTime() - start) * 1e-9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        double satSteps = (double) steps * fleet.size();
        System.out.printf(Locale.ROOT, "satellites=%d steps=%d stepS=%.0f rangeKm=%.0f threads=%d edgeList=%b%n",
                fleet.size(), steps, stepS, rangeKm, threads, keepEdges);
        System.out.printf(Locale.ROOT, "wallS=%.2f propagateS=%.2f graphS=%.2f nsPerSatStepPropagate=%.1f%n",
                wallS, propagateNs * 1e-9, graphNs * 1e-9, propagateNs / satSteps);
        double cpuS = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() * 1e-9 : Double.NaN;
        System.out.printf(Locale.ROOT, "processCpuS=%.2f loadAverageAtEnd=%.2f%n", cpuS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "peakHeapMiB=%.0f maxHeapMiB=%.0f%n",
                peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        System.out.printf(Locale.ROOT, "umbraFraction=%.4f meanDegree=%.2f maxDegree=%d meanEdgesPerStep=%.0f%n",
                umbraSatSteps / satSteps, degreeSum / steps, maxDegree, (double) edgeSum / steps);
    }
}
