package io.orbitdc.core.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One row of a catalog data file, with the resource and line it came from so that a bad
 * value can be reported as {@code catalog/accelerators.csv:7 power_w: ...}.
 *
 * <p>Cells are kept as text; the typed getters convert and fail with a message that names
 * the file, line and column. An empty cell means "not published".
 */
public record CatalogRow(String resource, int line, Map<String, String> cells) {

    public CatalogRow {
        cells = Map.copyOf(cells);
    }

    /** The trimmed text of a column; fails if the column is missing or empty. */
    public String text(String column) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            throw new CatalogException(where(column) + ": empty; expected a value");
        }
        return value.trim();
    }

    /** The trimmed text of a column, or {@code fallback} when it is empty. */
    public String textOr(String column, String fallback) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A required finite number. */
    public double number(String column) {
        String value = text(column);
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new CatalogException(where(column) + ": '" + value + "' is not a number");
        }
    }

    /** An optional finite number: empty when the cell is blank (not published). */
    public OptionalDouble optionalNumber(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(number(column));
    }

    /** The source keys of this row ({@code source} column, separated by ';'), never empty. */
    public List<String> sources() {
        return Arrays.stream(text("source").split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private String where(String column) {
        return resource + ":" + line + " " + column;
    }
}
