package io.orbitdc.core.scenario;

/** Financing and the ground reference. */
public record EconomicsSettings(double discountRate, TerrestrialSettings terrestrial) {
}
