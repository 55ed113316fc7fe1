package io.orbitdc.core.geometry;

import java.util.ArrayList;
import java.util.List;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.events.EclipseDetector;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.OccultationEngine;

/**
 * Umbra and penumbra intervals of one satellite from Orekit's {@link EclipseDetector} with the
 * conical shadow of the WGS-84 ellipsoid and the Sun of the {@link OrekitDataSetup} (analytical
 * by default). ref: montenbruck-gill-2000 §3.4.2, orekit-13.
 * Validity: Earth shadow only (no Moon eclipses, no atmospheric refraction/extinction, which
 * lengthen the real umbra by a few seconds).
 */
public final class EclipseFinder {

    /** Max check interval, s: LEO shadows last ≥ ~20 min except at grazing beta, where a few-second penumbra-only dip may be missed. */
    public static final double MAX_CHECK_S = 60.0;

    private final OrekitDataSetup data;
    private final OccultationEngine engine;

    public EclipseFinder(OrekitDataSetup data) {
        this.data = data;
        this.engine = new OccultationEngine(data.sun(), Constants.SUN_RADIUS, data.earth());
    }

    /** Umbra then penumbra intervals, each in time order. */
    public List<EclipseInterval> find(String satelliteId, Propagator propagator, AbsoluteDate start, AbsoluteDate end) {
        List<EclipseInterval> out = new ArrayList<>();
        collect(out, satelliteId, EclipseInterval.Kind.UMBRA,
                IntervalSearch.find(propagator, new EclipseDetector(engine).withUmbra(), start, end, false, MAX_CHECK_S), start, end);
        collect(out, satelliteId, EclipseInterval.Kind.PENUMBRA,
                IntervalSearch.find(propagator, new EclipseDetector(engine).withPenumbra(), start, end, false, MAX_CHECK_S), start, end);
        return out;
    }

    private void collect(List<EclipseInterval> out, String id, EclipseInterval.Kind kind, List<IntervalSearch.Span> spans,
            AbsoluteDate start, AbsoluteDate end) {
        for (IntervalSearch.Span s : spans) {
            boolean truncated = s.start().equals(start) || s.end().equals(end);
            out.add(new EclipseInterval(id, kind, data.instant(s.start()), data.instant(s.end()), truncated));
        }
    }
}
