package io.orbitdc.core.scenario.yaml;

/** A 1-based line and column in a scenario file. */
public record Location(int line, int column) {
    /** Used only for values that come from defaults rather than the file. */
    public static final Location NONE = new Location(0, 0);
    /**
     * A value given on the command line ({@code --set PATH=VALUE}) rather than in the file: errors
     * about it are reported as {@code --set PATH: message} instead of FILE:LINE:COL.
     */
    public static final Location OVERRIDE = new Location(-1, 0);

    /** Whether this value came from a {@code --set} override. */
    public boolean isOverride() {
        return line < 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
