package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.launch.MonteCarloSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launch manifest as a timeline (the deterministic plan of {@code launch --json}: each launch's
 * date, vehicle and satellites, and the satellites in orbit after it) and the Monte Carlo
 * time-to-full-capacity distribution ({@code monteCarlo.daysToFullCapacityQuantiles}).
 */
final class LaunchSection {

    static final String ID = "launch";

    private LaunchSection() {
    }

    static HtmlReport.Section of(LaunchReport report) {
        List<Chart> charts = new ArrayList<>();
        charts.add(timeline(report));
        MonteCarloSummary mc = report.monteCarlo();
        List<HtmlReport.Figure> figures = new ArrayList<>();
        figures.add(new HtmlReport.Figure("launches", Integer.toString(report.totals().launches()),
                Format.usd(report.totals().costUsd()) + ", plan complete " + report.totals().fullCapacityDate()));
        if (mc != null) {
            charts.add(cdf(report, mc));
            figures.add(new HtmlReport.Figure("time to full capacity (P50)", Format.fixed(mc.daysToFullCapacity().p50(), 0)
                    + " d", "P10 " + Format.fixed(mc.daysToFullCapacity().p10(), 0) + " d, P90 "
                    + Format.fixed(mc.daysToFullCapacity().p90(), 0) + " d over " + mc.runs() + " runs"));
        }
        figures.add(new HtmlReport.Figure("deterministic plan", report.totals().daysToFullCapacity() + " d",
                "no slips, no failures"));
        return new HtmlReport.Section(ID, "Launch", "The deterministic manifest of orbitdc launch (every vehicle from"
                + " its availability date, no slips or failures) as satellites in orbit over time, one marker per"
                + " launch; and the Monte Carlo distribution of the days to full capacity (slipped availability,"
                + " slipped launches, failures and re-flights), the quantiles every 5 % of its runs.", figures, charts);
    }

    private static Chart timeline(LaunchReport report) {
        ObjectNode o = EChartsOptions.xy("Launch manifest: satellites in orbit", "launch date (UTC)",
                "satellites in orbit (cumulative)");
        ObjectNode x = (ObjectNode) o.get("xAxis");
        x.put("type", "time");
        x.remove("scale");
        ObjectNode step = EChartsOptions.series("line", "satellites in orbit");
        step.put("step", "end");
        step.put("showSymbol", false);
        ArrayNode stepData = step.putArray("data");
        stepData.add(point(report.start(), 0));
        Map<String, ObjectNode> byVehicle = new LinkedHashMap<>();
        int inOrbit = 0;
        for (LaunchReport.Launch l : report.launches()) {
            inOrbit += l.satellites();
            stepData.add(point(l.date(), inOrbit));
            ObjectNode marks = byVehicle.computeIfAbsent(l.vehicleName(), name -> {
                ObjectNode s = EChartsOptions.series("scatter", name);
                s.putArray("data");
                s.put("symbolSize", 10);
                return s;
            });
            ((ArrayNode) marks.get("data")).add(point(l.date(), inOrbit));
        }
        EChartsOptions.add(o, step);
        byVehicle.values().forEach(s -> EChartsOptions.add(o, s));
        return new Chart("launch-timeline", "Launch manifest", o);
    }

    private static ArrayNode point(String isoDate, double y) {
        ArrayNode p = EChartsOptions.array();
        p.add(isoDate);
        p.add(EChartsOptions.number(y));
        return p;
    }

    private static Chart cdf(LaunchReport report, MonteCarloSummary mc) {
        List<Double> q = mc.daysToFullCapacityQuantiles();
        double[] days = new double[q.size()];
        double[] p = new double[q.size()];
        for (int i = 0; i < q.size(); i++) {
            days[i] = q.get(i);
            p[i] = i / (double) (q.size() - 1);
        }
        ObjectNode o = EChartsOptions.xy("Monte Carlo time to full capacity (" + mc.runs() + " runs)",
                "days from " + report.start() + " to full capacity (d)", "probability of full capacity by then");
        EChartsOptions.add(o, EChartsOptions.line("cumulative probability", days, p));
        return new Chart("launch-cdf", "Monte Carlo time to full capacity", o);
    }
}
