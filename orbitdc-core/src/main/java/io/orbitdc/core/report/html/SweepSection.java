package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.launch.Percentiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sweep's answer: a heat map of the orbit/ground ratio over its two most varied axes (the mean
 * over the points of each cell, i.e. over the random draws and any other axis) and the empirical
 * CDF of the ratio over every point with an answer.
 */
final class SweepSection {

    static final String ID = "sweep";
    /** Largest number of points of the CDF line (evenly spaced order statistics beyond it). */
    static final int MAX_CDF_POINTS = 2000;

    private SweepSection() {
    }

    static HtmlReport.Section of(SweepResults sweep) {
        List<Chart> charts = new ArrayList<>();
        String heat;
        if (sweep.axes().size() == 2) {
            charts.add(heatMap(sweep));
            heat = "The heat map shows the mean ratio of the points in each cell of its two most varied axes.";
        } else {
            heat = "The sweep varies " + sweep.axes().size() + " axis(es): a heat map needs two, so none is shown.";
        }
        double[] ratios = sweep.points().stream().mapToDouble(SweepResults.Point::ratio).sorted().toArray();
        charts.add(cdf(ratios));
        long cheaper = Arrays.stream(ratios).filter(r -> r < 1).count();
        List<HtmlReport.Figure> figures = List.of(
                new HtmlReport.Figure("points", Integer.toString(sweep.points().size()), sweep.failed()
                        + " failed or without a cost answer, left out"),
                new HtmlReport.Figure("ratio P10 / P50 / P90", Format.fixed(Percentiles.at(ratios, 0.1), 3) + " / "
                        + Format.fixed(Percentiles.at(ratios, 0.5), 3) + " / " + Format.fixed(Percentiles.at(ratios, 0.9), 3), ""),
                new HtmlReport.Figure("orbit cheaper", Format.percent(cheaper / (double) ratios.length),
                        "of the points (ratio below 1)"));
        return new HtmlReport.Section(ID, "Sweep", "The orbit/ground ratio of $ per GPU-hour"
                + " (cost.spaceToGroundRatio) over the points of " + sweep.file().getFileName() + " without an error. "
                + heat, figures, charts);
    }

    private static Chart heatMap(SweepResults sweep) {
        SweepResults.Axis x = sweep.axes().get(0);
        SweepResults.Axis y = sweep.axes().get(1);
        double[][] sum = new double[x.values().size()][y.values().size()];
        int[][] count = new int[x.values().size()][y.values().size()];
        for (SweepResults.Point p : sweep.points()) {
            int i = x.values().indexOf(p.at().get(0));
            int j = y.values().indexOf(p.at().get(1));
            sum[i][j] += p.ratio();
            count[i][j]++;
        }
        ObjectNode o = EChartsOptions.categoryBars("Mean orbit/ground ratio per cell",
                axisName(x), x.values(), axisName(y));
        ObjectNode yAxis = (ObjectNode) o.get("yAxis");
        yAxis.put("type", "category");
        ArrayNode yData = yAxis.putArray("data");
        y.values().forEach(yData::add);
        ((ObjectNode) o.get("tooltip")).put("trigger", "item");
        ((ObjectNode) o.get("grid")).put("right", 110);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        ObjectNode cells = EChartsOptions.series("heatmap", "mean orbit/ground ratio");
        ArrayNode data = cells.putArray("data");
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum[i].length; j++) {
                if (count[i][j] > 0) {
                    double mean = sum[i][j] / count[i][j];
                    min = Math.min(min, mean);
                    max = Math.max(max, mean);
                    ArrayNode cell = data.addArray();
                    cell.add(i);
                    cell.add(j);
                    cell.add(EChartsOptions.number(mean));
                }
            }
        }
        EChartsOptions.add(o, cells);
        ObjectNode scale = o.putObject("visualMap");
        scale.set("min", EChartsOptions.number(min));
        scale.set("max", EChartsOptions.number(max == min ? min + 1e-9 : max));
        scale.put("calculable", true);
        scale.put("orient", "vertical");
        scale.put("right", 10);
        scale.put("top", "middle");
        scale.putArray("text").add("ratio (orbit/ground)").add("");
        return new Chart("sweep-heatmap", "Orbit/ground ratio heat map", o);
    }

    private static String axisName(SweepResults.Axis a) {
        return a.unit().isEmpty() ? a.path() : a.path() + " (" + a.unit() + ")";
    }

    private static Chart cdf(double[] sorted) {
        int n = sorted.length;
        int m = Math.min(n, MAX_CDF_POINTS);
        double[] x = new double[m];
        double[] p = new double[m];
        for (int k = 0; k < m; k++) {
            int i = m == 1 ? 0 : (int) Math.round(k * (n - 1) / (double) (m - 1));
            x[k] = sorted[i];
            p[k] = (i + 1) / (double) n; // empirical CDF at the (i+1)-th order statistic
        }
        ObjectNode o = EChartsOptions.xy("CDF of the orbit/ground ratio over the sweep",
                "orbit/ground $ per GPU-hour ratio (dimensionless)", "share of points at or below");
        ObjectNode line = EChartsOptions.line("empirical CDF", x, p);
        line.put("step", "end");
        EChartsOptions.add(o, line);
        return new Chart("sweep-cdf", "CDF of the orbit/ground ratio", o);
    }
}
