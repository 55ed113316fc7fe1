package io.orbitdc.core.scenario;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The ground campus to compare with: a site catalog id, optional overrides of its figures, and
 * the ground-side cost assumptions. Rates in SI (USD/J, USD/m3, s).
 *
 * @param hardwareLifeS      economic life of the IT hardware; empty = the mission life (as in orbit)
 * @param operationsFraction yearly staff, maintenance and site costs as a fraction of the capital
 */
public record TerrestrialSettings(String siteId, OptionalDouble itPowerW, OptionalInt accelerators,
                                  OptionalDouble pue, OptionalDouble electricityUsdPerJ,
                                  OptionalDouble facilityCapexUsdPerW, OptionalDouble timeToPowerS,
                                  double utilisation, double availability, OptionalDouble hardwareLifeS,
                                  double facilityLifeS, double sparesFraction, double operationsFraction,
                                  double waterUsdPerM3) {
}
