package io.orbitdc.core.geometry;

import java.util.ArrayList;
import java.util.List;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.AbstractDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;

/**
 * Runs one Orekit event detector over [start, end] and turns its zero crossings into intervals
 * where the detector's g function is positive (Orekit's convention for "visible" in
 * ElevationDetector) or negative (inside a shadow for EclipseDetector). An interval already open at
 * {@code start} begins at {@code start}; one still open at {@code end} ends at {@code end}.
 * Detector settings: max check {@code maxCheckS} (events shorter than that may be missed),
 * convergence threshold 1 ms.
 */
final class IntervalSearch {

    /** A [start, end] pair of Orekit dates. */
    record Span(AbsoluteDate start, AbsoluteDate end) {
        double durationS() {
            return end.durationFrom(start);
        }
    }

    private IntervalSearch() {
    }

    static <T extends AbstractDetector<T>> List<Span> find(Propagator propagator, T detector, AbsoluteDate start,
            AbsoluteDate end, boolean wantPositive, double maxCheckS) {
        T configured = detector.withMaxCheck(maxCheckS).withThreshold(1e-3).withHandler(new ContinueOnEvent());
        SpacecraftState s0 = propagator.propagate(start);
        configured.init(s0, end);
        boolean inside = (configured.g(s0) > 0) == wantPositive;
        EventsLogger logger = new EventsLogger();
        propagator.clearEventsDetectors();
        propagator.addEventDetector(logger.monitorDetector(configured));
        try {
            propagator.propagate(start, end);
        } finally {
            propagator.clearEventsDetectors();
        }
        List<Span> spans = new ArrayList<>();
        AbsoluteDate open = inside ? start : null;
        for (EventsLogger.LoggedEvent e : logger.getLoggedEvents()) {
            boolean entering = e.isIncreasing() == wantPositive;
            if (entering && open == null) {
                open = e.getDate();
            } else if (!entering && open != null) {
                spans.add(new Span(open, e.getDate()));
                open = null;
            }
        }
        if (open != null && end.durationFrom(open) > 0) {
            spans.add(new Span(open, end));
        }
        return spans;
    }
}
