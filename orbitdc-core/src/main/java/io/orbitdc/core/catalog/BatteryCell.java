package io.orbitdc.core.catalog;

import java.util.List;

/**
 * A space battery technology at battery (pack) level: specific energy, the depth of discharge
 * recommended for LEO cycling, and round-trip path efficiencies.
 *
 * @param specificEnergyJPerKg pack-level specific energy, J/kg
 * @param depthOfDischarge     recommended depth of discharge for the cycle life in LEO (0..1]
 * @param cycleLife            cycles to end of life at that depth of discharge
 */
public record BatteryCell(String id, String name, double specificEnergyJPerKg, double depthOfDischarge,
                          double chargeEfficiency, double dischargeEfficiency, double cycleLife,
                          List<String> sources) {
    public BatteryCell {
        sources = List.copyOf(sources);
    }
}
