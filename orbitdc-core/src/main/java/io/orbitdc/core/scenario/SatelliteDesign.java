package io.orbitdc.core.scenario;

import io.orbitdc.core.catalog.Accelerator;
import java.util.OptionalDouble;

/** One satellite of the fleet as the scenario designs it, catalog references resolved. */
public record SatelliteDesign(Accelerator accelerator, int acceleratorsPerSatellite, double itOverhead,
                              BusSpec bus, SolarArraySpec solarArray, PowerSystemSpec powerSystem,
                              BatterySpec battery, RadiatorSpec radiator, double thermalResistanceKPerW,
                              double shieldingM, double structureFraction, double propulsionFraction,
                              OptionalDouble maxMassKg, double maxAccelerationMps2, double stowedDensityKgPerM3) {
}
