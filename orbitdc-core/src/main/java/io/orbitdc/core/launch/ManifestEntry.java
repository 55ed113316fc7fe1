package io.orbitdc.core.launch;

import java.time.LocalDate;

/**
 * One launch of a plan: which vehicle flies when, to which group and orbit, with how many
 * satellites, the mass and volume they use against the vehicle's capacity there, and its price.
 *
 * @param day            days after the plan start
 * @param capacityKg     payload the vehicle delivers to this orbit (payload model)
 * @param fairingVolumeM3 usable fairing volume, 0 where not published
 */
public record ManifestEntry(int number, String vehicleId, String vehicleName, String provider, LocalDate date,
                            long day, String group, String orbit, int satellites, double massKg,
                            double volumeM3, double capacityKg, double fairingVolumeM3, double costUsd) {
}
