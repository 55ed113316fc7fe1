package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One chart of the HTML report: an Apache ECharts option (title, axes with names and units,
 * series with their data) and, for charts with a satellite selector, the series of every other
 * selectable satellite, which the page swaps in without recomputing anything.
 *
 * @param id       HTML id of the chart's element, unique in the report ({@code [a-z0-9-]})
 * @param title    the chart's title, as shown on the page
 * @param option   the ECharts option; every number finite (checked by the writer)
 * @param variants the {@code series} arrays the selector switches between (empty: no selector);
 *                 the option shows the first
 */
public record Chart(String id, String title, ObjectNode option, List<Variant> variants) {

    public Chart {
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("chart id '" + id + "': expected [a-z0-9-]+");
        }
        variants = List.copyOf(variants);
    }

    /** A chart without a selector. */
    public Chart(String id, String title, ObjectNode option) {
        this(id, title, option, List.of());
    }

    /** The series one selector entry shows: {@code label} (e.g. "satellite 7") and its {@code series} array. */
    public record Variant(String label, ArrayNode series) {
    }
}
