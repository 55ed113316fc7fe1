package io.orbitdc.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sizing report for a spreadsheet ({@code size --out}: {@code size.csv}): every number of
 * size.json, one row each, as {@code quantity} (its JSON path, e.g. {@code satellite.solarArray.areaM2}
 * or {@code shells[1].satellite.massKg}), {@code value} and {@code unit} (read from the key's unit
 * suffix; empty for counts, ratios and fractions).
 */
public final class SizingCsv {

    /** Key suffixes and their units, longest first; a trailing High or Low (band ends) is dropped first. */
    private static final List<Map.Entry<String, String>> SUFFIXES = List.of(
            Map.entry("PerAcceleratorYear", "1/(accelerator yr)"),
            Map.entry("RadPerYear", "rad/yr"),
            Map.entry("WPerM2", "W/m2"),
            Map.entry("WPerKg", "W/kg"),
            Map.entry("Mps", "m/s"),
            Map.entry("M2", "m2"),
            Map.entry("M3", "m3"),
            Map.entry("Wh", "Wh"),
            Map.entry("Kg", "kg"),
            Map.entry("Usd", "USD"),
            Map.entry("Deg", "deg"),
            Map.entry("Rad", "rad"),
            Map.entry("W", "W"),
            Map.entry("C", "degC"),
            Map.entry("S", "s"),
            Map.entry("M", "m"));

    private SizingCsv() {
    }

    public static CsvTable of(SizingReport report) {
        List<List<Object>> rows = new ArrayList<>();
        walk(SizingJson.of(report), "", rows);
        return new CsvTable(List.of("quantity", "value", "unit"), rows);
    }

    private static void walk(JsonNode node, String path, List<List<Object>> rows) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), rows));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", rows);
            }
        } else if (node.isNumber()) {
            rows.add(List.of(path, node.isIntegralNumber() ? (Object) node.asLong() : (Object) node.asDouble(), unit(path)));
        }
    }

    /** The unit of a key from its suffix: {@code massKg} kg, {@code doseRadPerYearHigh} rad/yr, {@code yearsToDoseLimit} yr. */
    static String unit(String path) {
        String key = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        key = key.replaceAll("(High|Low)$", "");
        if (key.startsWith("yearsTo")) {
            return "yr";
        }
        for (Map.Entry<String, String> s : SUFFIXES) {
            if (key.endsWith(s.getKey()) && key.length() > s.getKey().length()) {
                return s.getValue();
            }
        }
        return "";
    }
}
