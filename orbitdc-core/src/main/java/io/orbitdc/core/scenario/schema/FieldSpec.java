package io.orbitdc.core.scenario.schema;

/**
 * One field of the scenario format: its name (the public contract), type, default as it would
 * be written in a file ({@code null} when the field has no default and may be omitted, or is
 * required), a one-line description, and an optional physical bound.
 */
public record FieldSpec(String name, FieldType type, String defaultText, boolean required,
                        String description, Bound bound) {

    public static FieldSpec optional(String name, FieldType type, String defaultText, String description) {
        return new FieldSpec(name, type, defaultText, false, description, null);
    }

    public static FieldSpec required(String name, FieldType type, String description) {
        return new FieldSpec(name, type, null, true, description, null);
    }

    /** The same field with a physical bound. */
    public FieldSpec bounded(Bound b) {
        return new FieldSpec(name, type, defaultText, required, description, b);
    }
}
