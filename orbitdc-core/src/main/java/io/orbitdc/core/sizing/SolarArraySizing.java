package io.orbitdc.core.sizing;

/**
 * A sized solar array.
 *
 * @param requiredEolPowerW    array output required at end of life (SMAD P_sa), W
 * @param areaM2               array area, m²
 * @param bolOutputWPerM2      output per m² of array at beginning of life, W/m²
 * @param eolOutputWPerM2      output per m² at end of life, W/m²
 * @param lifeDegradationFactor (1 − d)^years over the mission
 * @param bolPowerW            array output at beginning of life, W
 * @param massKg               array mass, kg
 */
public record SolarArraySizing(double requiredEolPowerW, double areaM2, double bolOutputWPerM2,
                               double eolOutputWPerM2, double lifeDegradationFactor, double bolPowerW,
                               double massKg) {
}
