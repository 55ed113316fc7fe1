package io.orbitdc.core.scenario;

/**
 * The solar array as designed: the cell's figures (from the catalog unless overridden) and the
 * array-level losses.
 *
 * @param temperatureCoefficientPerK relative efficiency change per kelvin (negative)
 * @param referenceTemperatureK      temperature at which {@code efficiency} is quoted
 * @param sunIncidenceRad            angle between the sun and the array normal
 */
public record SolarArraySpec(String cellId, double efficiency, double degradationPerYear, double specificPowerWPerKg,
                             double arealDensityKgPerM2, double temperatureCoefficientPerK, double referenceTemperatureK,
                             double operatingTemperatureK, double packingFactor, double inherentEfficiency,
                             double sunIncidenceRad, double solarConstantWPerM2) {
}
