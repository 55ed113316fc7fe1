package io.orbitdc.core.report;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.geometry.GeometryReport;
import java.util.Locale;

/** The human geometry report: sunlight, beta, contacts, SAA, links and drag on one screen. */
public final class GeometryTable {

    /** Fleets larger than this show per-satellite distributions (percentiles) in the text. */
    public static final int DISTRIBUTION_THRESHOLD = 1000;

    private GeometryTable() {
    }

    public static String render(String scenarioName, GeometryReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "orbitdc geometry: %s, %s to %s", scenarioName, r.start(), r.end());
        line(out, "DATA       %s", r.orekitData());
        GeometryReport.FleetSummary f = r.fleet();
        line(out, "FLEET      %s (%s evaluated for events), propagator %s", HumanFormat.count(f.satellites(), "satellite"),
                HumanFormat.grouped(f.satellitesEvaluated()), f.propagator());
        line(out, "SUNLIGHT   sunlit %.2f %%, umbra %.2f %%   longest eclipse %.1f min, mean %.1f min   %s with umbra, %s",
                100 * f.sunlitFraction(), 100 * f.umbraFraction(), f.longestEclipseS() / 60, f.meanEclipseS() / 60,
                HumanFormat.count(f.eclipseDays(), "day"), HumanFormat.count(f.umbraCount(), "umbra pass", "umbra passes"));
        line(out, "BETA       %.1f .. %.1f deg", r.beta().minDeg(), r.beta().maxDeg());
        if (r.stations().isEmpty()) {
            line(out, "STATIONS   none in the scenario");
        }
        for (int i = 0; i < r.stations().size(); i++) {
            GeometryReport.StationSummary s = r.stations().get(i);
            line(out, "%s %s: %.1f contacts/day per satellite, mean %.1f min, longest gap %.1f h",
                    i == 0 ? "STATIONS  " : "          ", s.name(), s.contactsPerDay(), s.meanContactS() / 60, s.longestGapS() / 3600);
        }
        if (r.saa() != null) {
            line(out, "SAA        %.1f passes/day, mean %.1f min, %.1f %% of the time", r.saa().passesPerDay(),
                    r.saa().meanPassS() / 60, 100 * r.saa().timeFraction());
        }
        if (r.links() != null && r.links().meanNeighbours() != null) {
            line(out, "LINKS      %.1f neighbours per satellite on average within %.0f km (line of sight)",
                    r.links().meanNeighbours(), r.links().rangeM() / 1000);
        } else {
            line(out, "LINKS      not computed");
        }
        GeometryReport.DragSummary d = r.drag();
        line(out, "DRAG       %.0f km, ballistic coefficient %.0f kg/m2, %s sun: density %.2e kg/m3, decay %.2f m/day,"
                + " station keeping %.2f m/s/yr, natural deorbit %.1f yr", d.altitudeM() / 1000, d.ballisticCoefficientKgPerM2(),
                d.solarActivity(), d.densityKgPerM3(), d.decayRateMPerDay(), d.deltaVPerYearMps(), d.deorbitYears());
        if (r.distributions() != null && f.satellites() > DISTRIBUTION_THRESHOLD) {
            distributions(out, r.distributions());
        }
        if (r.sky() != null) {
            sky(out, r.sky());
        }
        return out.toString();
    }

    private static void distributions(StringBuilder out, io.orbitdc.core.geometry.scan.FleetDistributions dist) {
        var sun = dist.sunlitFraction();
        line(out, "PER SAT    sunlit %% p5 %.1f  p50 %.1f  p95 %.1f   eclipse min/day p5 %.0f  p50 %.0f  p95 %.0f  max %.0f",
                100 * sun.p5(), 100 * sun.p50(), 100 * sun.p95(), dist.eclipseMinutesPerDay().p5(),
                dist.eclipseMinutesPerDay().p50(), dist.eclipseMinutesPerDay().p95(), dist.eclipseMinutesPerDay().max());
        for (var s : dist.stations()) {
            line(out, "           %s: contacts/day per satellite p5 %.1f  p50 %.1f  p95 %.1f; one antenna busy %.1f %% of the time,"
                    + " the fleet %.0f contact-h/day", s.name(), s.contactsPerDay().p5(), s.contactsPerDay().p50(),
                    s.contactsPerDay().p95(), 100 * s.busyFraction(), s.fleetContactHoursPerDay());
        }
        var g = dist.links();
        if (g != null) {
            line(out, "GRAPH      degree p5 %d  p50 %d  p95 %d  max %d over %,d graphs; %.1f components on average, the largest"
                    + " holds at least %.1f %% of the fleet, %.2f %% isolated (%d graphs)", g.degreeP5(), g.degreeP50(),
                    g.degreeP95(), g.degreeMax(), g.graphs(), g.meanComponents(), 100 * g.worstLargestShare(),
                    100 * g.meanIsolatedShare(), g.componentGraphs());
        }
    }

    private static void sky(StringBuilder out, io.orbitdc.core.geometry.sky.SkySummary sky) {
        line(out, "SKY        %s, %.0f m2, albedo %.2f: median V %s overhead at the end of astronomical twilight;"
                + " %.1f %% brighter than the IAU limit 7 + 2.5 log10(h/550 km)", sky.model(), sky.areaM2(), sky.albedo(),
                sky.medianMagnitude() == null ? "- (in shadow)" : String.format(Locale.ROOT, "%.1f", sky.medianMagnitude()),
                100 * sky.fractionBrighterThanIauLimit());
        for (var o : sky.observers()) {
            line(out, "           %s (%.1f deg): up to %,d satellites brighter than V 6 above the horizon%s", o.name(),
                    o.latitude(), o.maxNakedEyeVisible(), o.worstMomentUtc() == null ? " (no astronomical night in the span)"
                            : " at " + o.worstMomentUtc());
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, TextSafe.args(args))).append('\n');
    }
}
