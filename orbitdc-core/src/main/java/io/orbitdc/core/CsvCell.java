package io.orbitdc.core;

/**
 * A text cell made safe for spreadsheets (OWASP "CSV Injection"): a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return can be run as a formula
 * by Excel, LibreOffice or Google Sheets, so it is prefixed with a single quote, which makes them
 * show it as text. Apply to text cells only (user-given names): numbers keep their sign.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** {@code text}, prefixed with {@code '} when its first character could start a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsFormula(text.charAt(0)) ? "'" + text : text;
    }

    /**
     * {@code text} as one RFC 4180 field of a text column: neutralised, then quoted when it holds a
     * comma, a quote or a line break.
     */
    public static String textField(String text) {
        String safe = text == null ? "" : neutralise(text);
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** Whether a cell beginning with {@code c} could be read as a formula. */
    public static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The same rule as a DuckDB SQL expression over VARCHAR column {@code column} (a quoted identifier). */
    public static String neutraliseSql(String column) {
        return "CASE WHEN regexp_matches(" + column + ", '^[=+@\\t\\r-]') THEN '''' || " + column + " ELSE " + column + " END";
    }
}
