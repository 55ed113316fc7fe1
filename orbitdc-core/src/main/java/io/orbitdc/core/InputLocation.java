package io.orbitdc.core;

/**
 * Where a bad input sits in a scenario file: the file, a 1-based line and column (0 when only the
 * file is known, e.g. an unreadable file) and the dotted field path ({@code satellite.radiator.temperature},
 * {@code shells[1].orbit.altitude}; empty for the whole file).
 */
public record InputLocation(String file, int line, int column, String fieldPath) {

    public InputLocation {
        fieldPath = fieldPath == null ? "" : fieldPath;
    }

    /** {@code FILE:LINE:COL field}, or {@code FILE field} when the line is unknown. */
    public String prefix() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return fieldPath.isEmpty() ? where : where + " " + fieldPath;
    }

    @Override
    public String toString() {
        return prefix();
    }
}
