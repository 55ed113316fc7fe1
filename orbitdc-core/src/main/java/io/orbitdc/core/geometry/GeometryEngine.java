package io.orbitdc.core.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.orekit.propagation.EphemerisGenerator;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.integration.AbstractIntegratedPropagator;
import org.orekit.time.AbsoluteDate;

/**
 * Computes eclipses, beta angles, ground contacts, SAA passes and the drag budget of a fleet
 * over a window with Orekit (one propagator and event detection per satellite, satellites in
 * parallel), and summarises them in a {@link GeometryReport}. For fleets larger than
 * {@link GeometryRequest#maxEventSatellites()} an evenly spaced subset is evaluated (the batch
 * propagator handles whole big fleets). Deterministic: results are in fleet order.
 */
public final class GeometryEngine {

    private final OrekitDataSetup data;

    public GeometryEngine(OrekitDataSetup data) {
        this.data = data;
    }

    /** Per-satellite event lists. */
    record SatelliteEvents(Satellite satellite, List<EclipseInterval> eclipses, List<ContactWindow> contacts,
            List<SaaPass> saa, List<BetaAngle> beta) {
    }

    public GeometryResult run(GeometryRequest request) {
        List<Satellite> chosen = subset(request.fleet().satellites(), request.maxEventSatellites());
        AbsoluteDate t0 = data.date(request.start());
        AbsoluteDate t1 = data.date(request.end());
        List<SatelliteEvents> perSat = IntStream.range(0, chosen.size()).parallel()
                .mapToObj(i -> evaluate(chosen.get(i), request, t0, t1)).toList();
        List<EclipseInterval> eclipses = new ArrayList<>();
        List<ContactWindow> contacts = new ArrayList<>();
        List<SaaPass> saa = new ArrayList<>();
        List<BetaAngle> beta = new ArrayList<>();
        for (SatelliteEvents e : perSat) {
            eclipses.addAll(e.eclipses());
            contacts.addAll(e.contacts());
            saa.addAll(e.saa());
            beta.addAll(e.beta());
        }
        GeometryReport report = GeometrySummary.report(data, request, chosen, eclipses, contacts, saa, beta);
        return new GeometryResult(report, eclipses, contacts, saa, beta, chosen);
    }

    /** At most {@code max} of {@code all}, evenly spaced by index (all of them when there are no more). */
    public static <T> List<T> subset(List<T> all, int max) {
        if (all.size() <= max) {
            return all;
        }
        List<T> out = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            out.add(all.get((int) ((long) k * all.size() / max)));
        }
        return out;
    }

    /**
     * Integrated (numerical) propagators are run once over the window into an ephemeris, so the
     * several event searches below do not re-integrate (or integrate backwards) each time.
     */
    static Propagator boundedIfIntegrated(Propagator p, AbsoluteDate t0, AbsoluteDate t1) {
        if (!(p instanceof AbstractIntegratedPropagator integrated)) {
            return p;
        }
        EphemerisGenerator generator = integrated.getEphemerisGenerator();
        integrated.propagate(t0, t1);
        return generator.getGeneratedEphemeris();
    }

    private SatelliteEvents evaluate(Satellite sat, GeometryRequest req, AbsoluteDate t0, AbsoluteDate t1) {
        Fleet fleet = req.fleet();
        Propagator p = boundedIfIntegrated(fleet.propagator().build(sat, fleet.body(), data), t0, t1);
        List<EclipseInterval> ecl = new EclipseFinder(data).find(sat.id(), p, t0, t1);
        List<ContactWindow> contacts = new ArrayList<>();
        ContactFinder contactFinder = new ContactFinder(data);
        for (GroundStation gs : req.stations()) {
            contacts.addAll(contactFinder.find(sat.id(), p, gs, t0, t1));
        }
        List<SaaPass> saa = new SaaFinder(data, req.saa()).find(sat.id(), p, t0, t1);
        List<BetaAngle> beta = new ArrayList<>();
        double span = t1.durationFrom(t0);
        for (double t = 0; t <= span; t += req.betaStepS()) {
            AbsoluteDate d = t0.shiftedBy(t);
            beta.add(new BetaAngle(sat.id(), data.instant(d), BetaAngle.betaDeg(p.propagate(d), data)));
        }
        return new SatelliteEvents(sat, ecl, contacts, saa, beta);
    }
}
