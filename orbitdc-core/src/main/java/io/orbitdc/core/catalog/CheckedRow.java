package io.orbitdc.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A catalog row read with physical range checks. Every failure is a {@link CatalogException}
 * whose message names the file, line and column, the value found and what was expected, e.g.
 * {@code catalog/solar-cells.csv:7 efficiency: 1.3 is outside (0, 1)}.
 */
final class CheckedRow {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final CatalogRow row;

    CheckedRow(CatalogRow row) {
        this.row = row;
    }

    CatalogRow row() {
        return row;
    }

    /** Fails unless every listed column is in the file's header. */
    void requireColumns(List<String> columns) {
        for (String column : columns) {
            if (!row.cells().containsKey(column)) {
                throw new CatalogException(row.resource() + ":" + row.line() + ": missing column '" + column
                        + "'; expected columns " + columns);
            }
        }
    }

    /** The row id: lowercase letters, digits and single dashes, e.g. {@code nvidia-h100-sxm}. */
    String id() {
        String id = row.text("id");
        if (!ID.matcher(id).matches()) {
            throw fail("id", "'" + id + "' is not a valid id; expected lowercase letters, digits and dashes");
        }
        return id;
    }

    String text(String column) {
        return row.text(column);
    }

    /** A required text value that must be one of {@code allowed}. */
    String oneOf(String column, Set<String> allowed) {
        String value = row.text(column);
        if (!allowed.contains(value)) {
            throw fail(column, "'" + value + "' is not one of " + allowed);
        }
        return value;
    }

    /** A required number strictly greater than zero. */
    double positive(String column) {
        double value = row.number(column);
        if (value <= 0) {
            throw fail(column, format(value) + " must be > 0");
        }
        return value;
    }

    /** An optional number that, when present, is strictly greater than zero. */
    OptionalDouble optionalPositive(String column) {
        OptionalDouble value = row.optionalNumber(column);
        if (value.isPresent() && value.getAsDouble() <= 0) {
            throw fail(column, format(value.getAsDouble()) + " must be > 0 (leave the cell empty when unknown)");
        }
        return value;
    }

    /** A required number in the closed interval [lo, hi]. */
    double within(String column, double lo, double hi) {
        double value = row.number(column);
        if (value < lo || value > hi) {
            throw fail(column, format(value) + " is outside [" + format(lo) + ", " + format(hi) + "]");
        }
        return value;
    }

    /** A required number in the open interval (lo, hi). */
    double strictlyWithin(String column, double lo, double hi) {
        double value = row.number(column);
        if (value <= lo || value >= hi) {
            throw fail(column, format(value) + " is outside (" + format(lo) + ", " + format(hi) + ")");
        }
        return value;
    }

    /** A required fraction in (0, 1]: efficiencies, depths of discharge, emissivities. */
    double fraction(String column) {
        double value = row.number(column);
        if (value <= 0 || value > 1) {
            throw fail(column, format(value) + " is outside (0, 1]");
        }
        return value;
    }

    /** A required whole number of at least {@code min}. */
    int count(String column, int min) {
        double value = row.number(column);
        if (value != Math.rint(value) || value < min || value > Integer.MAX_VALUE) {
            throw fail(column, format(value) + " is not a whole number >= " + min);
        }
        return (int) value;
    }

    /** The row's confidence grade: one of P, S, D, U. */
    Confidence confidence() {
        String code = row.text("confidence");
        return Confidence.ofLetter(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> fail("confidence", "'" + code + "' is not one of P, S, D, U"));
    }

    Provenance provenance() {
        return new Provenance(confidence(), row.sources(), row.textOr("notes", ""));
    }

    private CatalogException fail(String column, String problem) {
        return new CatalogException(row.resource() + ":" + row.line() + " " + column + ": " + problem);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
