package io.orbitdc.core.launch;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the message of an {@link InfeasibleLaunchException}: what blocks the request and what would unblock it. */
final class InfeasibilityExplainer {

    private InfeasibilityExplainer() {
    }

    /** The filters leave no vehicle at all. */
    static InfeasibleLaunchException nothingLeft(LaunchRequest r, List<LaunchVehicle> catalog) {
        String providers = catalog.stream().filter(v -> v.status() != VehicleStatus.RETIRED)
                .map(LaunchVehicle::provider).distinct().sorted().collect(Collectors.joining(", "));
        return new InfeasibleLaunchException(String.format(Locale.ROOT,
                "no launch vehicle remains: vehicles=%s, excludeProviders=%s, allowProviders=%s leave none of the %d "
                        + "catalog vehicles; remove an exclusion or allow one of: %s",
                r.vehicles().isEmpty() ? "[all]" : r.vehicles(), sorted(r.excludeProviders()),
                r.allowProviders().isEmpty() ? "[all]" : sorted(r.allowProviders()), catalog.size(), providers));
    }

    /** No remaining vehicle can carry one satellite of {@code group}. */
    static InfeasibleLaunchException noVehicleFits(DeploymentGroup group, SatelliteSpec sat, List<LaunchVehicle> remaining,
                                                    List<LaunchVehicle> filteredOut) {
        TargetOrbit orbit = group.orbit();
        StringBuilder m = new StringBuilder(String.format(Locale.ROOT,
                "the %,.0f kg satellite (%.2f m3 stowed, tolerates %.1f g) fits no remaining vehicle for %s (%s)",
                sat.massKg(), sat.stowedVolumeM3(), sat.maxAccelerationG(), orbit.label(), group.label()));
        // largest payload there among remaining vehicles whose g-load and fairing the satellite accepts
        Optional<LaunchVehicle> biggest = remaining.stream()
                .filter(v -> v.peakAccelerationG() <= sat.maxAccelerationG())
                .max(Comparator.comparingDouble(v -> PayloadModel.payloadKg(v, orbit)));
        biggest.ifPresent(v -> m.append(String.format(Locale.ROOT, "; the largest remaining payload to %s is %,.0f kg (%s)",
                orbit.label(), PayloadModel.payloadKg(v, orbit), v.name())));
        List<String> reasons = remaining.stream().map(v -> PayloadFit.rejection(v, orbit, sat))
                .flatMap(Optional::stream).limit(6).toList();
        if (!reasons.isEmpty()) {
            m.append("; remaining: ").append(String.join("; ", reasons));
        }
        Map<String, List<String>> wouldFit = new LinkedHashMap<>();
        for (LaunchVehicle v : filteredOut) {
            if (v.status() != VehicleStatus.RETIRED && PayloadFit.satellitesPerLaunch(v, orbit, sat) > 0) {
                wouldFit.computeIfAbsent(v.provider(), p -> new java.util.ArrayList<>()).add(v.name());
            }
        }
        m.append(". To make it feasible: ");
        if (!wouldFit.isEmpty()) {
            m.append(wouldFit.entrySet().stream().map(e -> "allow " + e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining(" or "))).append(", or ");
        }
        if (biggest.isEmpty()) {
            double lowestG = remaining.stream().mapToDouble(LaunchVehicle::peakAccelerationG).min().orElseThrow();
            m.append(String.format(Locale.ROOT, "qualify the satellite for %,.0f g", lowestG));
        } else if (PayloadModel.payloadKg(biggest.get(), orbit) + 1e-9 < sat.massKg()) {
            m.append(String.format(Locale.ROOT, "split the satellite below %,.0f kg", PayloadModel.payloadKg(biggest.get(), orbit)));
        } else {
            // mass fits somewhere: the fairing volume is what blocks
            LaunchVehicle roomiest = remaining.stream().filter(v -> v.peakAccelerationG() <= sat.maxAccelerationG())
                    .filter(v -> PayloadModel.payloadKg(v, orbit) + 1e-9 >= sat.massKg())
                    .max(Comparator.comparingDouble(v -> v.fairingVolumeM3().orElse(Double.MAX_VALUE))).orElseThrow();
            m.append(String.format(Locale.ROOT, "reduce the stowed volume below %,.1f m3 (%s)",
                    roomiest.fairingVolumeM3().orElse(0), roomiest.name()));
        }
        return new InfeasibleLaunchException(m.toString());
    }

    private static List<String> sorted(java.util.Set<String> s) {
        return s.stream().sorted().toList();
    }
}
