package io.orbitdc.core.report;

import io.orbitdc.core.CsvCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for a spreadsheet: a header and rows of cells, rendered as RFC 4180 CSV (comma, LF line
 * ends, UTF-8). Numbers are written in full precision without exponent or grouping ({@code 1250000.5})
 * and a non-finite number as an empty cell; text cells are neutralised against formula injection
 * ({@link CsvCell}) and quoted when needed. Column names carry their unit ({@code usd}, {@code mass_kg}).
 */
public record CsvTable(List<String> header, List<List<Object>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** The CSV text, header first. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", header)).append('\n');
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return CsvCell.textField(value.toString());
    }
}
