package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.sizing.BetaAngleSurvey;
import java.util.List;

/**
 * The year's beta angle and eclipse season of the primary orbit: the daily samples of the same
 * survey {@code orbitdc size} summarises ({@code orbit.betaMinDeg}, {@code betaMaxDeg},
 * {@code worstEclipseS}); analytic Sun, node advanced at the J2 rate (docs/models/sizing.md).
 */
final class EclipseSection {

    static final String ID = "eclipses";

    private EclipseSection() {
    }

    /** {@code days} from {@link BetaAngleSurvey#daily}, {@code periodS} the orbit's period. */
    static HtmlReport.Section of(List<BetaAngleSurvey.Day> days, double periodS) {
        int n = days.size();
        double[] day = new double[n];
        double[] beta = new double[n];
        double[] eclipseMin = new double[n];
        double worst = 0;
        int eclipsed = 0;
        double minBeta = Double.POSITIVE_INFINITY;
        double maxBeta = 0;
        for (int i = 0; i < n; i++) {
            BetaAngleSurvey.Day d = days.get(i);
            day[i] = d.day();
            beta[i] = Math.toDegrees(d.betaRad());
            eclipseMin[i] = d.eclipseFraction() * periodS / 60;
            worst = Math.max(worst, eclipseMin[i]);
            eclipsed += d.eclipseFraction() > 0 ? 1 : 0;
            minBeta = Math.min(minBeta, Math.toDegrees(d.absBetaRad()));
            maxBeta = Math.max(maxBeta, Math.toDegrees(d.absBetaRad()));
        }
        ObjectNode betaChart = EChartsOptions.xy("Beta angle over the year", "days after the epoch (d)",
                "beta angle (deg)");
        EChartsOptions.add(betaChart, EChartsOptions.line("beta angle", day, beta));
        ObjectNode season = EChartsOptions.xy("Eclipse season: eclipse per orbit", "days after the epoch (d)",
                "eclipse per orbit (min)");
        EChartsOptions.add(season, EChartsOptions.line("eclipse per orbit", day, eclipseMin));
        List<HtmlReport.Figure> figures = List.of(
                new HtmlReport.Figure("|beta| range", Format.fixed(minBeta, 1) + "° to " + Format.fixed(maxBeta, 1) + "°",
                        ""),
                new HtmlReport.Figure("days with eclipses", eclipsed + " of " + n, ""),
                new HtmlReport.Figure("longest eclipse", Format.fixed(worst, 1) + " min per orbit",
                        "orbital period " + Format.fixed(periodS / 60, 1) + " min"));
        return new HtmlReport.Section(ID, "Eclipse season and beta angle", "Daily samples over the first year of"
                + " the primary shell's orbit: the angle between the orbit plane and the Sun (beta) and the Earth"
                + " shadow an orbit crosses that day (cylindrical shadow, the sizing's model). These are the samples"
                + " whose extremes size --json reports as orbit.betaMinDeg, betaMaxDeg and worstEclipseS.",
                figures, List.of(new Chart("eclipse-beta", "Beta angle over the year", betaChart),
                        new Chart("eclipse-season", "Eclipse season", season)));
    }
}
