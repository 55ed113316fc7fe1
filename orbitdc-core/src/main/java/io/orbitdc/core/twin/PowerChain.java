package io.orbitdc.core.twin;

import java.util.Objects;

/**
 * One satellite's power chain over a step: the array feeds the bus through a regulator of
 * efficiency η_reg; array power beyond the loads charges the battery, and what the battery
 * cannot take is curtailed (the array is backed off its maximum power point); a shortfall is
 * drawn from the battery, and what the battery cannot deliver is shed by {@link LoadShedding}.
 *
 * <pre>
 * A = P_array·η_reg                  array power available at the bus
 * direct = min(D, A)                 loads served straight from the array
 * surplus → battery.charge; rest curtailed (counted at the array: (A − direct − accepted)/η_reg)
 * deficit → battery.discharge; rest shed
 * losses = (direct + accepted)·(1/η_reg − 1) + charge loss + discharge loss
 * </pre>
 * The ledger entries close the balance generated = consumed + Δstored + losses + curtailed by
 * construction, and the battery's own Δstored is used, so rounding is the only residual.
 *
 * <p>Validity: η_reg is the array→loads path efficiency X_d of the sizing model
 * (ref: smad-1999 §11.4; default 0.931 for MPPT regulators onto a battery bus,
 * ref: schirone-2021; airbus-as400-pcdu-2017); battery-to-bus power goes through the discharge
 * efficiency only, as on a bus with the battery directly on it.
 * Mutable, one per satellite.
 */
public final class PowerChain {
    private final double regulatorEfficiency;
    private final BatteryState battery;
    private final EnergyLedger ledger = new EnergyLedger();
    /** Lowest stored energy so far, J: its state of charge is the lowest (division is monotonic), taken when asked. */
    private double minStoredJ;
    /** Bus, thermal-control and compute power served in the last step, W. */
    private final double[] served = new double[3];

    public PowerChain(double regulatorEfficiency, BatteryParameters battery) {
        this.regulatorEfficiency = InputRange.efficiency("regulator (array→bus) efficiency", regulatorEfficiency);
        this.battery = new BatteryState(Objects.requireNonNull(battery, "battery parameters"));
        this.minStoredJ = this.battery.storedJ();
    }

    /** Steps {@code dtS} with the array producing {@code arrayW}; returns the loads served, W. */
    public LoadDemand step(double arrayW, LoadDemand demand, double dtS) {
        InputRange.nonNegative("array output (W)", arrayW);
        InputRange.positive("step length (s)", dtS);
        serve(arrayW, demand.busW(), demand.thermalControlW(), demand.computeW(), dtS);
        return new LoadDemand(served[0], served[1], served[2]);
    }

    /**
     * {@link #step} for the twin's own step, whose inputs are in range by construction (array
     * output ≥ 0 from a checked array and timeline, loads from a checked spec, the timeline's
     * step): no re-checks and no objects; the loads served are then read from
     * {@link #servedBusW()}, {@link #servedThermalControlW()} and {@link #servedComputeW()}.
     */
    void serve(double arrayW, double busW, double thermalControlW, double computeW, double dtS) {
        double availableW = arrayW * regulatorEfficiency;
        double demandW = busW + thermalControlW + computeW;
        double directW = Math.min(demandW, availableW);
        double storedBefore = battery.storedJ();
        double acceptedW = 0.0;
        double deliveredW = 0.0;
        if (availableW > directW) {
            acceptedW = battery.charge(availableW - directW, dtS);
        } else if (demandW > directW) {
            deliveredW = battery.discharge(demandW - directW, dtS);
        }
        double storedDeltaJ = battery.storedJ() - storedBefore;
        double drawnFromArrayW = (directW + acceptedW) / regulatorEfficiency;
        double curtailedJ = Math.max(0.0, arrayW - drawnFromArrayW) * dtS;
        double regulationLossJ = (drawnFromArrayW - directW - acceptedW) * dtS;
        // charge leg: bus energy in minus energy stored; discharge leg: energy drawn minus bus energy out
        double batteryLossJ = acceptedW * dtS - Math.max(0.0, storedDeltaJ)
                + Math.max(0.0, -storedDeltaJ) - deliveredW * dtS;
        double servedW = directW + deliveredW;
        ledger.record(arrayW * dtS, servedW * dtS, storedDeltaJ, regulationLossJ + batteryLossJ, curtailedJ,
                (demandW - servedW) * dtS);
        minStoredJ = Math.min(minStoredJ, battery.storedJ());
        LoadShedding.allocate(servedW, busW, thermalControlW, computeW, served);
    }

    /** Bus power served in the last step, W. */
    double servedBusW() {
        return served[0];
    }

    /** Thermal-control power served in the last step, W. */
    double servedThermalControlW() {
        return served[1];
    }

    /** Compute power served in the last step, W. */
    double servedComputeW() {
        return served[2];
    }

    public EnergyLedger ledger() {
        return ledger;
    }

    public BatteryState battery() {
        return battery;
    }

    /** Lowest state of charge seen so far, including the initial one. */
    public double minSoc() {
        double capacityJ = battery.parameters().capacityJ();
        return capacityJ > 0.0 ? minStoredJ / capacityJ : 1.0;
    }
}
