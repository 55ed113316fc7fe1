package io.orbitdc.core.geometry;

import java.util.ArrayList;
import java.util.List;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.time.AbsoluteDate;

/**
 * Ground-station contact windows from Orekit's {@link ElevationDetector} with a constant
 * elevation mask (geometric elevation, no refraction). ref: orekit-13.
 * Validity: passes longer than {@link #MAX_CHECK_S}; shorter grazing passes may be missed.
 */
public final class ContactFinder {

    /** Max check interval, s. A LEO pass above a 5–10° mask lasts minutes. */
    public static final double MAX_CHECK_S = 30.0;

    private final OrekitDataSetup data;

    public ContactFinder(OrekitDataSetup data) {
        this.data = data;
    }

    public List<ContactWindow> find(String satelliteId, Propagator propagator, GroundStation station, AbsoluteDate start,
            AbsoluteDate end) {
        ElevationDetector detector = new ElevationDetector(station.frame(data))
                .withConstantElevation(Math.toRadians(station.minElevationDeg()));
        List<ContactWindow> out = new ArrayList<>();
        for (IntervalSearch.Span s : IntervalSearch.find(propagator, detector, start, end, true, MAX_CHECK_S)) {
            boolean truncated = s.start().equals(start) || s.end().equals(end);
            out.add(new ContactWindow(satelliteId, station.id(), data.instant(s.start()), data.instant(s.end()), truncated));
        }
        return out;
    }
}
