package io.orbitdc.core.sizing;

import io.orbitdc.core.catalog.BatteryCell;

/**
 * Parameters of a battery for sizing.
 *
 * @param specificEnergyJPerKg pack-level specific energy, J/kg
 * @param depthOfDischarge     allowed depth of discharge per eclipse, (0, 1]
 * @param dischargeEfficiency  battery-to-bus efficiency, (0, 1]
 */
public record BatterySpec(double specificEnergyJPerKg, double depthOfDischarge, double dischargeEfficiency) {
    public BatterySpec {
        Bounds.within("battery specific energy (J/kg)", specificEnergyJPerKg, 1e3, 5e6);
        Bounds.fraction("battery depth of discharge", depthOfDischarge);
        Bounds.fraction("battery discharge efficiency", dischargeEfficiency);
    }

    public static BatterySpec of(BatteryCell cell) {
        return new BatterySpec(cell.specificEnergyJPerKg(), cell.depthOfDischarge(), cell.dischargeEfficiency());
    }
}
