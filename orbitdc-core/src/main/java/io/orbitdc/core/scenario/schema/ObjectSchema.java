package io.orbitdc.core.scenario.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields one mapping of a scenario may hold, in the order they are documented. An
 * {@code exclusive} group lists fields of which at most one may be given (e.g. {@code orbit}
 * and {@code shells}).
 */
public record ObjectSchema(String name, String description, List<FieldSpec> fields, List<List<String>> exclusive) {

    public ObjectSchema {
        fields = List.copyOf(fields);
        exclusive = exclusive.stream().map(List::copyOf).toList();
        Map<String, FieldSpec> seen = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            if (seen.put(f.name(), f) != null) {
                throw new IllegalArgumentException("schema " + name + " declares " + f.name() + " twice");
            }
        }
    }

    public ObjectSchema(String name, String description, List<FieldSpec> fields) {
        this(name, description, fields, List.of());
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The field; a programming error (not a user error) when it does not exist. */
    public FieldSpec require(String fieldName) {
        return field(fieldName).orElseThrow(
                () -> new IllegalStateException("schema " + name + " has no field " + fieldName));
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
