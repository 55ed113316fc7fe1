package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.BetaAngle;
import io.orbitdc.core.geometry.ContactWindow;
import io.orbitdc.core.geometry.EclipseInterval;
import io.orbitdc.core.geometry.EventRows;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.SaaPass;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.ShadowModel;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * The event tables of a fleet scan in the form the exports take ({@link GeometryResult}): the
 * intervals a scan recorded (umbra, shadow as penumbra, each station's contacts, SAA passes) turned
 * into UTC instants and satellite ids, and the beta angle of every satellite every
 * {@link BetaRange#EVERY_S} from the same J2-secular node drift the scan uses. Nothing is
 * propagated again: the event tables of {@code geometry --out} are those of the scan that made the
 * report. Rows are in fleet order, then kind, then start (identical for any thread count), and are
 * made one satellite at a time from the scan's {@link RecordedIntervals} as a writer asks for them.
 */
public final class ScanEventLists implements EventRows {

    private final List<Satellite> satellites;
    private final Instant start;
    private final RecordedIntervals recorded;
    private final FleetElements elements;
    private final double[] raanRate;
    /** Unit Sun direction at each beta sample: x, y, z. */
    private final double[] sun;
    private int cachedSatellite = -1;
    private RecordedIntervals.Satellite cached;

    private ScanEventLists(List<Satellite> satellites, Instant start, double spanS, RecordedIntervals recorded,
                           OrekitDataSetup data) {
        this.satellites = List.copyOf(satellites);
        this.start = start;
        this.recorded = recorded;
        Frame frame = data.inertialFrame();
        AbsoluteDate epoch = data.date(start);
        elements = FleetEventScan.elements(satellites, frame, epoch);
        BatchJ2Propagator rates = new BatchJ2Propagator(elements, EarthJ2.EARTH, epoch, frame, data.sun(),
                ShadowModel.CONICAL, FleetWorkers.sequential());
        raanRate = new double[satellites.size()];
        for (int k = 0; k < raanRate.length; k++) {
            raanRate[k] = rates.raanRate(k);
        }
        int samples = (int) Math.floor(spanS / BetaRange.EVERY_S + 1e-9) + 1;
        sun = new double[3 * samples];
        for (int j = 0; j < samples; j++) {
            Vector3D s = data.sun().getPosition(epoch.shiftedBy(j * BetaRange.EVERY_S), frame).normalize();
            sun[3 * j] = s.getX();
            sun[3 * j + 1] = s.getY();
            sun[3 * j + 2] = s.getZ();
        }
    }

    /**
     * The event tables of {@code scan}, which must have recorded at most the satellites of
     * {@code satellites} (in scan order), over a span starting at {@code start}.
     */
    public static GeometryResult of(GeometryReport report, List<Satellite> satellites, Instant start,
                                    FleetEventSummary scan, OrekitDataSetup data) {
        if (scan.recorded().satellites() > satellites.size()) {
            throw new IllegalArgumentException("scan recorded " + scan.recorded().satellites() + " satellites of a fleet of "
                    + satellites.size());
        }
        return new GeometryResult(report, new ScanEventLists(satellites, start, scan.spanS(), scan.recorded(), data),
                satellites);
    }

    @Override
    public List<Satellite> satellites() {
        return satellites;
    }

    @Override
    public void eclipses(int k, Sink<? super EclipseInterval> sink) throws IOException {
        RecordedIntervals.Satellite one = intervals(k);
        String id = satellites.get(k).id();
        for (int i = 0; i < one.size(); i++) {
            // "shadow" sorts before "umbra": penumbra rows come first, as the table has them
            EclipseInterval.Kind kind = switch (one.kind(i)) {
                case "umbra" -> EclipseInterval.Kind.UMBRA;
                case "shadow" -> EclipseInterval.Kind.PENUMBRA;
                default -> null;
            };
            if (kind != null) {
                sink.accept(new EclipseInterval(id, kind, at(one.startS(i)), at(one.endS(i)), one.truncated(i)));
            }
        }
    }

    @Override
    public void contacts(int k, Sink<? super ContactWindow> sink) throws IOException {
        RecordedIntervals.Satellite one = intervals(k);
        String id = satellites.get(k).id();
        for (int i = 0; i < one.size(); i++) {
            String kind = one.kind(i);
            if (kind.startsWith("contact:")) {
                sink.accept(new ContactWindow(id, kind.substring("contact:".length()), at(one.startS(i)),
                        at(one.endS(i)), one.truncated(i)));
            }
        }
    }

    @Override
    public void saaPasses(int k, Sink<? super SaaPass> sink) throws IOException {
        RecordedIntervals.Satellite one = intervals(k);
        String id = satellites.get(k).id();
        for (int i = 0; i < one.size(); i++) {
            if (one.kind(i).equals("saa")) {
                sink.accept(new SaaPass(id, at(one.startS(i)), at(one.endS(i)), one.truncated(i)));
            }
        }
    }

    /**
     * β = asin(ŝ · n̂) of satellite {@code k} every {@link BetaRange#EVERY_S} over the span (the last
     * sample at or before its end), the node drifting at its J2 secular rate: the same formula and
     * sampling as the scan's beta range, kept per satellite.
     */
    @Override
    public void betaAngles(int k, Sink<? super BetaAngle> sink) throws IOException {
        String id = satellites.get(k).id();
        for (int j = 0; j < sun.length / 3; j++) {
            double t = j * BetaRange.EVERY_S;
            double beta = BetaRange.betaRad(elements.inclination(k), elements.raan(k) + raanRate[k] * t,
                    sun[3 * j], sun[3 * j + 1], sun[3 * j + 2]);
            sink.accept(new BetaAngle(id, at(t), Math.toDegrees(beta)));
        }
    }

    /** Frees the scan's temporary interval file; no row can be read afterwards. */
    @Override
    public void close() {
        recorded.close();
    }

    /** Satellite k's recorded intervals; the last one read is kept, as writers ask for it table after table. */
    private RecordedIntervals.Satellite intervals(int k) {
        if (k != cachedSatellite) {
            cached = recorded.of(k);
            cachedSatellite = k;
        }
        return cached;
    }

    private Instant at(double offsetS) {
        return start.plusNanos(Math.round(offsetS * 1e9));
    }
}
