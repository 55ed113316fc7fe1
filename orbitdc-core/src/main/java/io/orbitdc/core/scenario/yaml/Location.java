package io.orbitdc.core.scenario.yaml;

/** A 1-based line and column in a scenario file. */
public record Location(int line, int column) {
    /** Used only for values that come from defaults rather than the file. */
    public static final Location NONE = new Location(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
