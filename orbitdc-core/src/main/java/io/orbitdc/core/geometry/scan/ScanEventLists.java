package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.BetaAngle;
import io.orbitdc.core.geometry.ContactWindow;
import io.orbitdc.core.geometry.EclipseInterval;
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
import java.time.Instant;
import java.util.ArrayList;
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
 * report. Rows are in fleet order, then kind, then start (identical for any thread count).
 */
public final class ScanEventLists {

    private ScanEventLists() {
    }

    /**
     * The event lists of {@code scan}, which must have recorded every satellite of {@code satellites}
     * (in scan order), over a span starting at {@code start}.
     */
    public static GeometryResult of(GeometryReport report, List<Satellite> satellites, Instant start,
                                    FleetEventSummary scan, OrekitDataSetup data) {
        List<EclipseInterval> eclipses = new ArrayList<>();
        List<ContactWindow> contacts = new ArrayList<>();
        List<SaaPass> saa = new ArrayList<>();
        for (FleetEventSummary.Interval i : scan.recorded()) {
            if (i.satellite() >= satellites.size()) {
                throw new IllegalArgumentException("scan recorded satellite " + i.satellite() + " of a fleet of "
                        + satellites.size());
            }
            String id = satellites.get(i.satellite()).id();
            Instant a = at(start, i.startS());
            Instant b = at(start, i.endS());
            switch (i.kind()) {
                case "umbra" -> eclipses.add(new EclipseInterval(id, EclipseInterval.Kind.UMBRA, a, b, i.truncated()));
                case "shadow" -> eclipses.add(new EclipseInterval(id, EclipseInterval.Kind.PENUMBRA, a, b, i.truncated()));
                case "saa" -> saa.add(new SaaPass(id, a, b, i.truncated()));
                default -> {
                    if (!i.kind().startsWith("contact:")) {
                        throw new IllegalStateException("scan recorded an interval of unknown kind " + i.kind());
                    }
                    contacts.add(new ContactWindow(id, i.kind().substring("contact:".length()), a, b, i.truncated()));
                }
            }
        }
        return new GeometryResult(report, eclipses, contacts, saa, beta(satellites, start, scan.spanS(), data), satellites);
    }

    /**
     * β = asin(ŝ · n̂) of every satellite every {@link BetaRange#EVERY_S} over the span (the last
     * sample at or before its end), the node drifting at its J2 secular rate: the same formula and
     * sampling as the scan's beta range, kept per satellite. Satellite by satellite, time inside.
     */
    static List<BetaAngle> beta(List<Satellite> satellites, Instant start, double spanS, OrekitDataSetup data) {
        Frame frame = data.inertialFrame();
        AbsoluteDate epoch = data.date(start);
        FleetElements elements = FleetEventScan.elements(satellites, frame, epoch);
        BatchJ2Propagator rates = new BatchJ2Propagator(elements, EarthJ2.EARTH, epoch, frame, data.sun(),
                ShadowModel.CONICAL, FleetWorkers.sequential());
        int samples = (int) Math.floor(spanS / BetaRange.EVERY_S + 1e-9) + 1;
        double[][] sun = new double[samples][];
        for (int j = 0; j < samples; j++) {
            Vector3D s = data.sun().getPosition(epoch.shiftedBy(j * BetaRange.EVERY_S), frame).normalize();
            sun[j] = new double[] {s.getX(), s.getY(), s.getZ()};
        }
        List<BetaAngle> out = new ArrayList<>(samples * satellites.size());
        for (int k = 0; k < satellites.size(); k++) {
            String id = satellites.get(k).id();
            for (int j = 0; j < samples; j++) {
                double t = j * BetaRange.EVERY_S;
                double beta = BetaRange.betaRad(elements.inclination(k), elements.raan(k) + rates.raanRate(k) * t,
                        sun[j][0], sun[j][1], sun[j][2]);
                out.add(new BetaAngle(id, at(start, t), Math.toDegrees(beta)));
            }
        }
        return out;
    }

    private static Instant at(Instant start, double offsetS) {
        return start.plusNanos(Math.round(offsetS * 1e9));
    }
}
