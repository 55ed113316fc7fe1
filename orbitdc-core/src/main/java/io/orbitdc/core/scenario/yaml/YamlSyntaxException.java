package io.orbitdc.core.scenario.yaml;

/** A YAML file that cannot be read as a tree; carries where the reader stopped. */
public final class YamlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Location location;

    public YamlSyntaxException(Location location, String message) {
        super(message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
