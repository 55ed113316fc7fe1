package io.orbitdc.core.footprint;

/**
 * The life-cycle emission factors the footprint model multiplies by mass, chips and energy.
 * Defaults are published figures (see {@link #published()}); every one is a plain input so that a
 * study can vary it.
 *
 * @param launchKgCo2ePerKg        launch emissions per kg of payload delivered to LEO, vehicle
 *                                 production, propellant and operations included
 * @param platformKgCo2ePerKg      manufacturing emissions per kg of satellite hardware other than
 *                                 the accelerators (array, radiator, structure, bus)
 * @param acceleratorKgCo2ePerChip embodied (manufacturing) emissions per accelerator chip with its
 *                                 share of host, memory and board
 * @param launchWaterLitresPerKg   water consumed per kg launched (0 where nothing is published)
 */
public record FootprintFactors(double launchKgCo2ePerKg, double platformKgCo2ePerKg, double acceleratorKgCo2ePerChip,
                               double launchWaterLitresPerKg) {

    /** Falcon 9, reusable first stage: 178.8 kgCO2e per kg to LEO. ref: dirty-bits-2025 */
    public static final double FALCON9_KG_CO2E_PER_KG = 178.8;
    /**
     * Satellite hardware other than chips: 50 kgCO2e/kg, our assumption [U] between primary
     * aluminium (~16 kg/kg, ref: iai-aluminium-2022) and carbon-fibre composite and space-grade
     * electronics and cells (several times more); the per-satellite ~15 t CO2e of a factory-built
     * small satellite with a reusable launch (ref: segert-2022) bounds it from above.
     */
    public static final double PLATFORM_KG_CO2E_PER_KG = 50.0;
    /** 318 kgCO2e per A100-class GPU with its share of host, memory and storage. ref: chien-2023 */
    public static final double ACCELERATOR_KG_CO2E_PER_CHIP = 318.0;

    public FootprintFactors {
        if (!(launchKgCo2ePerKg >= 0 && platformKgCo2ePerKg >= 0 && acceleratorKgCo2ePerChip >= 0
                && launchWaterLitresPerKg >= 0)) {
            throw new IllegalArgumentException("emission and water factors cannot be negative");
        }
    }

    /** The published defaults: Falcon 9 launch, a factory-built platform, A100-class chips, no launch water. */
    public static FootprintFactors published() {
        return new FootprintFactors(FALCON9_KG_CO2E_PER_KG, PLATFORM_KG_CO2E_PER_KG, ACCELERATOR_KG_CO2E_PER_CHIP, 0.0);
    }
}
