package io.orbitdc.core.footprint;

/**
 * What the orbital side launches and builds, and the IT energy it delivers over its life.
 *
 * @param launchedMassKg     every kg launched over the mission (fleet plus replacements)
 * @param platformMassKg     satellite hardware other than the accelerators, built (fleet plus replacements)
 * @param chips              accelerator chips built (fleet plus spares)
 * @param itEnergyKwh        IT energy delivered over the mission, kWh (> 0)
 */
public record OrbitFootprintInputs(double launchedMassKg, double platformMassKg, double chips, double itEnergyKwh) {
    public OrbitFootprintInputs {
        if (!(launchedMassKg >= 0 && platformMassKg >= 0 && chips >= 0 && itEnergyKwh > 0)) {
            throw new IllegalArgumentException("masses and chips cannot be negative and the IT energy must be positive");
        }
    }
}
