package io.orbitdc.core.geometry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reduces event tables to the {@link GeometryReport} numbers (definitions in GeometryReport's javadoc). */
final class GeometrySummary {

    private GeometrySummary() {
    }

    static GeometryReport report(OrekitDataSetup data, GeometryRequest req, List<Satellite> evaluated,
            List<EclipseInterval> eclipses, List<ContactWindow> contacts, List<SaaPass> saa, List<BetaAngle> beta) {
        double spanS = Duration.between(req.start(), req.end()).toMillis() / 1000.0;
        double days = spanS / 86400.0;
        int n = evaluated.size();
        double satTime = spanS * n;

        List<EclipseInterval> umbra = eclipses.stream().filter(e -> e.kind() == EclipseInterval.Kind.UMBRA).toList();
        double shadowS = eclipses.stream().filter(e -> e.kind() == EclipseInterval.Kind.PENUMBRA)
                .mapToDouble(EclipseInterval::durationS).sum();
        double umbraS = umbra.stream().mapToDouble(EclipseInterval::durationS).sum();
        Set<LocalDate> eclipseDays = new HashSet<>();
        for (EclipseInterval e : umbra) {
            for (LocalDate d = day(e.start()); !d.isAfter(day(e.end())); d = d.plusDays(1)) {
                eclipseDays.add(d);
            }
        }
        var fleet = new GeometryReport.FleetSummary(req.fleet().size(), n, req.fleet().propagator().name(),
                1.0 - shadowS / satTime, umbraS / satTime,
                umbra.stream().mapToDouble(EclipseInterval::durationS).max().orElse(0.0),
                umbra.stream().filter(e -> !e.truncated()).mapToDouble(EclipseInterval::durationS).average().orElse(0.0),
                eclipseDays.size(), umbra.size());

        var betaSummary = new GeometryReport.BetaSummary(
                beta.stream().mapToDouble(BetaAngle::betaDeg).min().orElse(Double.NaN),
                beta.stream().mapToDouble(BetaAngle::betaDeg).max().orElse(Double.NaN));

        List<GeometryReport.StationSummary> stations = new ArrayList<>();
        for (GroundStation gs : req.stations()) {
            List<ContactWindow> mine = contacts.stream().filter(c -> c.stationId().equals(gs.id())).toList();
            stations.add(new GeometryReport.StationSummary(gs.id(), gs.name(), mine.size() / days / n,
                    mine.stream().filter(c -> !c.truncated()).mapToDouble(ContactWindow::durationS).average().orElse(0.0),
                    longestGapS(mine, evaluated, req)));
        }

        var saaSummary = new GeometryReport.SaaSummary(saa.size() / days / n,
                saa.stream().filter(p -> !p.truncated()).mapToDouble(SaaPass::durationS).average().orElse(0.0),
                saa.stream().mapToDouble(SaaPass::durationS).sum() / satTime);

        return new GeometryReport(data.description(), req.start().toString(), req.end().toString(), fleet, betaSummary,
                stations, saaSummary, GeometryReport.LinksSummary.notComputed(), GeometryReport.DragSummary.ofLowest(req));
    }

    private static LocalDate day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Longest time any evaluated satellite waits between contacts with the station (window edges count). */
    private static double longestGapS(List<ContactWindow> mine, List<Satellite> evaluated, GeometryRequest req) {
        double worst = 0.0;
        for (Satellite s : evaluated) {
            List<ContactWindow> c = mine.stream().filter(w -> w.satelliteId().equals(s.id()))
                    .sorted(Comparator.comparing(ContactWindow::start)).toList();
            Instant last = req.start();
            for (ContactWindow w : c) {
                worst = Math.max(worst, Duration.between(last, w.start()).toMillis() / 1000.0);
                last = w.end();
            }
            worst = Math.max(worst, Duration.between(last, req.end()).toMillis() / 1000.0);
        }
        return worst;
    }
}
