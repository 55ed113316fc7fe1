package io.orbitdc.core.sizing;

/**
 * The fleet of identical satellites.
 *
 * @param satellites      number of satellites
 * @param accelerators    accelerators across the fleet
 * @param itPowerW        IT load across the fleet, W
 * @param arrayBolPowerW  solar array output at BOL across the fleet, W
 * @param massKg          fleet mass, kg
 * @param arrayAreaM2     solar array area across the fleet, m²
 * @param radiatorAreaM2  compute and bus radiator area across the fleet, m²
 */
public record FleetBudget(int satellites, long accelerators, double itPowerW, double arrayBolPowerW, double massKg,
                          double arrayAreaM2, double radiatorAreaM2) {
}
