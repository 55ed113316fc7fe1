package io.orbitdc.core.report;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.geometry.GeometryReport;
import java.util.Locale;

/** The human geometry report: sunlight, beta, contacts, SAA, links and drag on one screen. */
public final class GeometryTable {

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
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, TextSafe.args(args))).append('\n');
    }
}
