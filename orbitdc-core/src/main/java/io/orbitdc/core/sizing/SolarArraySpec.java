package io.orbitdc.core.sizing;

import io.orbitdc.core.catalog.SolarCell;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Parameters of a solar array for sizing. Array mass comes from the specific power at beginning
 * of life when given, otherwise from the areal density; one of the two is required.
 *
 * @param solarConstantWPerM2        irradiance at 1 AU, W/m² (e.g. {@link SpaceEnvironment#SOLAR_CONSTANT_W_PER_M2})
 * @param efficiencyBol              cell efficiency at the reference temperature, beginning of life, (0, 1)
 * @param packingFactor              cell area / array area, (0, 1]
 * @param temperatureCoefficientPerK relative efficiency change per kelvin (negative, e.g. −0.0022)
 * @param operatingTemperatureK      cell operating temperature, K
 * @param referenceTemperatureK      temperature at which the efficiency is rated, K
 * @param inherentLossFactor         other inherent losses (wiring, shadowing, mismatch) as a factor in (0, 1]; SMAD nominal 0.77
 * @param sunIncidenceRad            worst-case angle between the Sun and the array normal, rad in [0, π/2)
 * @param degradationPerYear         fractional output loss per year, compounded, [0, 1)
 * @param specificPowerWPerKg        array specific power at BOL, W/kg (optional)
 * @param arealDensityKgPerM2        array areal density, kg/m² (optional)
 */
public record SolarArraySpec(double solarConstantWPerM2, double efficiencyBol, double packingFactor,
                             double temperatureCoefficientPerK, double operatingTemperatureK,
                             double referenceTemperatureK, double inherentLossFactor, double sunIncidenceRad,
                             double degradationPerYear, OptionalDouble specificPowerWPerKg,
                             OptionalDouble arealDensityKgPerM2) {
    public SolarArraySpec {
        Bounds.within("solar constant (W/m²)", solarConstantWPerM2, 1000.0, 1500.0);
        Bounds.within("solar cell efficiency", efficiencyBol, 1e-3, 0.7);
        Bounds.fraction("array packing factor", packingFactor);
        Bounds.within("cell temperature coefficient (1/K)", temperatureCoefficientPerK, -0.02, 0.0);
        Bounds.within("cell operating temperature (K)", operatingTemperatureK, 150.0, 450.0);
        Bounds.within("cell reference temperature (K)", referenceTemperatureK, 150.0, 450.0);
        Bounds.fraction("array inherent loss factor", inherentLossFactor);
        Bounds.within("sun incidence on the array (rad)", sunIncidenceRad, 0.0, Math.toRadians(85.0));
        Bounds.within("array degradation per year", degradationPerYear, 0.0, 0.5);
        Objects.requireNonNull(specificPowerWPerKg, "specificPowerWPerKg");
        Objects.requireNonNull(arealDensityKgPerM2, "arealDensityKgPerM2");
        if (specificPowerWPerKg.isEmpty() && arealDensityKgPerM2.isEmpty()) {
            throw new SizingInputException("solar array needs a specific power (W/kg) or an areal density (kg/m²), found neither");
        }
        specificPowerWPerKg.ifPresent(v -> Bounds.positive("array specific power (W/kg)", v));
        arealDensityKgPerM2.ifPresent(v -> Bounds.positive("array areal density (kg/m²)", v));
        if (1.0 + temperatureCoefficientPerK * (operatingTemperatureK - referenceTemperatureK) <= 0.0) {
            throw new SizingInputException("cell temperature loss leaves no output: coefficient "
                    + temperatureCoefficientPerK + "/K over " + (operatingTemperatureK - referenceTemperatureK)
                    + " K; expected a factor 1 + c·ΔT > 0");
        }
    }

    /**
     * Array parameters from a catalog cell; the mass model uses the cell's specific power. The
     * other factors are the caller's design choices.
     */
    public static SolarArraySpec of(SolarCell cell, double packingFactor, double operatingTemperatureK,
                                    double inherentLossFactor, double sunIncidenceRad) {
        return new SolarArraySpec(SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2, cell.efficiency(), packingFactor,
                cell.temperatureCoefficientPerK(), operatingTemperatureK, cell.referenceTemperatureK(),
                inherentLossFactor, sunIncidenceRad, cell.degradationPerYear(),
                cell.specificPowerWPerKg() > 0 ? OptionalDouble.of(cell.specificPowerWPerKg()) : OptionalDouble.empty(),
                cell.arealDensityKgPerM2() > 0 ? OptionalDouble.of(cell.arealDensityKgPerM2()) : OptionalDouble.empty());
    }
}
