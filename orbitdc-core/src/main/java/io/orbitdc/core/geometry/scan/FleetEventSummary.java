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
 * @param recorded         umbra, shadow and contact intervals of the recorded satellites
 */
public record FleetEventSummary(int satellites, double spanS, double stepS, double sunlitFraction,
                                double umbraFraction, double longestEclipseS, double meanEclipseS, int eclipseDays,
                                long umbraCount, double betaMinDeg, double betaMaxDeg, List<StationEvents> stations,
                                double saaPassesPerDay, double saaMeanPassS, double saaTimeFraction,
                                double meanNeighbours, double linkRangeM, List<Interval> recorded) {

    public FleetEventSummary {
        stations = List.copyOf(stations);
        recorded = List.copyOf(recorded);
    }

    /** Contacts with one station, per satellite per day. */
    public record StationEvents(String id, String name, double contactsPerDay, double meanContactS, double longestGapS) {
    }

    /** One recorded interval: {@code kind} is umbra, shadow or contact:STATION; times in seconds after the start. */
    public record Interval(int satellite, String kind, double startS, double endS, boolean truncated) {
    }
}
