package io.orbitdc.core.scenario;

import java.util.OptionalDouble;

/** Financing, the orbital cost assumptions and the ground reference, in SI units and USD. */
public record EconomicsSettings(double discountRate, double satelliteCostUsdPerW, OptionalDouble satelliteCostUsdPerKg,
                                double groundSegmentUsdPerS, double insuranceFraction, double acceleratorFailureRate,
                                double disposalFraction, double deliveredFraction, TerrestrialSettings terrestrial) {
}
