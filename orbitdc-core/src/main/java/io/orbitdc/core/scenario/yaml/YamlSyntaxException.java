package io.orbitdc.core.scenario.yaml;

import io.orbitdc.core.InputException;

/** A YAML file that cannot be read as a tree; carries where the reader stopped. */
public final class YamlSyntaxException extends InputException {
    private static final long serialVersionUID = 1L;

    private final Location location;

    public YamlSyntaxException(Location location, String message) {
        super(message);
        this.location = location;
    }

    /** Where the reader stopped, in the text it was given (the file is not known here). */
    public Location position() {
        return location;
    }
}
