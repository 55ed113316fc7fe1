package io.orbitdc.core.scenario;

/**
 * Power regulation and its path efficiencies (SMAD: X_e from array through battery to load in
 * eclipse, X_d from array to load in daylight). Defaults by scheme: mppt-battery-bus (MPPT
 * regulators onto a battery-dominated bus) X_d = 0.931 and X_e = X_d × battery charge ×
 * discharge efficiency; SMAD's direct-energy-transfer 0.65/0.85 and peak-power-tracking
 * 0.60/0.80 (see docs/models/solar-array.md).
 */
public record PowerSystemSpec(String regulation, double eclipsePathEfficiency, double daylightPathEfficiency) {
}
