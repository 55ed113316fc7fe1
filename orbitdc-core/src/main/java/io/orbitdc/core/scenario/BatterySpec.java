package io.orbitdc.core.scenario;

/** The battery as designed: pack-level figures from the catalog unless overridden. */
public record BatterySpec(String cellId, double specificEnergyJPerKg, double depthOfDischarge,
                          double chargeEfficiency, double dischargeEfficiency) {
}
