package io.orbitdc.core.scenario;

import java.util.OptionalDouble;

/**
 * Financing, the orbital cost assumptions and the ground reference, in SI units and USD.
 *
 * @param operationsFraction   yearly mission operations as a fraction of the orbital capital
 * @param groundSegmentUsdPerS a fixed ground segment on top of it, USD per second
 */
public record EconomicsSettings(double discountRate, double satelliteCostUsdPerW, OptionalDouble satelliteCostUsdPerKg,
                                double operationsFraction, double groundSegmentUsdPerS, double insuranceFraction, double acceleratorFailureRate,
                                double disposalFraction, double deliveredFraction, TerrestrialSettings terrestrial) {
}
