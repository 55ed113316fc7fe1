/**
 * Economics engine: levelized total cost of ownership of an orbital fleet
 * ({@link io.orbitdc.core.economics.SpaceCostModel}) and of a terrestrial campus
 * ({@link io.orbitdc.core.economics.GroundCostModel}) over the same compute, their ratio in
 * dollars per GPU-hour, the launch price at which orbit breaks even
 * ({@link io.orbitdc.core.economics.Crossover}) and a one-at-a-time sensitivity tornado. Inputs are
 * plain records in SI and US dollars; this package never reads a scenario. Equations, sources and
 * the validation table: docs/models/economics.md.
 */
package io.orbitdc.core.economics;
