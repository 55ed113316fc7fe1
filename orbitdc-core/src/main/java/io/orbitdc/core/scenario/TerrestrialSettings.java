package io.orbitdc.core.scenario;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The ground campus to compare with: a site catalog id and optional overrides of its figures. */
public record TerrestrialSettings(String siteId, OptionalDouble itPowerW, OptionalInt accelerators,
                                  OptionalDouble pue, OptionalDouble electricityUsdPerJ) {
}
