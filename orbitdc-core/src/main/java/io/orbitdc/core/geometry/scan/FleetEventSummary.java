package io.orbitdc.core.geometry.scan;

import java.util.List;

/**
 * What a fleet scan found over its span, for every satellite of the fleet: sunlight and
 * eclipses, beta range, contacts per station, SAA passes — the numbers of the geometry report —
 * plus, for the first few satellites, the intervals themselves (for validation and tables).
 *
 * @param sunlitFraction   time fraction outside any shadow (penumbra counts as shadow)
 * @param umbraFraction    time fraction in umbra
 * @param eclipseDays      calendar days (UTC) on which any satellite met umbra
 * @param meanNeighbours   mean neighbours per satellite within the link range with line of sight (NaN without links)
 * @param recorded         umbra, shadow, SAA and contact intervals of the recorded satellites (on disk)
 * @param anyStation       contact with at least one of the stations (all zero without stations)
 * @param distributions    the per-satellite figures as distributions, and the neighbour graphs pooled
 * @param totals           the per-satellite totals the distributions are built from (null without distributions)
 */
public record FleetEventSummary(int satellites, double spanS, double stepS, double sunlitFraction,
                                double umbraFraction, double longestEclipseS, double meanEclipseS, int eclipseDays,
                                long umbraCount, double betaMinDeg, double betaMaxDeg, List<StationEvents> stations,
                                double saaPassesPerDay, double saaMeanPassS, double saaTimeFraction,
                                double meanNeighbours, double linkRangeM, RecordedIntervals recorded,
                                Coverage anyStation, FleetDistributions distributions, SatelliteTotals totals) {

    public FleetEventSummary {
        stations = List.copyOf(stations);
        recorded = recorded == null ? RecordedIntervals.none() : recorded;
    }

    /**
     * Contacts with one station, per satellite per day.
     *
     * @param contactS  total contact time of the whole fleet with this station over the span (s)
     * @param durations every contact's duration, fleet-wide (cut contacts with their duration inside the span)
     * @param busyS     time at least one satellite of the fleet is in view (s): what one antenna could track
     */
    public record StationEvents(String id, String name, double contactsPerDay, double meanContactS, double longestGapS,
                                double contactS, ContactDurations durations, double busyS) {
    }

    /**
     * Time in contact with any station (the union of the stations' visibility), per satellite.
     *
     * @param timeFraction   fraction of satellite-time in contact with at least one station
     * @param contactsPerDay such contacts per satellite per day (overlapping stations make one)
     * @param meanGapS       mean gap between two contacts (gaps cut by the span's ends excluded);
     *                       the longest gap when no gap is complete, the span when there is no contact
     * @param longestGapS    longest time out of contact, gaps cut by the span's ends included (s)
     */
    public record Coverage(double timeFraction, double contactsPerDay, double meanGapS, double longestGapS) {
        /** No station: never in contact. */
        public static Coverage none(double spanS) {
            return new Coverage(0, 0, spanS, spanS);
        }
    }

    /** One recorded interval: {@code kind} is umbra, shadow or contact:STATION; times in seconds after the start. */
    public record Interval(int satellite, String kind, double startS, double endS, boolean truncated) {
    }
}
