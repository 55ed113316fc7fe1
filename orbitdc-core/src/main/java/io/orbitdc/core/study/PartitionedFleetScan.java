package io.orbitdc.core.study;

import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetPositions;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.LineOfSight;
import io.orbitdc.core.geometry.batch.NeighbourGraph;
import io.orbitdc.core.geometry.batch.ShadowModel;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.geometry.scan.GraphStatistics;
import io.orbitdc.core.geometry.scan.SatelliteTotals;
import io.orbitdc.core.geometry.scan.ScanOptions;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * The whole-fleet geometry scan of {@link GeometryStage#report} cut into independent pieces, for
 * a cluster (orbitdc-spark) or any caller that wants to spread it:
 * <ul>
 *   <li>by satellite ({@link #scanSatellites}): each satellite's eclipses, contacts and SAA passes
 *       depend on that satellite only, so a range of satellites is scanned alone;</li>
 *   <li>by time step ({@link #graphs}): the analytic J2-secular propagation gives any step's
 *       positions without the steps before, so each piece propagates the whole fleet at its
 *       steps and builds the neighbour graph there.</li>
 * </ul>
 * {@link #report} merges the pieces, given in satellite and step order, into the report the
 * single-machine path gives, bit for bit: extremes are the largest or smallest of the pieces';
 * every sum, fraction and mean comes from the slices' per-satellite totals joined in satellite
 * order, so it is summed in the local scan's own order; eclipse days are the union of the slices'
 * days; the neighbour mean is summed in step order; {@code distributions} are built by the local
 * scan's own function from the joined totals and the graph pieces' pooled degrees and components
 * (counted on the local schedule); {@code sky} is computed here by {@link GeometryStage#sky}.
 * Only fleets the batch scan applies to (J2-secular, no TLE) are accepted.
 */
public final class PartitionedFleetScan {

    private final Scenario scenario;
    private final GeometryRequest request;
    private final SizingReport sizing;
    private final OrekitDataSetup data;
    private final double spanS;

    private PartitionedFleetScan(Scenario scenario, SizingReport sizing, GeometryRequest request, OrekitDataSetup data) {
        this.scenario = scenario;
        this.sizing = sizing;
        this.request = request;
        this.data = data;
        this.spanS = Duration.between(request.start(), request.end()).toMillis() / 1000.0;
    }

    /** The study's fleet, generated as {@code orbitdc geometry} generates it. */
    public static PartitionedFleetScan of(Study study, OrekitDataSetup data) {
        study.requireSpaceSegment("propagate");
        Scenario s = study.scenario();
        SizingReport sizing = SizingStage.run(s);
        GeometryRequest r = GeometryStage.request(s, sizing, data);
        if (!GeometryStage.fleetScanApplies(r)) {
            throw s.sources().error("propagator", "the fleet is split over a cluster only with the j2-secular propagator"
                    + " and orbits given by elements; expected propagator: j2-secular and no TLE shell, or --engine local");
        }
        return new PartitionedFleetScan(s, sizing, r, data);
    }

    public int satellites() {
        return request.fleet().satellites().size();
    }

    /** Whether the scenario has inter-satellite links (a neighbour graph to build). */
    public boolean links() {
        return scenario.links().rangeM() > 0;
    }

    /** The steps at which the local scan builds the neighbour graph, in order (the same schedule). */
    public long[] graphSteps() {
        if (!links()) {
            return new long[0];
        }
        double stepS = scenario.stepS();
        double every = GeometryStage.linkSamplingS(spanS, stepS);
        long steps = (long) Math.ceil(spanS / stepS - 1e-9);
        List<Long> out = new ArrayList<>();
        double next = 0;
        for (long i = 0; i <= steps; i++) {
            double t = Math.min(i * stepS, spanS);
            if (t >= next) {
                out.add(i);
                next = t + every;
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Satellites {@code from} … {@code to}−1 scanned alone (eclipses, contacts, SAA; no links). */
    public FleetSlice scanSatellites(int from, int to, FleetWorkers workers) {
        List<Satellite> part = request.fleet().satellites().subList(from, to);
        return FleetSlice.of(new FleetEventScan(data, workers).scan(part, request.start(), spanS, scenario.stepS(),
                request.stations(), request.saa(), ScanOptions.eventsOnly()));
    }

    /** The whole fleet's neighbour graph at each of {@code steps} (indices from {@link #graphSteps()}). */
    public GraphSlice graphs(long[] steps, FleetWorkers workers) {
        Frame frame = data.inertialFrame();
        AbsoluteDate epoch = data.date(request.start());
        BatchJ2Propagator propagator = new BatchJ2Propagator(
                FleetEventScan.elements(request.fleet().satellites(), frame, epoch), EarthJ2.EARTH, epoch, frame,
                data.sun(), ShadowModel.CONICAL, workers);
        NeighbourGraph graph = new NeighbourGraph(scenario.links().rangeM(),
                new LineOfSight(Earth.ELLIPSOID_EQUATORIAL_RADIUS_M, scenario.links().grazingHeightM()), workers);
        FleetPositions pos = new FleetPositions(propagator.size());
        double[] mean = new double[steps.length];
        long[] counts = new long[16];
        // the local scan counts components on every componentEvery-th graph from the span's start:
        // a step's place in the whole schedule says whether this piece counts them there
        long[] schedule = graphSteps();
        long componentEvery = FleetEventScan.componentEvery(spanS, GeometryStage.linkSamplingS(spanS, scenario.stepS()));
        GraphStatistics pooled = new GraphStatistics();
        for (int j = 0; j < steps.length; j++) {
            int index = Arrays.binarySearch(schedule, steps[j]);
            if (index < 0) {
                throw new IllegalArgumentException("step " + steps[j] + " is not one of the scan's graph steps");
            }
            boolean components = index % componentEvery == 0;
            propagator.propagate(Math.min(steps[j] * scenario.stepS(), spanS), pos);
            graph.compute(pos, components);
            pooled.addDegrees(graph);
            if (components) {
                pooled.addComponents(graph);
            }
            mean[j] = graph.meanDegree();
            for (int d : graph.degrees()) {
                if (d >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(d + 1, 2 * counts.length));
                }
                counts[d]++;
            }
        }
        return new GraphSlice(steps.clone(), mean, counts, pooled.pool());
    }

    /** The whole fleet's geometry from its satellite slices (in satellite order) and graph slices (in step order). */
    public FleetGeometry report(List<FleetSlice> slices, List<GraphSlice> graphSlices) {
        int n = 0;
        for (FleetSlice s : slices) {
            n += s.satellites();
        }
        if (n != satellites()) {
            throw new IllegalArgumentException("slices cover " + n + " of " + satellites() + " satellites");
        }
        double spanDays = spanS / 86400;
        double longest = 0;
        double betaMin = Double.POSITIVE_INFINITY;
        double betaMax = Double.NEGATIVE_INFINITY;
        int m = request.stations().size();
        double[] gap = new double[m];
        for (FleetSlice s : slices) {
            longest = Math.max(longest, s.longestEclipseS());
            betaMin = Math.min(betaMin, s.betaMinDeg());
            betaMax = Math.max(betaMax, s.betaMaxDeg());
            for (int i = 0; i < m; i++) {
                gap[i] = Math.max(gap[i], s.longestGapS()[i]);
            }
        }
        // the per-satellite totals joined in satellite order give the local scan's own sums
        // (satellite by satellite, in that order): every summed figure bit for bit
        SatelliteTotals totals = SatelliteTotals.concat(slices.stream().map(FleetSlice::totals).toList());
        double satTime = spanS * n;
        long umbraCount = totals.umbra().countAll();
        var fleet = new GeometryReport.FleetSummary(n, n, "J2_SECULAR (batch fleet scan)",
                1 - totals.shadow().sumS() / satTime, totals.umbra().sumS() / satTime, longest,
                totals.umbra().meanCompleteS(), totals.eclipseDayCount(), (int) Math.min(Integer.MAX_VALUE, umbraCount));
        List<GeometryReport.StationSummary> stations = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            var st = request.stations().get(i);
            var c = totals.contacts()[i];
            stations.add(new GeometryReport.StationSummary(st.id(), st.name(), c.countAll() / spanDays / n,
                    c.meanCompleteS(), gap[i]));
        }
        var saa = totals.saa();
        GraphSlice graphs = GraphSlice.merge(graphSlices);
        GeometryReport report = new GeometryReport(data.description(), request.start().toString(), request.end().toString(), fleet,
                new GeometryReport.BetaSummary(betaMin, betaMax), stations,
                new GeometryReport.SaaSummary(saa.countAll() / spanDays / n, saa.meanCompleteS(), saa.sumS() / satTime),
                new GeometryReport.LinksSummary(graphs.meanNeighbours(), links() ? scenario.links().rangeM() : Double.NaN),
                GeometryReport.DragSummary.ofLowest(request),
                totals.distributions(spanS, request.stations(), links() ? graphs.links().summary() : null),
                null);
        // the sky needs only the elements and a few hundred instants: computed here, as Study.geometry does
        try (FleetWorkers one = FleetWorkers.sequential()) {
            var sky = GeometryStage.sky(scenario, sizing, request, data, one);
            if (sky.isPresent()) {
                report = report.withSky(sky.get());
            }
        }
        return new FleetGeometry(report, graphs.steps().length, graphs.degreeCounts());
    }

    /** Everything in this JVM, in {@code slices} satellite ranges and {@code slices} runs of graph steps: the merge's own check. */
    public FleetGeometry runLocally(int slices, FleetWorkers workers) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1");
        }
        int n = satellites();
        List<FleetSlice> parts = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            int from = (int) ((long) n * i / slices);
            int to = (int) ((long) n * (i + 1) / slices);
            if (to > from) {
                parts.add(scanSatellites(from, to, workers));
            }
        }
        long[] steps = graphSteps();
        List<GraphSlice> graphs = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            int from = (int) ((long) steps.length * i / slices);
            int to = (int) ((long) steps.length * (i + 1) / slices);
            if (to > from) {
                graphs.add(graphs(Arrays.copyOfRange(steps, from, to), workers));
            }
        }
        return report(parts, graphs);
    }
}
