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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.orekit.frames.Frame;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

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

    private static final double EARTH_RADIUS_M = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    private static final int BLOCK = 1024;

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
        BatchJ2Propagator propagator = new BatchJ2Propagator(elements, EarthJ2.EIGEN5C, epoch, frame, data.sun(),
                ShadowModel.CONICAL, workers);
        int n = satellites.size();
        List<FleetEventSummary.Interval> recorded = Collections.synchronizedList(new ArrayList<>());
        int record = Math.min(options.recordFor(), n);
        NeighbourGraph graph = options.links() ? new NeighbourGraph(options.linkRangeM(),
                new LineOfSight(EARTH_RADIUS_M, options.linkGrazingHeightM()), workers) : null;
        double degreeSum = 0;
        long graphs = 0;
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
                recorded.add(new FleetEventSummary.Interval(k, "umbra", s, e, t));
            }
        });
        IntervalTracker shadow = new IntervalTracker(n, (k, s, e, t) -> {
            if (k < record) {
                recorded.add(new FleetEventSummary.Interval(k, "shadow", s, e, t));
            }
        });
        IntervalTracker saaPasses = new IntervalTracker(n);
        List<StationGeometry> geo = stations.stream().map(StationGeometry::of).toList();
        List<IntervalTracker> contacts = new ArrayList<>();
        for (StationGeometry g : geo) {
            String kind = "contact:" + g.station().id();
            contacts.add(new IntervalTracker(n, (k, s, e, t) -> {
                if (k < record) {
                    recorded.add(new FleetEventSummary.Interval(k, kind, s, e, t));
                }
            }));
        }
        BetaRange beta = new BetaRange(elements, propagator);

        FleetPositions pos = new FleetPositions(n);
        EarthRotation earth = new EarthRotation(data, frame, epoch);
        double[] stationsInertial = new double[6 * geo.size()];
        long steps = (long) Math.ceil(spanS / stepS - 1e-9);
        for (long i = 0; i <= steps; i++) {
            double t = Math.min(i * stepS, spanS);
            double dt = i == 0 ? 0 : t - Math.min((i - 1) * stepS, spanS);
            propagator.propagate(t, pos);
            if (graph != null && t >= nextGraphS) {
                graph.compute(pos, false);
                degreeSum += graph.meanDegree();
                graphs++;
                nextGraphS = t + options.linkEveryS();
            }
            earth.at(t);
            for (int s = 0; s < geo.size(); s++) {
                StationGeometry g = geo.get(s);
                earth.toInertial(g.positionM()[0], g.positionM()[1], g.positionM()[2], stationsInertial, 6 * s);
                earth.toInertial(g.up()[0], g.up()[1], g.up()[2], stationsInertial, 6 * s + 3);
            }
            double[] sun = pos.sunPositionM();
            boolean first = i == 0;
            workers.forEachBlock(n, BLOCK, (b, from, to) -> {
                double[] fixed = new double[3];
                double[] angles = new double[3];
                for (int k = from; k < to; k++) {
                    double x = pos.x()[k];
                    double y = pos.y()[k];
                    double z = pos.z()[k];
                    double r = Math.sqrt(x * x + y * y + z * z);
                    sample(umbra, shadow, k, x, y, z, r, sun, t, dt, first, angles);
                    for (int s = 0; s < geo.size(); s++) {
                        double dx = x - stationsInertial[6 * s];
                        double dy = y - stationsInertial[6 * s + 1];
                        double dz = z - stationsInertial[6 * s + 2];
                        double sinEl = (dx * stationsInertial[6 * s + 3] + dy * stationsInertial[6 * s + 4]
                                + dz * stationsInertial[6 * s + 5]) / Math.sqrt(dx * dx + dy * dy + dz * dz);
                        feed(contacts.get(s), k, sinEl - geo.get(s).sinMask(), t, dt, first);
                    }
                    double gSaa = -1;
                    if (SaaBoundary.near(z, r)) {
                        earth.toEarthFixed(x, y, z, fixed);
                        gSaa = SaaBoundary.value(saa, fixed, r);
                    }
                    feed(saaPasses, k, gSaa, t, dt, first);
                }
            });
            beta.sample(t, sun);
        }
        for (int k = 0; k < n; k++) {
            umbra.finish(k, spanS);
            shadow.finish(k, spanS);
            saaPasses.finish(k, spanS);
            for (IntervalTracker c : contacts) {
                c.finish(k, spanS);
            }
        }
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
                    c.count() / spanDays / n, c.meanCompleteS(), c.longestGapS()));
        }
        List<FleetEventSummary.Interval> sorted = new ArrayList<>(recorded);
        sorted.sort((a, b) -> a.satellite() != b.satellite() ? Integer.compare(a.satellite(), b.satellite())
                : a.kind().equals(b.kind()) ? Double.compare(a.startS(), b.startS()) : a.kind().compareTo(b.kind()));
        return new FleetEventSummary(n, spanS, stepS, 1 - shadow.totalS() / satTime, umbra.totalS() / satTime,
                umbra.longestS(), umbra.meanCompleteS(), allDays.cardinality(), umbra.count(), beta.minDeg(),
                beta.maxDeg(), stationEvents, saaPasses.count() / spanDays / n, saaPasses.meanCompleteS(),
                saaPasses.totalS() / satTime, graphs == 0 ? Double.NaN : degreeSum / graphs,
                options.links() ? options.linkRangeM() : Double.NaN, sorted);
    }

    /**
     * Umbra and shadow functions: the apparent Earth radius minus the Sun–Earth separation seen
     * from the satellite, ∓ the apparent Sun radius (positive inside; {@link ShadowAngles}). On the
     * day side (r·s > 0) no shadow boundary is near, and a constant outside value saves the trigonometry.
     */
    private static void sample(IntervalTracker umbra, IntervalTracker shadow, int k, double x, double y, double z,
                               double r, double[] sun, double t, double dt, boolean first, double[] angles) {
        double gUmbra;
        double gShadow;
        if (x * sun[0] + y * sun[1] + z * sun[2] > 0) {
            gUmbra = -1;
            gShadow = -1;
        } else {
            ShadowAngles.of(x, y, z, r, sun[0], sun[1], sun[2], angles, 0);
            gUmbra = angles[1] - angles[2] - angles[0];
            gShadow = angles[1] + angles[2] - angles[0];
        }
        feed(umbra, k, gUmbra, t, dt, first);
        feed(shadow, k, gShadow, t, dt, first);
    }

    private static void feed(IntervalTracker tracker, int k, double g, double t, double dt, boolean first) {
        if (first) {
            tracker.first(k, g, t);
        } else {
            tracker.next(k, g, t, dt);
        }
    }

    static FleetElements elements(List<Satellite> satellites, Frame frame, AbsoluteDate epoch) {
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
