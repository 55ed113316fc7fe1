package io.orbitdc.core.geometry;

import io.orbitdc.core.geometry.scan.FleetDistributions;
import io.orbitdc.core.geometry.sky.SkySummary;
import io.orbitdc.core.orbit.Earth;
import java.util.List;

/**
 * Summary of a geometry run, serialised as the JSON of {@code orbitdc geometry --json}. Keys:
 * {@code fleet.sunlitFraction}, {@code fleet.longestEclipseS}, {@code fleet.eclipseDays},
 * {@code beta.minDeg}, {@code beta.maxDeg}, {@code stations[].name}, {@code stations[].contactsPerDay},
 * {@code stations[].meanContactS}, {@code links.meanNeighbours}, {@code drag.deltaVPerYearMps},
 * {@code orekitData}. Fractions and per-day rates are averages over the satellites whose events
 * were evaluated ({@code fleet.satellitesEvaluated}). With the batch fleet scan,
 * {@code distributions} gives the per-satellite figures as percentiles and the neighbour graph's
 * degree distribution and components ({@link FleetDistributions}); {@code sky} the sky impact
 * ({@link SkySummary}, the "Sky keys"). Either is null when not computed.
 */
public record GeometryReport(String orekitData, String start, String end, FleetSummary fleet, BetaSummary beta,
        List<StationSummary> stations, SaaSummary saa, LinksSummary links, DragSummary drag,
        FleetDistributions distributions, SkySummary sky) {

    /** A report without distributions or sky impact. */
    public GeometryReport(String orekitData, String start, String end, FleetSummary fleet, BetaSummary beta,
                          List<StationSummary> stations, SaaSummary saa, LinksSummary links, DragSummary drag) {
        this(orekitData, start, end, fleet, beta, stations, saa, links, drag, null, null);
    }

    /**
     * Shadow statistics. {@code sunlitFraction}: fraction of satellite-time fully outside the
     * Earth's shadow (penumbra counts as shadow). {@code eclipseDays}: UTC days with any umbra
     * for any evaluated satellite. {@code longestEclipseS}: longest umbra passage.
     */
    public record FleetSummary(int satellites, int satellitesEvaluated, String propagator, double sunlitFraction,
            double umbraFraction, double longestEclipseS, double meanEclipseS, int eclipseDays, int umbraCount) {
    }

    /** Beta-angle extremes over the window and all evaluated satellites, degrees. */
    public record BetaSummary(double minDeg, double maxDeg) {
    }

    /** Per station: passes per satellite per day and mean pass length. */
    public record StationSummary(String id, String name, double contactsPerDay, double meanContactS, double longestGapS) {
    }

    /** SAA passes per satellite per day, mean pass length, fraction of time inside. */
    public record SaaSummary(double passesPerDay, double meanPassS, double timeFraction) {
    }

    /** Inter-satellite links; {@code meanNeighbours} is filled from the batch neighbour graph (null until then). */
    public record LinksSummary(Double meanNeighbours, Double rangeM) {
        public static LinksSummary notComputed() {
            return new LinksSummary(null, null);
        }
    }

    /** Drag at the lowest shell of the fleet. */
    public record DragSummary(double altitudeM, double ballisticCoefficientKgPerM2, String solarActivity,
            double densityKgPerM3, double deltaVPerYearMps, double decayRateMPerDay, double deorbitYears) {

        /** The drag budget of the request's lowest satellite (mean altitude, not below re-entry). */
        public static DragSummary ofLowest(GeometryRequest req) {
            double lowestAltitude = req.fleet().satellites().stream()
                    .mapToDouble(s -> s.orbit().getA() - Earth.EQUATORIAL_RADIUS_M).min().orElseThrow();
            DragBudget drag = DragBudget.of(Math.max(lowestAltitude, DragBudget.REENTRY_ALTITUDE_M),
                    req.fleet().body().ballisticCoefficientKgPerM2(), req.solarActivity());
            return new DragSummary(drag.altitudeM(), drag.ballisticCoefficientKgPerM2(), drag.activity().name(),
                    drag.densityKgPerM3(), drag.deltaVPerYearMps(), drag.decayRateMPerDay(), drag.deorbitYears());
        }
    }

    /** A copy with the links summary filled in (the batch neighbour graph supplies it). */
    public GeometryReport withLinks(LinksSummary newLinks) {
        return new GeometryReport(orekitData, start, end, fleet, beta, stations, saa, newLinks, drag, distributions, sky);
    }

    /** A copy with the sky impact filled in. */
    public GeometryReport withSky(SkySummary newSky) {
        return new GeometryReport(orekitData, start, end, fleet, beta, stations, saa, links, drag, distributions, newSky);
    }
}
