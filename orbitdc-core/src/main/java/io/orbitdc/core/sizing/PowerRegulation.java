package io.orbitdc.core.sizing;

/**
 * The regulation scheme between the solar array, the battery and the loads, which sets the
 * default path efficiencies of the {@link PowerSystem} (SMAD X_e, X_d).
 *
 * <ul>
 *   <li>{@link #MPPT_BATTERY_BUS}: MPPT array regulators onto a battery-dominated bus, the scheme
 *       current LEO platforms fly ({@link PowerSystem#mpptBatteryBus}); X_e follows from the
 *       battery's own charge and discharge efficiencies.</li>
 *   <li>{@link #DIRECT_ENERGY_TRANSFER}: SMAD 1999, X_e = 0.65, X_d = 0.85.</li>
 *   <li>{@link #PEAK_POWER_TRACKING}: SMAD 1999, X_e = 0.60, X_d = 0.80.</li>
 * </ul>
 * ref: smad-1999 §11.4; docs/models/solar-array.md
 */
public enum PowerRegulation {
    MPPT_BATTERY_BUS("mppt-battery-bus"),
    DIRECT_ENERGY_TRANSFER("direct-energy-transfer"),
    PEAK_POWER_TRACKING("peak-power-tracking");

    private final String id;

    PowerRegulation(String id) {
        this.id = id;
    }

    /** The word a scenario file uses for this scheme. */
    public String id() {
        return id;
    }

    /**
     * The scheme's path efficiencies. SMAD's 1999 figures already include the battery; the MPPT
     * bus takes the battery's efficiencies as its only extra eclipse-path stage.
     *
     * @param batteryChargeEfficiency    (0, 1]
     * @param batteryDischargeEfficiency (0, 1]
     */
    public PowerSystem pathEfficiencies(double batteryChargeEfficiency, double batteryDischargeEfficiency) {
        return switch (this) {
            case MPPT_BATTERY_BUS -> PowerSystem.mpptBatteryBus(batteryChargeEfficiency, batteryDischargeEfficiency);
            case DIRECT_ENERGY_TRANSFER -> PowerSystem.DIRECT_ENERGY_TRANSFER;
            case PEAK_POWER_TRACKING -> PowerSystem.PEAK_POWER_TRACKING;
        };
    }
}
