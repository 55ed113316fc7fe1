package io.orbitdc.core.twin.schedule;

/**
 * Backs compute off before the die reaches its limit, so the hardware throttle never engages
 * and compute runs steadily instead of in bursts. The die and the cold plate settle within a
 * step (time constants of seconds); the radiator is the slow node (minutes). So the die at the
 * end of a step is predicted from the radiator's temperature plus the steady rise for the duty:
 * <pre>
 * T_die(d) ≈ T_rad + ΔT₀ + (ΔT₁ − ΔT₀)·d       (rise linear in the heat, heat linear in d)
 * d = (T_limit − margin − T_rad − ΔT₀)/(ΔT₁ − ΔT₀), clipped to [0, throttle duty]
 * </pre>
 * with ΔT₀, ΔT₁ the die-over-radiator rises at zero and full duty. The margin covers the
 * radiator's warming during one step. The result is a proportional governor that holds the die
 * just under the limit, trading the throttle's on/off bursts for a slightly lower steady duty.
 *
 * <p>Validity: steps short against the radiator's time constant (C_r/(4·n·ε·σ·A·T³), minutes);
 * if the idle heat alone drives the die over the limit no duty can help and the hardware
 * throttle remains the backstop.
 */
public final class ThermalAwarePolicy implements SchedulerPolicy {
    public static final String NAME = "thermal-aware";
    /** Kelvin kept below the die limit: a few K of radiator warming over a step. */
    public static final double MARGIN_K = 3.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double duty(SatelliteView v) {
        double swingK = v.dieRiseAtFullDutyK() - v.dieRiseAtZeroDutyK();
        if (swingK <= 0.0) {
            return v.throttleDuty();
        }
        double duty = (v.dieLimitK() - MARGIN_K - v.radiatorK() - v.dieRiseAtZeroDutyK()) / swingK;
        return Math.max(0.0, Math.min(v.throttleDuty(), duty));
    }

    /** Stateless: every instance is the same policy. */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return NAME.hashCode();
    }
}
