package io.orbitdc.core.twin;

/**
 * How compute throttles on heat: above {@code dieLimitK} the accelerators drop to
 * {@code throttledDuty} (clock or duty-cycle reduction); they return to full duty only once the
 * die has cooled by {@code hysteresisK}, which avoids chattering every step.
 *
 * @param dieLimitK      die temperature at which throttling starts, K (the part's limit)
 * @param hysteresisK    cooling needed before full duty resumes, K (≥ 0)
 * @param throttledDuty  fraction of full compute kept while throttled, [0, 1)
 */
public record ThrottleSpec(double dieLimitK, double hysteresisK, double throttledDuty) {
    public ThrottleSpec {
        InputRange.within("die temperature limit (K)", dieLimitK, 250.0, 500.0);
        InputRange.within("throttle hysteresis (K)", hysteresisK, 0.0, 100.0);
        InputRange.within("throttled duty", throttledDuty, 0.0, 1.0);
        if (throttledDuty >= 1.0) {
            throw new TwinInputException("throttled duty must be < 1 (a reduction), found " + throttledDuty);
        }
    }
}
