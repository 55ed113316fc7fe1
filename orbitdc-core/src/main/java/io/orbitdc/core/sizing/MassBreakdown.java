package io.orbitdc.core.sizing;

/**
 * Mass of one satellite by subsystem, kg.
 *
 * @param computeKg     accelerators with their share of server hardware
 * @param solarArrayKg  solar array
 * @param batteryKg     battery
 * @param radiatorKg    radiator system
 * @param shieldingKg   Al enclosure of the compute volume
 * @param busFixedKg    fixed bus mass
 * @param structureKg   structure (fraction of the total)
 * @param propulsionKg  propulsion (fraction of the total)
 * @param totalKg       satellite mass
 */
public record MassBreakdown(double computeKg, double solarArrayKg, double batteryKg, double radiatorKg,
                            double shieldingKg, double busFixedKg, double structureKg, double propulsionKg,
                            double totalKg) {
    /** Power subsystem (array + battery), kg. */
    public double powerKg() {
        return solarArrayKg + batteryKg;
    }
}
