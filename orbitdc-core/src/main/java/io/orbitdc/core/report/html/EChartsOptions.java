package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The few Apache ECharts option shapes the report uses (ECharts 5 option reference,
 * echarts.apache.org/en/option.html): a titled chart with named axes, line, bar and scatter series.
 * Numbers are rounded to {@value #DIGITS} significant digits (the page shows 3–4; the JSON reports
 * keep full precision) and a non-finite number is never written: it becomes a gap ({@code null}).
 */
final class EChartsOptions {

    /** Significant digits kept in the inlined data: far below any chart's resolution, a third of the bytes. */
    static final int DIGITS = 6;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final MathContext ROUND = new MathContext(DIGITS);

    private EChartsOptions() {
    }

    /** A chart with a title, a tooltip, a legend and two value axes named with their units. */
    static ObjectNode xy(String title, String xName, String yName) {
        ObjectNode o = titled(title);
        ObjectNode x = axis("value", xName);
        x.put("scale", true);
        o.set("xAxis", x);
        ObjectNode y = axis("value", yName);
        y.put("scale", true);
        o.set("yAxis", y);
        o.putArray("series");
        return o;
    }

    /** A bar chart over named categories on x, values on y. */
    static ObjectNode categoryBars(String title, String xName, List<String> categories, String yName) {
        ObjectNode o = titled(title);
        ObjectNode x = axis("category", xName);
        ArrayNode data = x.putArray("data");
        categories.forEach(data::add);
        boolean rotate = categories.size() > 5;
        x.putObject("axisLabel").put("interval", 0).put("rotate", rotate ? 30 : 0);
        if (rotate) {
            x.put("nameGap", 80); // below the slanted labels
            ((ObjectNode) o.get("grid")).put("bottom", 110).put("left", 110); // the first slanted label reaches left of the axis
        }
        o.set("xAxis", x);
        o.set("yAxis", axis("value", yName));
        o.putArray("series");
        return o;
    }

    /** A horizontal bar chart: named categories on y, values on x. */
    static ObjectNode horizontalBars(String title, String valueName, List<String> categories, String categoryName) {
        ObjectNode o = titled(title);
        o.set("xAxis", axis("value", valueName));
        ObjectNode y = axis("category", categoryName);
        ArrayNode data = y.putArray("data");
        categories.forEach(data::add);
        y.put("inverse", true);
        y.putObject("axisLabel").put("width", 220).put("overflow", "truncate");
        y.put("nameGap", 230);
        o.set("yAxis", y);
        ((ObjectNode) o.get("grid")).put("left", 240);
        o.putArray("series");
        return o;
    }

    /** A line series of (x, y) points; a non-finite y is a gap. */
    static ObjectNode line(String name, double[] x, double[] y) {
        ObjectNode s = series("line", name);
        s.put("showSymbol", false);
        ArrayNode data = s.putArray("data");
        for (int i = 0; i < x.length; i++) {
            data.add(pair(x[i], y[i]));
        }
        return s;
    }

    /** A bar series of one value per category. */
    static ObjectNode bars(String name, List<Double> values) {
        ObjectNode s = series("bar", name);
        ArrayNode data = s.putArray("data");
        values.forEach(v -> data.add(number(v)));
        return s;
    }

    /** Appends {@code series} to the option's series. */
    static void add(ObjectNode option, ObjectNode series) {
        ((ArrayNode) option.get("series")).add(series);
    }

    static ObjectNode series(String type, String name) {
        ObjectNode s = NODES.objectNode();
        s.put("type", type);
        s.put("name", name);
        return s;
    }

    /** [x, y] with both rounded; a non-finite value becomes null (a gap). */
    static ArrayNode pair(double x, double y) {
        ArrayNode p = NODES.arrayNode();
        p.add(number(x));
        p.add(number(y));
        return p;
    }

    /** {@code v} rounded to {@value #DIGITS} significant digits, or null when not finite. */
    static JsonNode number(double v) {
        if (!Double.isFinite(v)) {
            return NODES.nullNode();
        }
        if (v == 0) {
            return NODES.numberNode(0);
        }
        double r = new BigDecimal(v).round(ROUND).doubleValue();
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return NODES.numberNode((long) r);
        }
        return NODES.numberNode(r);
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * Fails when {@code node} holds a non-finite number anywhere: the report never inlines NaN or
     * Infinity (a bug in a section builder, not bad input).
     */
    static void requireFinite(JsonNode node, String where) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw new IllegalStateException(where + ": a non-finite number " + node);
        }
        node.forEach(child -> requireFinite(child, where));
    }

    private static ObjectNode titled(String title) {
        ObjectNode o = NODES.objectNode();
        o.putObject("title").put("text", title).put("left", "center");
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("top", 28).put("type", "scroll");
        o.putObject("grid").put("top", 70).put("left", 80).put("right", 40).put("bottom", 70).put("containLabel", false);
        return o;
    }

    private static ObjectNode axis(String type, String name) {
        ObjectNode a = NODES.objectNode();
        a.put("type", type);
        a.put("name", name);
        a.put("nameLocation", "middle");
        a.put("nameGap", type.equals("category") ? 45 : 50);
        return a;
    }
}
