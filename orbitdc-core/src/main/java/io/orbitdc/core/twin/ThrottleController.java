package io.orbitdc.core.twin;

import java.util.Objects;

/**
 * Two-state thermal throttle with hysteresis: full duty until the die reaches its limit, then
 * the throttled duty until it has cooled below limit − hysteresis. With a radiator too small for
 * the full load this produces compute in bursts, as the first orbital prototypes reported
 * (ref: suncatcher-prototype-2026: ~15-minute model runs limited by heat).
 *
 * <p>Validity: a bang-bang governor evaluated once per twin step, so a burst lasts at least one
 * step; real parts throttle in milliseconds, which the step-averaged duty approximates. Mutable.
 */
public final class ThrottleController {
    private final ThrottleSpec spec;
    private boolean throttled;
    private long transitions;

    public ThrottleController(ThrottleSpec spec) {
        this.spec = Objects.requireNonNull(spec, "throttle spec");
    }

    /** Updates the state from the die temperature at the end of the last step; returns the duty for the next. */
    public double update(double dieK) {
        boolean next = throttled ? dieK > spec.dieLimitK() - spec.hysteresisK() : dieK >= spec.dieLimitK();
        if (next != throttled) {
            transitions++;
            throttled = next;
        }
        return duty();
    }

    public double duty() {
        return throttled ? spec.throttledDuty() : 1.0;
    }

    public boolean throttled() {
        return throttled;
    }

    /** Number of state changes so far (on → off and off → on). */
    public long transitions() {
        return transitions;
    }
}
