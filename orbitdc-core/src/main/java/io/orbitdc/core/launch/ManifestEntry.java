package io.orbitdc.core.launch;

import java.time.LocalDate;

/**
 * One launch of a plan: which vehicle flies when, to which group and orbit, with how many
 * satellites, the mass and volume they use against the vehicle's capacity there, and its price.
 *
 * @param day            days after the plan start
 * @param capacityKg     payload the vehicle delivers to this orbit (payload model)
 * @param fairingVolumeM3 usable fairing volume, 0 where not published
 * @param vehicleStatus   the vehicle's status in the catalog; a launch on a vehicle in development or grounded
 *                        is planned at or after its (uncertain) availability date
 * @param vehicleAvailableFrom the vehicle's availability date; {@code date} is never before it
 */
public record ManifestEntry(int number, String vehicleId, String vehicleName, String provider, LocalDate date,
                            long day, String group, String orbit, int satellites, double massKg,
                            double volumeM3, double capacityKg, double fairingVolumeM3, double costUsd,
                            VehicleStatus vehicleStatus, LocalDate vehicleAvailableFrom) {

    /** This entry with another sequence number. */
    ManifestEntry numbered(int n) {
        return new ManifestEntry(n, vehicleId, vehicleName, provider, date, day, group, orbit, satellites, massKg,
                volumeM3, capacityKg, fairingVolumeM3, costUsd, vehicleStatus, vehicleAvailableFrom);
    }
}
