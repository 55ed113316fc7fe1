package io.orbitdc.bench;

import io.orbitdc.core.geometry.ClusterFormation;
import io.orbitdc.core.geometry.GroundStationCatalog;
import io.orbitdc.core.geometry.OrekitOrbits;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.geometry.scan.FleetEventSummary;
import io.orbitdc.core.geometry.scan.ScanOptions;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * End-to-end benchmark of issue 3's "81 satellites × 1 year at 30 s, all events": the
 * Suncatcher-like 81-satellite, 1 km cluster at 650 km dawn-dusk SSO, scanned for umbra and
 * penumbra, contacts with a polar station (SvalSat), SAA passes and the beta range with
 * {@link FleetEventScan}.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.orbitdc.bench.FleetEventsBenchmark
 * [--days 365] [--step-s 30] [--threads 2]}. Prints wall time (including fleet generation),
 * process CPU time and the event statistics.
 */
public final class FleetEventsBenchmark {

    private FleetEventsBenchmark() {
    }

    public static void main(String[] args) {
        double days = 365;
        double stepS = 30;
        int threads = 2;
        for (int k = 0; k + 1 < args.length; k += 2) {
            switch (args[k]) {
                case "--days" -> days = Double.parseDouble(args[k + 1]);
                case "--step-s" -> stepS = Double.parseDouble(args[k + 1]);
                case "--threads" -> threads = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                        + "; expected --days, --step-s or --threads");
            }
        }
        long wall0 = System.nanoTime();
        long cpu0 = cpuNanos();
        OrekitDataSetup data = OrekitDataSetup.bundled();
        Instant start = Instant.parse("2027-01-01T00:00:00Z");
        List<Satellite> cluster = new ClusterFormation("cluster", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650_000, 6.0, start), data), 81,
                1000).satellites(data);
        FleetEventSummary s;
        try (FleetWorkers workers = new FleetWorkers(threads)) {
            s = new FleetEventScan(data, workers).scan(cluster, start, days * 86400, stepS,
                    List.of(GroundStationCatalog.load().require("svalsat")), SaaRegion.standard(), ScanOptions.eventsOnly());
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        long satSteps = (long) (cluster.size() * (Math.ceil(days * 86400 / stepS) + 1));
        System.out.printf(Locale.ROOT, "81 satellites x %.0f d at %.0f s, %d threads: wall %.2f s, process CPU %.2f s,"
                + " %.1f ns per satellite-step (wall)%n", days, stepS, threads, wall, cpu, wall * 1e9 / satSteps);
        System.out.printf(Locale.ROOT, "sunlit %.4f, umbra %.4f, longest eclipse %.1f min, %d eclipse days, %d umbra passes,"
                + " |beta| %.1f..%.1f deg, SvalSat %.1f contacts/day, SAA %.2f passes/day%n", s.sunlitFraction(),
                s.umbraFraction(), s.longestEclipseS() / 60, s.eclipseDays(), s.umbraCount(), s.betaMinDeg(),
                s.betaMaxDeg(), s.stations().get(0).contactsPerDay(), s.saaPassesPerDay());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
