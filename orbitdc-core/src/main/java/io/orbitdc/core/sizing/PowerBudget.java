package io.orbitdc.core.sizing;

/**
 * Electrical loads and heat of one satellite in the orbit with the worst eclipse.
 *
 * @param itLoadW              accelerators × unit power × (1 + overhead), W
 * @param busLoadW             fixed bus + fraction of IT, W
 * @param totalLoadW           IT + bus, the same in daylight and eclipse, W
 * @param eclipseS             worst eclipse, s
 * @param daylightS            daylight in that orbit, s
 * @param requiredArrayPowerW  SMAD P_sa at end of life, W
 * @param conversionLossW      daylight heat in the power chain: P_sa − P_load − P_load·T_e/T_d, W
 * @param heat                 which heat goes to the compute and to the bus radiator
 */
public record PowerBudget(double itLoadW, double busLoadW, double totalLoadW, double eclipseS, double daylightS,
                          double requiredArrayPowerW, double conversionLossW, HeatLoads heat) {
    /** All the heat the satellite rejects: IT + bus + conversion loss, W. */
    public double wasteHeatW() {
        return heat.totalW();
    }
}
