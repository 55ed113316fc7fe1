package io.orbitdc.core.sizing;

/**
 * A sized radiator.
 *
 * @param wasteHeatW          heat to reject, W
 * @param temperatureK        radiating surface temperature the plate is sized at, K
 * @param emittedFluxWPerM2   sides·ε·σ·(T⁴ − T_sink⁴), W/m²
 * @param absorbedFluxWPerM2  Sun + albedo + Earth IR absorbed, W/m²
 * @param netFluxWPerM2       emitted − absorbed, W/m²
 * @param areaM2              plate area, m²
 * @param massKg              radiator system mass, kg
 * @param environment         the environment used
 */
public record RadiatorSizing(double wasteHeatW, double temperatureK, double emittedFluxWPerM2, double absorbedFluxWPerM2,
                             double netFluxWPerM2, double areaM2, double massKg, RadiatorEnvironment environment) {
}
