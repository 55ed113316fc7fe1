package io.orbitdc.core.catalog;

import java.util.List;

/**
 * A space solar cell technology as flown in an array: AM0 efficiency at the reference
 * temperature, its temperature coefficient, radiation degradation and array-level mass.
 *
 * @param efficiency                  beginning-of-life AM0 conversion efficiency at {@code referenceTemperatureK}
 * @param temperatureCoefficientPerK  relative change of efficiency per kelvin (negative, e.g. -0.0022)
 * @param degradationPerYear          fractional loss of output per year in LEO
 * @param specificPowerWPerKg         array-level (wing) specific power at BOL, W/kg
 * @param arealDensityKgPerM2         array-level areal density, kg/m²
 */
public record SolarCell(String id, String name, double efficiency, double temperatureCoefficientPerK,
                        double referenceTemperatureK, double degradationPerYear,
                        double specificPowerWPerKg, double arealDensityKgPerM2, List<String> sources) {
    public SolarCell {
        sources = List.copyOf(sources);
    }
}
