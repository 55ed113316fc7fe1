package io.orbitdc.core.sweep;

import io.orbitdc.core.scenario.yaml.Location;
import java.util.List;

/**
 * One varied scenario field: its path ({@code launch.pricePerKg}), the values it takes in order,
 * the unit its numbers are written in (empty for bare numbers or text), and where the sweep file
 * declares it. A grid ({@code from/to/steps}, linear or log) and a {@code values:} list both
 * become this.
 */
public record Axis(String path, List<AxisValue> values, String unit, Location location) {
    public Axis {
        values = List.copyOf(values);
    }

    /** Whether every value is a number (the column is DOUBLE), else text (VARCHAR). */
    public boolean numeric() {
        return values.stream().allMatch(v -> !Double.isNaN(v.number()));
    }

    /** The column name: the path itself (DESIGN.md's contract); the unit is in the {@code axes} table. */
    public String column() {
        return path;
    }
}
