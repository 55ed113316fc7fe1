package io.orbitdc.core.geometry.scan;

import java.util.List;

/**
 * Per-satellite figures of a fleet scan as distributions, for fleets too large to list
 * (serialised under {@code distributions} in {@code orbitdc geometry --json}).
 *
 * @param sunlitFraction       each satellite's time fraction outside any shadow
 * @param eclipseMinutesPerDay each satellite's umbra time per day, min
 * @param stations             per ground station
 * @param links                the neighbour graphs pooled (null without links)
 */
public record FleetDistributions(Percentiles sunlitFraction, Percentiles eclipseMinutesPerDay,
                                 List<StationDistribution> stations, GraphStatistics.Summary links) {

    public FleetDistributions {
        stations = List.copyOf(stations);
    }

    /**
     * One station.
     *
     * @param contactsPerDay        each satellite's contacts with it per day
     * @param contactMinutesPerDay  each satellite's contact time with it per day, min
     * @param busyFraction          share of the span with at least one satellite in view (what one antenna could track)
     * @param fleetContactHoursPerDay all satellites' contact time with it per day, h (what antennas enough for all could track)
     */
    public record StationDistribution(String id, String name, Percentiles contactsPerDay, Percentiles contactMinutesPerDay,
                                      double busyFraction, double fleetContactHoursPerDay) {
    }
}
