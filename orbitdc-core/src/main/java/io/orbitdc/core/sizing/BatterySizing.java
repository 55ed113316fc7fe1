package io.orbitdc.core.sizing;

/**
 * A sized battery.
 *
 * @param eclipseEnergyJ   energy the loads draw over the worst eclipse, J
 * @param capacityJ        nameplate capacity E = P_e·T_e / (DoD·η_discharge), J
 * @param massKg           battery mass, kg
 */
public record BatterySizing(double eclipseEnergyJ, double capacityJ, double massKg) {
}
