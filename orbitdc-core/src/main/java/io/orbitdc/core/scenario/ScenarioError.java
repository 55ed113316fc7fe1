package io.orbitdc.core.scenario;

import io.orbitdc.core.InputLocation;
import io.orbitdc.core.scenario.yaml.Location;

/**
 * One problem in a scenario file, printed as {@code FILE:LINE:COL field.path: message} where the
 * message says what was found and what was expected.
 */
public record ScenarioError(String file, Location location, String fieldPath, String message)
        implements Comparable<ScenarioError> {

    /** The same place as an {@link InputLocation}. */
    public InputLocation inputLocation() {
        return new InputLocation(file, location.line(), location.column(), fieldPath);
    }

    /** This error as a located {@link io.orbitdc.core.InputException}. */
    public static ScenarioError of(io.orbitdc.core.InputException e, String file) {
        InputLocation at = e.location().orElse(new InputLocation(file, 0, 0, ""));
        return new ScenarioError(at.file(), new Location(at.line(), at.column()), at.fieldPath(), e.reason());
    }

    @Override
    public String toString() {
        String where = location.line() > 0 ? file + ":" + location.line() + ":" + location.column() : file;
        return fieldPath.isEmpty() ? where + ": " + message : where + " " + fieldPath + ": " + message;
    }

    @Override
    public int compareTo(ScenarioError o) {
        int c = Integer.compare(location.line(), o.location.line());
        if (c == 0) {
            c = Integer.compare(location.column(), o.location.column());
        }
        return c != 0 ? c : toString().compareTo(o.toString());
    }
}
