package io.orbitdc.core.geometry;

import java.util.ArrayList;
import java.util.List;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

/** SAA passes of one satellite (Orekit event detection on the {@link SaaRegion} boundary, 1 ms threshold, 30 s max check). */
public final class SaaFinder {

    public static final double MAX_CHECK_S = 30.0;

    private final OrekitDataSetup data;
    private final SaaRegion region;

    public SaaFinder(OrekitDataSetup data, SaaRegion region) {
        this.data = data;
        this.region = region;
    }

    public List<SaaPass> find(String satelliteId, Propagator propagator, AbsoluteDate start, AbsoluteDate end) {
        List<SaaPass> out = new ArrayList<>();
        for (IntervalSearch.Span s : IntervalSearch.find(propagator, new SaaDetector(region, data.earth()), start, end, true,
                MAX_CHECK_S)) {
            boolean truncated = s.start().equals(start) || s.end().equals(end);
            out.add(new SaaPass(satelliteId, data.instant(s.start()), data.instant(s.end()), truncated));
        }
        return out;
    }
}
