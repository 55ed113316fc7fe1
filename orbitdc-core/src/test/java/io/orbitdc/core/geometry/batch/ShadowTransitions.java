package io.orbitdc.core.geometry.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds when a one-satellite batch propagator's shadow flag changes, by scanning at a coarse
 * step and bisecting each change to 1 ms.
 */
final class ShadowTransitions {

    private final BatchJ2Propagator propagator;
    private final FleetPositions out = new FleetPositions(1);

    ShadowTransitions(BatchJ2Propagator propagator) {
        this.propagator = propagator;
    }

    private boolean state(double t, IntPredicate inShadow) {
        propagator.propagate(t, out);
        return inShadow.test(out.shadow()[0]);
    }

    /** Times (s) in [0, duration] where inShadow(flag) changes. */
    List<Double> find(double durationS, double scanStepS, IntPredicate inShadow) {
        List<Double> times = new ArrayList<>();
        double t0 = 0;
        boolean s0 = state(t0, inShadow);
        while (t0 < durationS) {
            double t1 = Math.min(durationS, t0 + scanStepS);
            boolean s1 = state(t1, inShadow);
            if (s1 != s0) {
                double lo = t0;
                double hi = t1;
                while (hi - lo > 1e-3) {
                    double mid = 0.5 * (lo + hi);
                    if (state(mid, inShadow) == s0) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                times.add(0.5 * (lo + hi));
            }
            t0 = t1;
            s0 = s1;
        }
        return times;
    }
}
