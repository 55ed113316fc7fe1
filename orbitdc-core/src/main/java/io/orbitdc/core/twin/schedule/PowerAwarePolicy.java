package io.orbitdc.core.twin.schedule;

/**
 * Keeps a battery reserve for the housekeeping loads so the bus is never shed. The reserve is
 * the stored energy that carries the floor load F — bus, thermal control and the idle draw of
 * the working units — for a horizon H longer than any LEO eclipse:
 * <pre>
 * E_res = F·H/η_d                          (stored energy, J)
 * E_use = (SoC − SoC_min)·C                usable stored energy
 * above the reserve: allowed = A·η_reg + min(P_dis,max, (E_use − E_res)·η_d/Δt)
 * below it:          allowed = A·η_reg − (E_res − E_use)/H      (recharge within one horizon)
 * duty = (allowed − F) / (P_full − P_idle), clipped to [0, throttle duty]
 * </pre>
 * Above the reserve it computes as hard as the array and the battery allow (spending only the
 * energy above the reserve); as the state of charge falls to the reserve it tapers compute, and
 * below it leaves array surplus to recharge. Once compute is at zero duty the reserve alone
 * carries F for H, so an eclipse shorter than H ends before the bus could be shed.
 *
 * <p>A battery whose usable capacity is below F·H/η_d is kept as full as the array allows (the
 * reserve is capped at the usable capacity; without a battery compute gets the array surplus):
 * the bus is then protected only as far as that battery reaches.
 *
 * <p>H = 2,400 s (40 min): the longest umbra of a circular LEO orbit is about 36 min at β = 0
 * (≈ 35 min at 550 km, ref: vallado-2013 cylindrical shadow). Validity: a single-step look at the
 * state, no knowledge of when the eclipse ends.
 */
public final class PowerAwarePolicy implements SchedulerPolicy {
    public static final String NAME = "power-aware";
    /** Reserve horizon, s: longer than the longest circular-LEO umbra (~36 min). ref: vallado-2013 */
    public static final double RESERVE_HORIZON_S = 2400.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double duty(SatelliteView v) {
        double idleW = v.computePowerW(0.0);
        double swingW = v.computePowerW(1.0) - idleW;
        if (swingW <= 0.0) {
            return v.throttleDuty();
        }
        double floorW = v.housekeepingW() + idleW;
        // a battery smaller than the reserve can only be kept full: the reserve is what it can hold
        double reserveJ = Math.min(floorW * RESERVE_HORIZON_S / v.dischargeEfficiency(),
                (1.0 - v.minSoc()) * v.batteryCapacityJ());
        double usableJ = v.usableBatteryJ();
        double allowedW;
        if (usableJ >= reserveJ) {
            allowedW = v.arrayAtBusW() + Math.min(v.maxDischargeW(), (usableJ - reserveJ) * v.dischargeEfficiency() / v.stepS());
        } else {
            allowedW = v.arrayAtBusW() - (reserveJ - usableJ) / RESERVE_HORIZON_S;
        }
        double duty = (allowedW - floorW) / swingW;
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
