package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.GroundStation;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.geometry.batch.FleetPositions;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.LineOfSight;
import io.orbitdc.core.geometry.batch.NeighbourGraph;
import io.orbitdc.core.geometry.batch.ShadowModel;
import io.orbitdc.core.orbit.Earth;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.orekit.frames.Frame;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;

/**
 * Finds the events of a whole fleet over a long span fast: the fleet is stepped with the
 * structure-of-arrays J2-secular propagator, and at each step continuous event functions —
 * umbra and shadow (conical, spherical Earth), each station's elevation above its mask, the SAA
 * boundary — are evaluated for every satellite; crossings are located by linear interpolation
 * between steps ({@link IntervalTracker}). Memory is linear in satellites, not in steps.
 *
 * <p>Validity: near-circular LEO orbits propagated with J2 secular rates (the same model as the
 * {@code j2-secular} propagator); a spherical Earth for shadows, the WGS-84 ellipsoid for
 * stations; no EOP. Events shorter than about one step can be missed. Results are identical for
 * any thread count. Accuracy against Orekit's detectors is in docs/models/fleet-event-scan.md.
 */
public final class FleetEventScan {

    private static final double EARTH_RADIUS_M = Earth.ELLIPSOID_EQUATORIAL_RADIUS_M;
    private static final int BLOCK = 1024;
    /** Steps whose shared geometry (Sun, Earth rotation, stations) is computed before the satellites walk them. */
    private static final int CHUNK = 4096;
    /**
     * Steps a near-circular satellite is rotated through from one exact start: short enough that
     * the rotation's rounding stays ~1e-13 rad, long enough that the start's sines are negligible.
     */
    static final int RUN = 256;
    /** Neighbour graphs whose connected components are counted at most (evenly spread; union-find needs the edges). */
    static final int MAX_COMPONENT_GRAPHS = 48;
    /** Kinds of recorded intervals; station s's contacts are {@code CONTACT + s}. */
    private static final int UMBRA = 0;
    private static final int SHADOW = 1;
    private static final int SAA = 2;
    private static final int CONTACT = 3;

    private final OrekitDataSetup data;
    private final FleetWorkers workers;

    public FleetEventScan(OrekitDataSetup data, FleetWorkers workers) {
        this.data = data;
        this.workers = workers;
    }

    /**
     * Scans [start, start + spanS] at {@code stepS}; with links, the neighbour graph (spatial
     * index, never all pairs) is built every {@code options.linkEveryS()} and its mean degree averaged.
     *
     * @param options what to record, and the inter-satellite link graph if any
     */
    public FleetEventSummary scan(List<Satellite> satellites, Instant start, double spanS, double stepS,
                                  List<GroundStation> stations, SaaRegion saa, ScanOptions options) {
        if (satellites.isEmpty() || !(spanS > 0) || !(stepS > 0)) {
            throw new IllegalArgumentException("a scan needs satellites, a positive span and a positive step");
        }
        Frame frame = data.inertialFrame();
        AbsoluteDate epoch = data.date(start);
        FleetElements elements = elements(satellites, frame, epoch);
        BatchJ2Propagator propagator = new BatchJ2Propagator(elements, EarthJ2.EARTH, epoch, frame, data.sun(),
                ShadowModel.CONICAL, workers);
        int n = satellites.size();
        int record = Math.min(options.recordFor(), n);
        List<String> kinds = new ArrayList<>(List.of("umbra", "shadow", "saa"));
        stations.forEach(g -> kinds.add("contact:" + g.id()));
        RecordedIntervals recorded = RecordedIntervals.of(record, kinds);
        NeighbourGraph graph = options.links() ? new NeighbourGraph(options.linkRangeM(),
                new LineOfSight(EARTH_RADIUS_M, options.linkGrazingHeightM()), workers) : null;
        double degreeSum = 0;
        long graphs = 0;
        GraphStatistics graphStats = new GraphStatistics();
        long componentEvery = options.links() ? componentEvery(spanS, options.linkEveryS()) : 1;
        double nextGraphS = 0;
        double startOfDayS = start.atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay()
                + start.getNano() / 1e9;
        BitSet[] days = new BitSet[n];
        for (int k = 0; k < n; k++) {
            days[k] = new BitSet();
        }
        IntervalTracker umbra = new IntervalTracker(n, (k, s, e, t) -> {
            days[k].set((int) Math.floor((startOfDayS + s) / 86400), (int) Math.floor((startOfDayS + e) / 86400) + 1);
            if (k < record) {
                recorded.add(k, UMBRA, s, e, t);
            }
        });
        IntervalTracker shadow = new IntervalTracker(n, (k, s, e, t) -> {
            if (k < record) {
                recorded.add(k, SHADOW, s, e, t);
            }
        });
        IntervalTracker saaPasses = new IntervalTracker(n, (k, s, e, t) -> {
            if (k < record) {
                recorded.add(k, SAA, s, e, t);
            }
        });
        List<StationGeometry> geo = stations.stream().map(StationGeometry::of).toList();
        List<IntervalTracker> contacts = new ArrayList<>();
        List<AtomicLongArray> durations = new ArrayList<>();
        List<StationBusyTime> busy = new ArrayList<>();
        for (StationGeometry g : geo) {
            int kind = CONTACT + contacts.size();
            AtomicLongArray histogram = new AtomicLongArray(ContactDurations.BINS);
            durations.add(histogram);
            StationBusyTime stationBusy = new StationBusyTime(spanS);
            busy.add(stationBusy);
            contacts.add(new IntervalTracker(n, (k, s, e, t) -> {
                histogram.incrementAndGet(ContactDurations.bin(e - s));
                stationBusy.mark(s, e);
                if (k < record) {
                    recorded.add(k, kind, s, e, t);
                }
            }));
        }
        // visibility of any station: the largest of the stations' elevation functions is positive;
        // with one station that is its own tracker, and the hot loop feeds nothing more
        boolean union = geo.size() > 1;
        IntervalTracker anyContact = union ? new IntervalTracker(n) : geo.isEmpty() ? null : contacts.get(0);
        BetaRange beta = new BetaRange(elements, propagator);

        FleetPositions pos = new FleetPositions(n);
        EarthRotation earth = new EarthRotation(data, frame, epoch);
        SunTrack sun = new SunTrack(data.sun(), frame, epoch);
        long steps = (long) Math.ceil(spanS / stepS - 1e-9);
        double saaReachCos = SaaBoundary.reachCos(saa, elements, propagator, stepS);
        StepChunk chunk = new StepChunk(CHUNK, geo.size());
        // the hot loop reads arrays, not lists (each list read costs a bounds and type check)
        StepEvents events = new StepEvents(umbra, shadow, saaPasses, contacts.toArray(new IntervalTracker[0]),
                union ? anyContact : null, geo.stream().mapToDouble(StationGeometry::sinMask).toArray(), saa, saaReachCos,
                stepMotionM(elements, propagator, stepS), horizonMotionM(elements, propagator, stepS), options.shadowAndSaa(),
                chunk);
        // satellites are split into blocks that each walk a whole chunk of steps: threads meet
        // once per chunk, not once per step, which is what makes small fleets scale on cores
        int block = Math.max(1, Math.min(BLOCK, (n + 4 * workers.threads() - 1) / (4 * workers.threads())));
        for (long c0 = 0; c0 <= steps; c0 += CHUNK) {
            int len = (int) Math.min(CHUNK, steps + 1 - c0);
            for (int j = 0; j < len; j++) {
                long i = c0 + j;
                double t = Math.min(i * stepS, spanS);
                chunk.fill(j, t, i == 0 ? 0 : t - Math.min((i - 1) * stepS, spanS), sun.at(t), earth, geo, saa);
                beta.sample(t, chunk.sun(j));
                if (graph != null && t >= nextGraphS) {
                    propagator.propagate(t, pos);
                    boolean components = graphs % componentEvery == 0;
                    graph.compute(pos, components);
                    degreeSum += graph.meanDegree();
                    graphStats.addDegrees(graph);
                    if (components) {
                        graphStats.addComponents(graph);
                    }
                    graphs++;
                    nextGraphS = t + options.linkEveryS();
                }
            }
            boolean firstChunk = c0 == 0;
            // the span's last step may be shorter than the others (span not a multiple of the step)
            boolean uniform = (c0 + len - 1) * stepS <= spanS;
            workers.forEachBlock(n, block, (b, from, to) -> {
                // each satellite's path depends on its own orbit only, never on which satellites
                // share its block: a fleet scanned in slices (PartitionedFleetScan) gets the same bits
                for (int k = from; k < to; ) {
                    boolean near = propagator.nearCircular(k, k + 1);
                    int end = k + 1;
                    while (end < to && propagator.nearCircular(end, end + 1) == near) {
                        end++;
                    }
                    if (near) {
                        walkByRuns(propagator, events, chunk, k, end, len, stepS, firstChunk, uniform);
                    } else {
                        walkBySteps(propagator, events, chunk, k, end, len, firstChunk);
                    }
                    k = end;
                }
            });
            recorded.flush();
        }
        for (int k = 0; k < n; k++) {
            umbra.finish(k, spanS);
            shadow.finish(k, spanS);
            saaPasses.finish(k, spanS);
            for (IntervalTracker c : contacts) {
                c.finish(k, spanS);
            }
            if (union) {
                anyContact.finish(k, spanS);
            }
        }
        recorded.flush();
        BitSet allDays = new BitSet();
        for (BitSet d : days) {
            allDays.or(d);
        }
        double satTime = spanS * n;
        double spanDays = spanS / 86400;
        List<FleetEventSummary.StationEvents> stationEvents = new ArrayList<>();
        for (int s = 0; s < geo.size(); s++) {
            IntervalTracker c = contacts.get(s);
            stationEvents.add(new FleetEventSummary.StationEvents(geo.get(s).station().id(), geo.get(s).station().name(),
                    c.count() / spanDays / n, c.meanCompleteS(), c.longestGapS(), c.totalS(),
                    ContactDurations.of(durations.get(s)), busy.get(s).busyS()));
        }
        FleetEventSummary.Coverage coverage = geo.isEmpty() ? FleetEventSummary.Coverage.none(spanS)
                : coverage(anyContact, satTime, spanDays, n, spanS);
        SatelliteTotals totals = totals(contacts, busy, shadow, umbra, saaPasses, allDays);
        FleetDistributions distributions = totals.distributions(spanS, geo.stream().map(StationGeometry::station).toList(),
                options.links() ? graphStats.summary() : null);
        return new FleetEventSummary(n, spanS, stepS, 1 - shadow.totalS() / satTime, umbra.totalS() / satTime,
                umbra.longestS(), umbra.meanCompleteS(), allDays.cardinality(), umbra.count(), beta.minDeg(),
                beta.maxDeg(), stationEvents, saaPasses.count() / spanDays / n, saaPasses.meanCompleteS(),
                saaPasses.totalS() / satTime, graphs == 0 ? Double.NaN : degreeSum / graphs,
                options.links() ? options.linkRangeM() : Double.NaN, recorded, coverage, distributions, totals);
    }

    /**
     * Every how many neighbour graphs (counted from the first, at the span's start) the connected
     * components are counted: at most {@link #MAX_COMPONENT_GRAPHS} graphs, evenly spread over the
     * span's graphs built every {@code linkEveryS}. A scan split by time step uses the same schedule.
     */
    public static long componentEvery(double spanS, double linkEveryS) {
        long expectedGraphs = (long) Math.floor(spanS / linkEveryS + 1e-9) + 1;
        return Math.max(1, (expectedGraphs + MAX_COMPONENT_GRAPHS - 1) / MAX_COMPONENT_GRAPHS);
    }

    /** The per-satellite totals the summed figures and distributions come from (the trackers' own arrays, read once the scan is done). */
    private static SatelliteTotals totals(List<IntervalTracker> contacts, List<StationBusyTime> busy,
                                          IntervalTracker shadow, IntervalTracker umbra, IntervalTracker saa,
                                          BitSet eclipseDays) {
        int m = contacts.size();
        EventTotals[] perStation = new EventTotals[m];
        long[][] words = new long[m][];
        for (int s = 0; s < m; s++) {
            perStation[s] = contacts.get(s).totals();
            words[s] = busy.get(s).words();
        }
        return new SatelliteTotals(shadow.totals(), umbra.totals(), saa.totals(), perStation, words,
                eclipseDays.toLongArray());
    }

    private static FleetEventSummary.Coverage coverage(IntervalTracker any, double satTime, double spanDays, int n,
                                                       double spanS) {
        double meanGap = any.meanCompleteGapS();
        if (Double.isNaN(meanGap)) {
            meanGap = any.count() == 0 ? spanS : any.longestGapS();
        }
        return new FleetEventSummary.Coverage(any.totalS() / satTime, any.count() / spanDays / n, meanGap,
                any.longestGapS());
    }

    /**
     * Satellites [from, to) through the chunk's steps, step by step: at each step the block's
     * positions by {@link BatchJ2Propagator#positions} (exact at every step), then their events.
     */
    private static void walkBySteps(BatchJ2Propagator propagator, StepEvents events, StepChunk chunk, int from, int to,
                                    int len, boolean firstChunk) {
        int size = to - from;
        double[] x = new double[size];
        double[] y = new double[size];
        double[] z = new double[size];
        for (int j = 0; j < len; j++) {
            propagator.positions(chunk.t(j), from, to, x, y, z);
            boolean first = firstChunk && j == 0;
            for (int k = from; k < to; k++) {
                events.sample(k, j, x[k - from], y[k - from], z[k - from], first);
            }
        }
    }

    /**
     * Near-circular satellites [from, to) through the chunk's steps, one satellite at a time over
     * runs of {@link #RUN} steps ({@link BatchJ2Propagator#nearCircularRun}: the angles taken
     * exactly at each run's start and rotated through it, no sine a step). A satellite's steps
     * are still sampled in time order, which is all its trackers need. {@code uniform} is false
     * when the chunk's last step is the span's shortened end, which is then computed exactly.
     */
    private static void walkByRuns(BatchJ2Propagator propagator, StepEvents events, StepChunk chunk, int from, int to,
                                   int len, double stepS, boolean firstChunk, boolean uniform) {
        double[] x = new double[RUN];
        double[] y = new double[RUN];
        double[] z = new double[RUN];
        double[] work = new double[BatchJ2Propagator.WORK];
        for (int r0 = 0; r0 < len; r0 += RUN) {
            int count = Math.min(RUN, len - r0);
            boolean shortEnd = !uniform && r0 + count == len && count > 1;
            for (int k = from; k < to; k++) {
                propagator.nearCircularRun(k, chunk.t(r0), stepS, count, x, y, z);
                if (shortEnd) {
                    propagator.position(k, chunk.t(len - 1), work);
                    x[count - 1] = work[0];
                    y[count - 1] = work[1];
                    z[count - 1] = work[2];
                }
                for (int m = 0; m < count; m++) {
                    events.sample(k, r0 + m, x[m], y[m], z[m], firstChunk && r0 + m == 0);
                }
            }
        }
    }

    /**
     * More than any satellite moves in one step, m: its largest speed — the perigee speed of the
     * mean motion, n·a·√((1+e)/(1−e)), plus what the perigee and node rates add at apogee,
     * (|ω̇| + |Ω̇|)·a(1+e) — times the step, with 10 % to spare for rounding (a chord is shorter
     * than its arc, so the bound holds for the straight displacement between two samples).
     */
    private static double stepMotionM(FleetElements elements, BatchJ2Propagator propagator, double stepS) {
        double fastest = 0;
        for (int k = 0; k < propagator.size(); k++) {
            double e = elements.eccentricity(k);
            double a = elements.semiMajorAxisM(k);
            double speed = Math.abs(propagator.meanAnomalyRate(k)) * a * Math.sqrt((1 + e) / (1 - e))
                    + (Math.abs(propagator.argumentOfPerigeeRate(k)) + Math.abs(propagator.raanRate(k))) * a * (1 + e);
            fastest = Math.max(fastest, speed);
        }
        return 1.1 * fastest * stepS;
    }

    /**
     * More than a satellite's height above a station's horizontal plane, (S − P)·U, changes in one
     * step, m: the satellite's motion ({@link #stepMotionM}) plus the plane's turning with the Earth,
     * |(S − P)·(ω × U)| ≤ ω·(apogee radius + Earth radius) per second (the station itself moves
     * within its plane).
     */
    private static double horizonMotionM(FleetElements elements, BatchJ2Propagator propagator, double stepS) {
        return stepMotionM(elements, propagator, stepS)
                + EarthRotation.OMEGA * (elements.maxApogeeRadiusM() + EARTH_RADIUS_M) * stepS;
    }


    /**
     * The mean elements of satellites given by orbital elements, in {@code frame} at {@code epoch}, for
     * the batch J2-secular propagator; a TLE satellite or one with elements at another date is refused.
     */
    public static FleetElements elements(List<Satellite> satellites, Frame frame, AbsoluteDate epoch) {
        FleetElements.Builder b = FleetElements.builder(satellites.size());
        for (Satellite s : satellites) {
            if (s.tle().isPresent()) {
                throw new IllegalArgumentException("satellite " + s.id() + " comes from a TLE; the fleet scan propagates"
                        + " mean elements with J2 secular rates, expected orbits given by elements");
            }
            if (Math.abs(s.orbit().getDate().durationFrom(epoch)) > 1e-6) {
                throw new IllegalArgumentException("satellite " + s.id() + " has its elements at " + s.orbit().getDate()
                        + "; the fleet scan expects every satellite's elements at the scan start " + epoch);
            }
            KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(s.orbit());
            KeplerianOrbit inFrame = k.getFrame() == frame ? k
                    : new KeplerianOrbit(k.getPVCoordinates(frame), frame, k.getMu());
            b.add(inFrame.getA(), inFrame.getE(), inFrame.getI(), inFrame.getRightAscensionOfAscendingNode(),
                    inFrame.getPerigeeArgument(), inFrame.getAnomaly(PositionAngleType.MEAN));
        }
        return b.build();
    }
}
