package io.orbitdc.core.launch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Test fixtures: fleets and vehicles. */
final class Fleets {

    static final LocalDate START = LocalDate.of(2027, 1, 1);

    private Fleets() {
    }

    /** {@code planes} planes of {@code perPlane} satellites each in one shell. */
    static List<OrbitalPlane> shell(String name, TargetOrbit orbit, int planes, int perPlane) {
        List<OrbitalPlane> out = new ArrayList<>();
        for (int i = 0; i < planes; i++) {
            out.add(new OrbitalPlane(name, i, orbit, perPlane));
        }
        return out;
    }

    static SatelliteSpec oneTonne() {
        return new SatelliteSpec(1000, 1.0, 8, 0);
    }

    /** A made-up vehicle with everything the planner reads. */
    static LaunchVehicle vehicle(String id, String provider, double leoKg, double volumeM3, double priceUsd,
                                 double cadence, LocalDate available, int successes, int failures, double peakG) {
        return new LaunchVehicle(id, id, provider, VehicleStatus.OPERATIONAL, leoKg, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.of(volumeM3), priceUsd, priceUsd, priceUsd, false,
                available, available, "", successes, failures, cadence, peakG, "test", List.of("test"), "");
    }

    /** A made-up vehicle with a status and an availability date whose actual value slips by Exp(slipMeanDays). */
    static LaunchVehicle vehicle(String id, String provider, double leoKg, double priceUsd, double cadence,
                                 VehicleStatus status, LocalDate available, double slipMeanDays, int successes, int failures) {
        return new LaunchVehicle(id, id, provider, status, leoKg, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(1000), priceUsd, priceUsd, priceUsd, false, available.minusYears(1), available, "",
                successes, failures, cadence, 6, "test", List.of("test"), "", Optional.empty(),
                status.availabilityUncertain() ? slipMeanDays : 0);
    }
}
