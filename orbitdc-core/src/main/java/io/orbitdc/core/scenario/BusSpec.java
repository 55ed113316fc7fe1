package io.orbitdc.core.scenario;

/** The satellite bus: a fixed load, a load proportional to IT power, and a fixed mass. */
public record BusSpec(double powerW, double powerFraction, double massKg) {
}
