package io.orbitdc.core.report.html;

import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.launch.Percentiles;
import io.orbitdc.core.report.CostReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Lays out the HTML report of {@link HtmlReportInputs}: the verdict header (orbit and ground $ per
 * GPU-hour and their ratio, with the P10–P90 band over a sweep when one is given), then the
 * sections in reading order — sizing, eclipses, twin series, compute, cost, launch, sweep.
 */
public final class HtmlReportBuilder {

    private HtmlReportBuilder() {
    }

    public static HtmlReport build(HtmlReportInputs in) {
        List<HtmlReport.Section> sections = new ArrayList<>();
        sections.add(SizingSection.of(in.sizing()));
        sections.add(EclipseSection.of(in.betaDays(), in.sizing().primary().result().orbit().periodS()));
        in.twinSeries().filter(s -> !s.series().isEmpty()).ifPresent(s -> sections.add(TwinSection.series(s)));
        in.twinSummary().ifPresent(m -> sections.add(TwinSection.compute(m, in.twinSource())));
        sections.add(CostSection.of(in.cost()));
        in.launch().ifPresent(l -> sections.add(LaunchSection.of(l)));
        in.sweep().ifPresent(s -> sections.add(SweepSection.of(s)));
        CostReport cost = in.cost();
        return new HtmlReport(cost.scenario().name(), cost.scenario().file(), headline(in), sections, in.notes());
    }

    private static List<HtmlReport.Figure> headline(HtmlReportInputs in) {
        CostComparison c = in.cost().comparison();
        List<HtmlReport.Figure> out = new ArrayList<>();
        String basis = in.cost().fromTwin() ? "priced at the twin's delivered compute" : "the scenario as written";
        out.add(new HtmlReport.Figure("orbit, $ per GPU-hour", Format.usd(c.space().usdPerGpuHour()),
                band(in, SweepResults.Point::spaceUsdPerGpuHour, true).orElse(basis)));
        out.add(new HtmlReport.Figure("ground, $ per GPU-hour", Format.usd(c.ground().usdPerGpuHour()),
                band(in, SweepResults.Point::groundUsdPerGpuHour, true).orElse(basis)));
        out.add(new HtmlReport.Figure("orbit / ground", Format.fixed(c.spaceToGroundRatio(), 2) + "×",
                band(in, SweepResults.Point::ratio, false).orElse(c.spaceToGroundRatio() < 1
                        ? "orbit is cheaper per GPU-hour" : "ground is cheaper per GPU-hour")));
        in.launch().ifPresent(l -> out.add(new HtmlReport.Figure("full capacity", l.headline().fullCapacityDate(),
                l.headline().basis())));
        return out;
    }

    /** "P10–P90 over the sweep: a – b" of one answer, when a sweep was given. */
    private static java.util.Optional<String> band(HtmlReportInputs in, ToDoubleFunction<SweepResults.Point> answer,
                                                   boolean usd) {
        return in.sweep().map(s -> {
            double[] v = s.points().stream().mapToDouble(answer).sorted().toArray();
            double p10 = Percentiles.at(v, 0.1);
            double p90 = Percentiles.at(v, 0.9);
            return "P10–P90 over the sweep's " + v.length + " points: " + (usd ? Format.usd(p10) + " – " + Format.usd(p90)
                    : Format.fixed(p10, 2) + " – " + Format.fixed(p90, 2));
        });
    }
}
