package io.orbitdc.core.budget;

import io.orbitdc.core.InputException;
import java.util.Locale;
import java.util.Optional;

/**
 * The estimated cost of a heavy verb before it runs (docs/models/work-estimate.md).
 *
 * <p>Neighbour degree: a satellite of shell i sees the satellites of shell j inside the spherical
 * cap of shell j within the link range d of it (half-angle θ with cos θ = (rᵢ² + rⱼ² − d²)/(2rᵢrⱼ)),
 * at the surface density of shell j at its latitude. A circular orbit of inclination ι spends its
 * time in latitude with the distribution F(φ) = ½ + asin(sin φ / sin ι)/π, so densities are
 * binned in latitude (bins as wide as the cap) and each shell's satellites sample the others'
 * densities with their own latitude distribution; Earth blockage is ignored (an upper bound). A
 * shell of few planes (a dawn-dusk ring) counts at least the neighbours along its own ring.
 * Checked against the measured graph of scenarios/spacex-odc-100k.yaml at 250 km: 18.3 estimated,
 * 18.2 measured (docs/models/work-estimate.md).
 *
 * <p>CPU: per satellite-step of the event scan {@link #SCAN_NS} + {@link #SCAN_STATION_NS} per station;
 * per satellite and graph {@link #GRAPH_NS} + {@link #CANDIDATES_PER_NEIGHBOUR} candidate pairs per
 * neighbour at {@link #PAIR_NS} each; per satellite-step of the twin {@link #TWIN_NS}. Calibrated on
 * the 2-core development machine (docs/performance.md); another machine scales them, which is why
 * the budget is generous rather than tight.
 *
 * @param request          what was estimated
 * @param meanDegree       expected neighbours per satellite in one graph (0 without links)
 * @param edgesPerGraph    expected edges of one graph
 * @param cpuSeconds       estimated CPU time, s
 * @param wallSeconds      estimated wall time on the request's threads, s
 * @param heapBytes        estimated peak heap, bytes
 */
public record WorkEstimate(WorkRequest request, double meanDegree, double edgesPerGraph, double cpuSeconds,
                           double wallSeconds, long heapBytes) {

    /** Event scan per satellite-step, ns (propagation, shadow, SAA). */
    static final double SCAN_NS = 70;
    /** Event scan per satellite-step and station, ns. */
    static final double SCAN_STATION_NS = 25;
    /** Neighbour graph per satellite and graph (cell assignment, sort), ns. */
    static final double GRAPH_NS = 60;
    /** Candidate pairs tested per neighbour found (half stencil of 13 + 1 cells around a shell). */
    static final double CANDIDATES_PER_NEIGHBOUR = 2.8;
    /** One candidate pair, ns. */
    static final double PAIR_NS = 4;
    /** Digital twin per satellite-step (power, thermal, compute, radiation, failures, service), ns. */
    static final double TWIN_NS = 600;
    /** JVM, Orekit data and fleet generation, s. */
    static final double FIXED_S = 5;
    /** Heap of the JVM, Orekit data and catalogs before the fleet, bytes. */
    static final long BASE_HEAP = 200L << 20;
    /** Per satellite: its Orekit orbit, mean elements, positions and graph arrays, bytes. */
    static final long SATELLITE_BYTES = 2_200;
    /** Per satellite and event tracker (umbra, shadow, SAA, any station, one per station), bytes. */
    static final long TRACKER_BYTES = 120;
    /** Per satellite of the twin: its state, spec reference and sums, bytes. */
    static final long TWIN_SATELLITE_BYTES = 8_000;
    /** Per recorded edge (pair of ints and its distance, doubled while the buffer grows), bytes. */
    static final long EDGE_BYTES = 32;

    /** Estimates {@code request}. */
    public static WorkEstimate of(WorkRequest request) {
        long n = request.satellites();
        double satSteps = (double) n * request.steps();
        double degree = request.linkRangeM() > 0 && request.linkGraphs() > 0 ? meanDegree(request) : 0;
        double edges = 0.5 * degree * n;
        double cpuNs = satSteps * (SCAN_NS + SCAN_STATION_NS * request.stations())
                + (double) n * request.linkGraphs() * (GRAPH_NS + CANDIDATES_PER_NEIGHBOUR * degree * PAIR_NS)
                + (request.twin() ? satSteps * TWIN_NS : 0);
        double cpu = cpuNs * 1e-9;
        double wall = FIXED_S + cpu / request.threads();
        long heap = BASE_HEAP + n * (SATELLITE_BYTES + TRACKER_BYTES * (request.stations() + 4L))
                + (request.twin() ? n * TWIN_SATELLITE_BYTES : 0)
                + (request.linkGraphs() > 0 ? (long) (edges * EDGE_BYTES) : 0);
        return new WorkEstimate(request, degree, edges, cpu, wall, heap);
    }

    /** Expected neighbours per satellite, averaged over the fleet (see the class comment). */
    static double meanDegree(WorkRequest request) {
        double d = request.linkRangeM();
        double total = 0;
        long n = 0;
        for (ShellLoad i : request.shells()) {
            double sum = 0;
            for (ShellLoad j : request.shells()) {
                if (Math.abs(i.radiusM() - j.radiusM()) >= d || j.satellites() == 0) {
                    continue;
                }
                double cos = (i.radiusM() * i.radiusM() + j.radiusM() * j.radiusM() - d * d) / (2 * i.radiusM() * j.radiusM());
                double capArea = 2 * Math.PI * j.radiusM() * j.radiusM() * (1 - cos);
                double capAngle = Math.acos(Math.max(-1, Math.min(1, cos)));
                int bins = (int) Math.ceil(Math.PI / Math.max(capAngle, Math.toRadians(0.5)));
                double density = 0;
                for (int b = 0; b < bins; b++) {
                    double lo = -Math.PI / 2 + b * Math.PI / bins;
                    double hi = lo + Math.PI / bins;
                    double pi = latitudeShare(lo, hi, i.inclinationRad());
                    if (pi == 0) {
                        continue;
                    }
                    double strip = 2 * Math.PI * j.radiusM() * j.radiusM() * (Math.sin(hi) - Math.sin(lo));
                    density += pi * j.satellites() * latitudeShare(lo, hi, j.inclinationRad()) / strip;
                }
                sum += density * capArea;
            }
            // a shell of few planes crowds its satellites along them: at least the neighbours along
            // the satellite's own ring within d, 2 d / spacing with spacing = 2 pi r P / n
            if (i.planes() < Integer.MAX_VALUE && i.satellites() > 0) {
                double alongRing = 2 * d * i.satellites() / ((double) i.planes() * 2 * Math.PI * i.radiusM());
                sum = Math.max(sum, Math.min(alongRing, i.satellites() - 1.0));
            }
            total += sum * i.satellites();
            n += i.satellites();
        }
        return n == 0 ? 0 : total / n;
    }

    /** Share of its time a circular orbit of inclination ι spends between latitudes lo and hi. */
    static double latitudeShare(double lo, double hi, double inclinationRad) {
        return latitudeCdf(hi, inclinationRad) - latitudeCdf(lo, inclinationRad);
    }

    private static double latitudeCdf(double phi, double inclinationRad) {
        double top = Math.max(Math.min(inclinationRad, Math.PI - inclinationRad), 1e-6);
        if (phi <= -top) {
            return 0;
        }
        if (phi >= top) {
            return 1;
        }
        return 0.5 + Math.asin(Math.sin(phi) / Math.sin(top)) / Math.PI;
    }

    /**
     * Why this work is beyond {@code limits}, naming the knob to turn; empty when it fits.
     */
    public Optional<String> refusal(WorkLimits limits) {
        WorkRequest r = request;
        if (heapBytes > limits.maxHeapBytes()) {
            return Optional.of(String.format(Locale.ROOT, "%s: the estimated work needs %s of heap, more than the %s"
                    + " this JVM may use (%s); give the JVM more (java -Xmx%dg, or ORBITDC_JAVA_OPTS=-Xmx%dg with the"
                    + " orbitdc launcher), %sor fly fewer satellites (or --engine spark where offered)",
                    r.verb(), bytes(heapBytes), bytes(limits.maxHeapBytes()), summary(),
                    gib(heapBytes / WorkLimits.HEAP_SHARE), gib(heapBytes / WorkLimits.HEAP_SHARE),
                    r.linkGraphs() > 0 && edgesPerGraph * EDGE_BYTES > 0.25 * heapBytes
                            ? "shorten links.range (the graph's edges dominate), " : ""));
        }
        if (wallSeconds > limits.maxWallS()) {
            double graphShare = (double) r.satellites() * r.linkGraphs()
                    * (GRAPH_NS + CANDIDATES_PER_NEIGHBOUR * meanDegree * PAIR_NS) * 1e-9 / cpuSeconds;
            String knob = graphShare > 0.5
                    ? String.format(Locale.ROOT, "shorten links.range (%.0f km gives ~%.0f neighbours per satellite;"
                            + " the graph's cost grows with its square), ", r.linkRangeM() / 1000, meanDegree)
                    : "";
            return Optional.of(String.format(Locale.ROOT, "%s: the estimated work takes ~%s on %d thread(s), beyond"
                    + " the %s budget (%s); %scoarsen step (now %s), shorten duration (now %s), run on more cores"
                    + " (--threads), use --engine spark where offered, or raise the time budget (--budget) on purpose",
                    r.verb(), duration(wallSeconds), r.threads(), duration(limits.maxWallS()), summary(), knob,
                    duration(r.stepS()), duration(r.spanS())));
        }
        return Optional.empty();
    }

    /** Throws the {@link #refusal} as bad input (exit 2 in the CLI), or returns this estimate. */
    public WorkEstimate requireWithin(WorkLimits limits) {
        Optional<String> why = refusal(limits);
        if (why.isPresent()) {
            throw new InputException(why.get());
        }
        return this;
    }

    /** One line: the sizes the estimate multiplies and its answer. */
    public String summary() {
        WorkRequest r = request;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d satellites x %,d steps", r.satellites(), r.steps()));
        if (r.stations() > 0) {
            s.append(String.format(Locale.ROOT, " x %d station(s)", r.stations()));
        }
        if (r.linkGraphs() > 0) {
            s.append(String.format(Locale.ROOT, ", %,d neighbour graphs at %.0f km with ~%.1f neighbours (~%s edges each)",
                    r.linkGraphs(), r.linkRangeM() / 1000, meanDegree, count(edgesPerGraph)));
        }
        if (r.twin()) {
            s.append(", the twin at every satellite-step");
        }
        s.append(String.format(Locale.ROOT, ": ~%.0f CPU-s, ~%s heap", cpuSeconds, bytes(heapBytes)));
        return s.toString();
    }

    private static long gib(double bytes) {
        return (long) Math.ceil(bytes / (1L << 30));
    }

    private static String bytes(double b) {
        return b >= (1L << 30) ? String.format(Locale.ROOT, "%.1f GiB", b / (1L << 30))
                : String.format(Locale.ROOT, "%.0f MiB", b / (1L << 20));
    }

    private static String count(double c) {
        return c >= 1e6 ? String.format(Locale.ROOT, "%.1f M", c / 1e6) : String.format(Locale.ROOT, "%,.0f", c);
    }

    private static String duration(double s) {
        if (s >= 86400) {
            return String.format(Locale.ROOT, "%.1f d", s / 86400);
        }
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%.1f min", s / 60) : String.format(Locale.ROOT, "%.0f s", s);
    }
}
