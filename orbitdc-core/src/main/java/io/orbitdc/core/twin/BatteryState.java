package io.orbitdc.core.twin;

import java.util.Objects;

/**
 * State of charge of one satellite's battery, stepped by the power chain. Charging stores
 * η_c of the bus energy taken; discharging delivers η_d of the stored energy drawn; both are
 * limited by the power ratings and by the state-of-charge window [minSoc, 1], which the battery
 * never leaves (a battery starting inside the window stays inside it).
 *
 * <p>Validity: a lumped energy store without voltage, temperature or ageing effects (capacity
 * fade is not modelled: feed a reduced capacity for end-of-life studies). Mutable, one per
 * satellite, not thread-safe.
 */
public final class BatteryState {
    private final BatteryParameters parameters;
    private double storedJ;

    public BatteryState(BatteryParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "battery parameters");
        this.storedJ = parameters.initialSoc() * parameters.capacityJ();
    }

    public BatteryParameters parameters() {
        return parameters;
    }

    /** Energy held, J. */
    public double storedJ() {
        return storedJ;
    }

    /** State of charge in [0, 1]; 1 for a battery of zero capacity. */
    public double soc() {
        return parameters.capacityJ() > 0.0 ? storedJ / parameters.capacityJ() : 1.0;
    }

    /**
     * Offers {@code offeredW} of bus power for {@code dtS}; returns the bus power accepted, W.
     * The energy stored is accepted·η_c·dt; the rest of the accepted power is charge loss.
     */
    public double charge(double offeredW, double dtS) {
        double headroomJ = Math.max(0.0, parameters.capacityJ() - storedJ);
        if (headroomJ == 0.0) {
            // full (most sunlit steps of a dawn-dusk orbit): what the general path gives, without
            // its division — nothing accepted, the store held at capacity
            storedJ = Math.min(parameters.capacityJ(), storedJ + 0.0);
            return 0.0;
        }
        double acceptedW = Math.min(Math.min(offeredW, parameters.maxChargeW()),
                headroomJ / (parameters.chargeEfficiency() * dtS));
        acceptedW = Math.max(0.0, acceptedW);
        storedJ = Math.min(parameters.capacityJ(), storedJ + acceptedW * parameters.chargeEfficiency() * dtS);
        return acceptedW;
    }

    /**
     * Asks for {@code requestedW} of bus power for {@code dtS}; returns the bus power delivered,
     * W. The stored energy drawn is delivered·dt/η_d.
     */
    public double discharge(double requestedW, double dtS) {
        double floorJ = parameters.minSoc() * parameters.capacityJ();
        double availableJ = Math.max(0.0, storedJ - floorJ);
        double deliveredW = Math.min(Math.min(requestedW, parameters.maxDischargeW()),
                availableJ * parameters.dischargeEfficiency() / dtS);
        deliveredW = Math.max(0.0, deliveredW);
        storedJ = Math.max(floorJ, storedJ - deliveredW * dtS / parameters.dischargeEfficiency());
        return deliveredW;
    }
}
