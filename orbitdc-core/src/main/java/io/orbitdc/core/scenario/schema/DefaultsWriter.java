package io.orbitdc.core.scenario.schema;

/**
 * Writes the whole scenario format as a commented YAML file with every default filled in:
 * what {@code orbitdc scenario --defaults} prints. Fields without a default are shown commented
 * out with what they expect, so the output is itself a valid scenario.
 */
public final class DefaultsWriter {

    private DefaultsWriter() {
    }

    public static String write() {
        StringBuilder out = new StringBuilder();
        out.append("# orbitdc scenario format v").append(ScenarioSchema.VERSION)
                .append(": every field with its default.\n")
                .append("# Quantities take units (650 km, 45 C, 700 W, 120 Wh/kg, 3.6 kg/m2, 1 Gbps, 0.04 USD/kWh); bare numbers are SI.\n")
                .append("# Fields shown commented out have no default: they are optional or come from a catalog entry.\n");
        writeObject(out, ScenarioSchema.ROOT, 0);
        return out.toString();
    }

    private static void writeObject(StringBuilder out, ObjectSchema schema, int indent) {
        for (FieldSpec f : schema.fields()) {
            writeField(out, f, indent);
        }
    }

    private static void writeField(StringBuilder out, FieldSpec f, int indent) {
        String pad = " ".repeat(indent);
        String comment = "  # " + f.description();
        if (f.type() instanceof FieldType.Group g) {
            // a mapping with nothing to fill in is left out: an empty 'target:' is a null, not a mapping
            out.append(pad).append(hasDefaults(g.schema()) ? "" : "# ").append(f.name()).append(":").append(comment).append('\n');
            writeObject(out, g.schema(), indent + 2);
        } else if (f.type() instanceof FieldType.ListOf l) {
            out.append(pad).append("# ").append(f.name()).append(": []").append(comment).append('\n');
            if (l.item() instanceof FieldType.Group g) {
                out.append(pad).append("#   each item:\n");
                for (FieldSpec item : g.schema().fields()) {
                    out.append(pad).append("#     ").append(item.name()).append(": ")
                            .append(item.defaultText() != null ? item.defaultText() : "<" + item.type().expected() + ">")
                            .append('\n');
                }
            } else if (l.item() instanceof FieldType.CatalogRef r) {
                out.append(pad).append("#   each item: a ").append(r.catalog().label()).append(" id, or {")
                        .append(String.join(", ", r.inline().fieldNames())).append("}\n");
            }
        } else if (f.name().equals("orbitdc")) {
            out.append(pad).append("orbitdc: ").append(ScenarioSchema.VERSION).append(comment).append('\n');
        } else if (f.defaultText() != null) {
            out.append(pad).append(f.name()).append(": ").append(yamlScalar(f)).append(comment).append('\n');
        } else {
            out.append(pad).append("# ").append(f.name()).append(": <").append(f.type().expected()).append(">")
                    .append(comment).append('\n');
        }
    }

    private static boolean hasDefaults(ObjectSchema schema) {
        return schema.fields().stream().anyMatch(f -> f.defaultText() != null
                || f.type() instanceof FieldType.Group g && hasDefaults(g.schema()));
    }

    /** Quote values YAML would otherwise retype (times of day, ISO instants). */
    private static String yamlScalar(FieldSpec f) {
        String v = f.defaultText();
        if (f.type() instanceof FieldType.TimeOfDay || v.contains(":") || v.contains("#")) {
            return "\"" + v + "\"";
        }
        return v;
    }
}
