package io.orbitdc.core.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a JSON Schema (draft 2020-12) of the scenario format so editors can complete and check
 * scenario files. Quantities are strings with units or bare SI numbers; physical bounds and
 * catalog ids are checked by {@code orbitdc validate}, which the schema cannot express fully.
 */
public final class JsonSchemaWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonSchemaWriter() {
    }

    public static JsonNode schema() {
        ObjectNode root = object(ScenarioSchema.ROOT);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://orbitdc.io/schema/scenario-v" + ScenarioSchema.VERSION + ".json");
        root.put("title", "orbitdc scenario v" + ScenarioSchema.VERSION);
        return root;
    }

    private static ObjectNode object(ObjectSchema schema) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "object");
        node.put("description", schema.description());
        node.put("additionalProperties", false);
        ObjectNode props = node.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (FieldSpec f : schema.fields()) {
            ObjectNode p = type(f.type());
            p.put("description", f.description());
            if (f.defaultText() != null) {
                p.put("default", f.defaultText());
            }
            props.set(f.name(), p);
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        return node;
    }

    private static ObjectNode type(FieldType type) {
        ObjectNode n = MAPPER.createObjectNode();
        if (type instanceof FieldType.Quantity q) {
            n.set("type", MAPPER.createArrayNode().add("string").add("number"));
            n.putArray("examples").add(q.dimension().example());
        } else if (type instanceof FieldType.Degrees || type instanceof FieldType.Real) {
            n.set("type", MAPPER.createArrayNode().add("number").add("string"));
        } else if (type instanceof FieldType.Whole) {
            n.put("type", "integer");
        } else if (type instanceof FieldType.Text) {
            n.put("type", "string");
        } else if (type instanceof FieldType.Flag) {
            n.put("type", "boolean");
        } else if (type instanceof FieldType.Choice c) {
            ArrayNode values = n.putArray("enum");
            c.values().forEach(values::add);
        } else if (type instanceof FieldType.Instant) {
            n.put("type", "string");
            n.put("format", "date-time");
        } else if (type instanceof FieldType.TimeOfDay) {
            n.put("type", "string");
            n.put("pattern", "^\\d{1,2}:\\d{2}(:\\d{2})?$");
        } else if (type instanceof FieldType.QuantityOrWord w) {
            ArrayNode any = n.putArray("anyOf");
            ObjectNode word = MAPPER.createObjectNode();
            ArrayNode values = word.putArray("enum");
            w.words().forEach(values::add);
            any.add(word);
            any.add(MAPPER.createObjectNode().set("type", MAPPER.createArrayNode().add("string").add("number")));
        } else if (type instanceof FieldType.CatalogRef r) {
            ArrayNode one = n.putArray("oneOf");
            one.add(MAPPER.createObjectNode().put("type", "string").put("description", r.catalog() + " catalog id"));
            one.add(object(r.inline()));
        } else if (type instanceof FieldType.Group g) {
            n.setAll(object(g.schema()));
        } else if (type instanceof FieldType.ListOf l) {
            n.put("type", "array");
            n.set("items", type(l.item()));
        }
        return n;
    }
}
