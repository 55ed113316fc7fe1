package io.orbitdc.core.footprint;

/**
 * The ground campus: its grid, efficiency, water and the chips it builds, over the same IT energy.
 *
 * @param gridGCo2ePerKwh       average carbon intensity of the grid that feeds it
 * @param pue                   facility energy over IT energy (>= 1)
 * @param waterLitresPerKwhIt   on-site water consumed per kWh of IT energy (WUE)
 * @param chips                 accelerator chips built over the horizon (units, spares, refreshes)
 * @param itEnergyKwh           IT energy delivered over the horizon, kWh (> 0)
 */
public record GroundFootprintInputs(double gridGCo2ePerKwh, double pue, double waterLitresPerKwhIt, double chips,
                                    double itEnergyKwh) {
    public GroundFootprintInputs {
        if (!(gridGCo2ePerKwh >= 0 && pue >= 1 && waterLitresPerKwhIt >= 0 && chips >= 0 && itEnergyKwh > 0)) {
            throw new IllegalArgumentException("grid intensity, water and chips cannot be negative, PUE is at least 1"
                    + " and the IT energy must be positive");
        }
    }
}
