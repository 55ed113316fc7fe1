package io.orbitdc.core.scenario;

import io.orbitdc.core.InputException;
import io.orbitdc.core.InputLocation;
import io.orbitdc.core.scenario.yaml.Location;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where every field of a scenario was written: dotted field path ({@code satellite.radiator.temperature},
 * {@code shells[1].orbit}) to line and column. Stages use it to attach a location to an engine's
 * {@link InputException} for a value that came from the file; a field the file leaves at its
 * default is located at the nearest enclosing mapping the file does write (ultimately the top
 * of the file), so every located error carries FILE:LINE:COL.
 */
public record SourceMap(String file, Map<String, Location> fields, boolean usesShells) {

    public SourceMap {
        fields = Map.copyOf(fields);
    }

    /** A map that knows only the file (scenarios built in code). */
    public static SourceMap of(String file) {
        return new SourceMap(file, Map.of(), false);
    }

    /** The written place of {@code path}, or of its nearest written ancestor. */
    public InputLocation locate(String path) {
        String p = path;
        while (true) {
            Location l = fields.get(p);
            if (l != null && l.isOverride()) {
                return new InputLocation(Overrides.SOURCE, 0, 0, path);
            }
            if (l != null && l.line() > 0) {
                return new InputLocation(file, l.line(), l.column(), path);
            }
            if (p.isEmpty()) {
                return new InputLocation(file, 1, 1, path);
            }
            p = parent(p);
        }
    }

    /** The field path prefix of shell {@code i}: {@code shells[i].} or nothing for the single orbit form. */
    public String shell(int i) {
        return usesShells ? "shells[" + i + "]." : "";
    }

    /** A bad-input error at {@code path}. */
    public InputException error(String path, String reason) {
        return new InputException(locate(path), reason);
    }

    /**
     * {@code e} located at {@code path} unless it already carries a location. A reason written
     * in the older {@code FILE: field.path: message} convention is located at the field it names.
     */
    public InputException at(String path, InputException e) {
        if (e.location().isPresent()) {
            return e;
        }
        String reason = e.reason();
        String where = path;
        if (reason.startsWith(file + ": ")) {
            reason = reason.substring(file.length() + 2);
            int colon = reason.indexOf(": ");
            if (colon > 0 && FIELD_PATH.matcher(reason.substring(0, colon)).matches()) {
                where = reason.substring(0, colon);
                reason = reason.substring(colon + 2);
            }
        }
        return new InputException(locate(where), reason, e);
    }

    private static final java.util.regex.Pattern FIELD_PATH =
            java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*(\\[\\d+])?(\\.[a-z][A-Za-z0-9]*(\\[\\d+])?)*");

    /** Runs {@code work}, locating any bad-input error it throws at {@code path}. */
    public <T> T at(String path, Supplier<T> work) {
        try {
            return work.get();
        } catch (InputException e) {
            throw at(path, e);
        }
    }

    private static String parent(String p) {
        int dot = p.lastIndexOf('.');
        int bracket = p.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : p.substring(0, cut);
    }
}
