package io.orbitdc.core.scenario;

import io.orbitdc.core.sizing.DoseCase;
import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.sizing.BatterySpec;
import io.orbitdc.core.sizing.PowerSystem;
import io.orbitdc.core.sizing.RadiatorSpec;
import io.orbitdc.core.sizing.SolarArraySpec;
import java.util.OptionalDouble;

/**
 * One satellite of the fleet as the scenario designs it, catalog references resolved. The array,
 * power system, battery and radiator are the sizing models' own specs, built by the binder (each
 * already checked against its model's validity range); there is no scenario-side copy of them.
 */
public record SatelliteDesign(Accelerator accelerator, int acceleratorsPerSatellite, double itOverhead,
                              BusSpec bus, SolarArraySpec solarArray, PowerSystem powerSystem,
                              BatterySpec battery, RadiatorSpec radiator, double thermalResistanceKPerW,
                              double shieldingM, double structureFraction, double propulsionFraction,
                              OptionalDouble maxMassKg, double maxAccelerationMps2, double stowedDensityKgPerM3,
                              DoseCase doseCase, CatalogParts parts) {

    /**
     * The catalog rows the design's parts were taken from (their ids, as written or defaulted), so
     * that a study can look up each figure's confidence grade; the engine specs carry only values.
     */
    public record CatalogParts(String solarCellId, String batteryCellId, String radiatorCoatingId) {
    }
}
