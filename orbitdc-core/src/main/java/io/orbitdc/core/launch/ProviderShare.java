package io.orbitdc.core.launch;

/** What one provider carries in a plan: launches, satellites, money and its fraction of the satellites. */
public record ProviderShare(String provider, int launches, int satellites, double costUsd, double satelliteFraction) {
}
