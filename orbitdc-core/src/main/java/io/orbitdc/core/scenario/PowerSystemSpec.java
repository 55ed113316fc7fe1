package io.orbitdc.core.scenario;

/**
 * Power regulation and its path efficiencies (SMAD: X_e from array through battery to load in
 * eclipse, X_d from array to load in daylight).
 */
public record PowerSystemSpec(String regulation, double eclipsePathEfficiency, double daylightPathEfficiency) {
}
