package io.orbitdc.core.scenario;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The ground campus to compare with: a site catalog id, optional overrides of its figures, and
 * the ground-side cost assumptions. Rates in SI (USD/J, USD/m3, s).
 */
public record TerrestrialSettings(String siteId, OptionalDouble itPowerW, OptionalInt accelerators,
                                  OptionalDouble pue, OptionalDouble electricityUsdPerJ,
                                  OptionalDouble facilityCapexUsdPerW, OptionalDouble timeToPowerS,
                                  double utilisation, double availability, double hardwareLifeS,
                                  double facilityLifeS, double sparesFraction, double waterUsdPerM3) {
}
