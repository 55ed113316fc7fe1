package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostLine;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.report.CostReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the money goes on each side ({@code cost --json}: {@code space.lines}, {@code ground.lines},
 * nominal USD over the comparison horizon, summing to each side's {@code totalUsd}) and the
 * tornado of the orbit/ground ratio ({@code sensitivity}: each input at the low and high end of
 * its range, everything else at the base case).
 */
final class CostSection {

    static final String ID = "cost";

    private CostSection() {
    }

    static HtmlReport.Section of(CostReport report) {
        CostComparison c = report.comparison();
        List<Chart> charts = new ArrayList<>();
        List<HtmlReport.Figure> figures = new ArrayList<>();
        if (c != null) {
            charts.add(lines("cost-space-lines", "Orbit: cost lines over the horizon", c.space()));
        }
        charts.add(lines("cost-ground-lines", "Ground: cost lines over the horizon", report.ground()));
        if (c != null) {
            figures.add(new HtmlReport.Figure("orbit", Format.usd(c.space().usdPerGpuHour()) + " per GPU-hour",
                    Format.usd(c.space().totalUsd()) + " over the horizon"));
            figures.add(new HtmlReport.Figure("ground", Format.usd(c.ground().usdPerGpuHour()) + " per GPU-hour",
                    Format.usd(c.ground().totalUsd()) + " over the horizon"));
            figures.add(new HtmlReport.Figure("crossover launch price", c.crossover().launchUsdPerKg().isPresent()
                    ? Format.usd(c.crossover().launchUsdPerKg().getAsDouble()) + "/kg" : "none", c.crossover().note()));
            if (!c.sensitivity().isEmpty()) {
                charts.add(tornado(c));
            }
        }
        return new HtmlReport.Section(ID, "Cost on both sides", "Levelized total cost of ownership as orbitdc cost"
                + " computes it: every cost line of each side in nominal USD over the comparison horizon (the bars of"
                + " a side sum to its totalUsd in cost --json), and the tornado: the orbit/ground ratio of $ per"
                + " GPU-hour with one input at each end of its range.", figures, charts);
    }

    private static Chart lines(String id, String title, CostSide side) {
        List<String> names = side.lines().stream().map(CostLine::name).toList();
        List<Double> musd = side.lines().stream().map(l -> l.usd() / 1e6).toList();
        ObjectNode o = EChartsOptions.horizontalBars(title + " (total " + Format.usd(side.totalUsd()) + ")",
                "cost over the horizon (million USD)", names, "cost line");
        EChartsOptions.add(o, EChartsOptions.bars("cost", musd));
        return new Chart(id, title, o);
    }

    private static Chart tornado(CostComparison c) {
        double base = c.spaceToGroundRatio();
        List<String> inputs = c.sensitivity().stream().map(b -> b.input() + " (" + Format.compact(b.low()) + " to "
                + Format.compact(b.high()) + " " + b.unit() + ")").toList();
        List<Double> low = c.sensitivity().stream().map(b -> b.ratioAtLow() - base).toList();
        List<Double> high = c.sensitivity().stream().map(b -> b.ratioAtHigh() - base).toList();
        ObjectNode o = EChartsOptions.horizontalBars("Tornado: orbit/ground ratio around the base " + Format.fixed(base, 3),
                "change in the orbit/ground $ per GPU-hour ratio (dimensionless)", inputs, "input (range)");
        ObjectNode lowBars = EChartsOptions.bars("input at its low end", low);
        ObjectNode highBars = EChartsOptions.bars("input at its high end", high);
        highBars.put("barGap", "-100%"); // both bars of an input on one row, from zero out to each side
        EChartsOptions.add(o, lowBars);
        EChartsOptions.add(o, highBars);
        return new Chart("cost-tornado", "Tornado of the orbit/ground ratio", o);
    }
}
