package io.orbitdc.core.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.units.UnitPattern;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * Writes a JSON Schema (draft 2020-12) of the scenario format, generated from {@link ScenarioSchema}
 * so that editors check scenario files by the rules {@code orbitdc validate} applies:
 * <ul>
 * <li>each field admits the JSON types the parser reads (a quantity is a string with its unit, or a
 *     bare number in SI; a fraction a number or a percentage; a count an integer);</li>
 * <li>the bounds the validator checks ({@link Bound}) become minima and maxima on the numbers, in SI
 *     (in degrees for fields where a bare number means degrees);</li>
 * <li>quantity strings carry a pattern admitting only units of the field's dimension
 *     ({@link UnitPattern}), shared through {@code $defs};</li>
 * <li>catalog ids are enumerated from the catalogs given;</li>
 * <li>every default has the JSON type the parser accepts.</li>
 * </ul>
 * What it cannot say: a bound on a value written with a unit (the schema cannot convert units),
 * cross-field rules (e.g. walker planes dividing the satellites) and the model checks of {@code
 * validate}. Deterministic: the same catalogs give the same text.
 */
public final class JsonSchemaWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ScenarioCatalogs catalogs;
    private final Map<String, Dimension> quantityDefs = new TreeMap<>();

    private JsonSchemaWriter(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** The schema with the catalog ids of {@code catalogs} enumerated. */
    public static JsonNode schema(ScenarioCatalogs catalogs) {
        JsonSchemaWriter w = new JsonSchemaWriter(catalogs);
        ObjectNode body = w.object(ScenarioSchema.ROOT);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://orbitdc.io/schema/scenario-v" + ScenarioSchema.VERSION + ".json");
        root.put("title", "orbitdc scenario v" + ScenarioSchema.VERSION);
        root.setAll(body);
        ObjectNode defs = root.putObject("$defs");
        w.quantityDefs.forEach((name, d) -> defs.putObject(name)
                .put("type", "string")
                .put("description", d.describe() + " with its unit, e.g. '" + d.example() + "'")
                .put("pattern", UnitPattern.quantity(d, !refusesBareNumber(d))));
        return root;
    }

    private ObjectNode object(ObjectSchema schema) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "object");
        node.put("description", schema.description());
        node.put("additionalProperties", false);
        ObjectNode props = node.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (FieldSpec f : schema.fields()) {
            ObjectNode p = type(f.type(), f.bound());
            p.put("description", f.description());
            if (f.defaultText() != null) {
                p.set("default", typedDefault(f));
            }
            props.set(f.name(), p);
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        for (var group : schema.exclusive()) {
            // at most one of the group: not two of them together
            ArrayNode allOf = node.withArray("allOf");
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    ObjectNode not = MAPPER.createObjectNode();
                    not.putObject("not").putArray("required").add(group.get(i)).add(group.get(j));
                    allOf.add(not);
                }
            }
        }
        return node;
    }

    private ObjectNode type(FieldType type, Bound bound) {
        ObjectNode n = MAPPER.createObjectNode();
        if (type instanceof FieldType.Quantity q) {
            quantity(n.putArray("anyOf"), q.dimension(), bound);
        } else if (type instanceof FieldType.Degrees) {
            ArrayNode any = n.putArray("anyOf");
            ObjectNode number = any.addObject().put("type", "number");
            bounds(number, bound, Math::toDegrees);
            any.addObject().put("type", "string").put("pattern", UnitPattern.quantity(Dimension.ANGLE, true));
        } else if (type instanceof FieldType.Real) {
            ArrayNode any = n.putArray("anyOf");
            bounds(any.addObject().put("type", "number"), bound, v -> v);
            // a percentage ("30 %"), or a number YAML 1.1 reads as text (7e10)
            any.addObject().put("type", "string").put("pattern", UnitPattern.quantity(Dimension.DIMENSIONLESS, true));
        } else if (type instanceof FieldType.Whole) {
            if (bound != null && bound.min() == bound.max()) {
                n.put("const", (long) bound.min());
            } else {
                ArrayNode any = n.putArray("anyOf");
                bounds(any.addObject().put("type", "integer"), bound, v -> v);
                // 10_000: a digit group separator, which YAML 1.2 reads as text
                any.addObject().put("type", "string").put("pattern", "^\\s*[+\\-]?\\d+(?:_\\d+)+\\s*$");
            }
        } else if (type instanceof FieldType.Text) {
            n.put("type", "string");
        } else if (type instanceof FieldType.Flag) {
            n.put("type", "boolean");
        } else if (type instanceof FieldType.Choice c) {
            n.put("type", "string");
            ArrayNode values = n.putArray("enum");
            c.values().forEach(values::add);
        } else if (type instanceof FieldType.Instant) {
            n.put("type", "string");
            // Instant.parse, or a bare date (midnight UTC)
            n.put("pattern", "^\\s*\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z)?\\s*$");
        } else if (type instanceof FieldType.TimeOfDay) {
            n.put("type", "string");
            n.put("pattern", "^\\s*(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?\\s*$");
        } else if (type instanceof FieldType.QuantityOrWord w) {
            ArrayNode any = n.putArray("anyOf");
            ObjectNode word = any.addObject().put("type", "string");
            ArrayNode values = word.putArray("enum");
            w.words().forEach(values::add);
            quantity(any, w.dimension(), bound);
        } else if (type instanceof FieldType.CatalogId c) {
            catalogId(n, c.catalog());
        } else if (type instanceof FieldType.CatalogRef r) {
            ArrayNode one = n.putArray("oneOf");
            catalogId(one.addObject(), r.catalog());
            one.add(object(r.inline()));
        } else if (type instanceof FieldType.Group g) {
            n.setAll(object(g.schema()));
        } else if (type instanceof FieldType.ListOf l) {
            ObjectNode array = MAPPER.createObjectNode().put("type", "array");
            array.set("items", type(l.item(), null));
            if (l.item() instanceof FieldType.Group || l.item() instanceof FieldType.CatalogRef) {
                n.setAll(array);
            } else {
                // a single word where a list of words is expected reads as a one-item list
                n.putArray("anyOf").add(array).add(type(l.item(), null));
            }
        } else {
            throw new IllegalStateException("no JSON Schema for " + type);
        }
        return n;
    }

    private void catalogId(ObjectNode n, Catalog catalog) {
        n.put("type", "string");
        n.put("description", catalog.label() + " catalog id");
        ArrayNode ids = n.putArray("enum");
        catalog.ids(catalogs).forEach(ids::add);
    }

    /** A bare number in SI within the bounds (not for spans and angles, which need their unit), or a string with a unit. */
    private void quantity(ArrayNode any, Dimension d, Bound bound) {
        if (!refusesBareNumber(d)) {
            bounds(any.addObject().put("type", "number"), bound, v -> v);
        } else if (bound == null || bound.admits(0)) {
            // zero is the same in every unit, so the parser takes it bare
            any.addObject().put("const", 0);
        }
        String name = defName(d);
        quantityDefs.put(name, d);
        any.addObject().put("$ref", "#/$defs/" + name);
    }

    /** The parser refuses a bare non-zero span or angle: 'duration: 365' is never meant as 365 s. */
    private static boolean refusesBareNumber(Dimension d) {
        return d.equals(Dimension.DURATION) || d.equals(Dimension.ANGLE);
    }

    private static String defName(Dimension d) {
        String si = d.siUnit();
        String name = si.isEmpty() ? "1" : si.replace("/", "-per-").replace("*", "-").replace("^", "");
        return "quantity-" + (name.startsWith("-") ? name.substring(1) : name);
    }

    /** The bound on a bare number, in the unit a bare number is read in ({@code fromSi}: degrees for station angles). */
    private static void bounds(ObjectNode number, Bound bound, DoubleUnaryOperator fromSi) {
        if (bound == null) {
            return;
        }
        if (Double.isFinite(bound.min())) {
            number.set(bound.minInclusive() ? "minimum" : "exclusiveMinimum", number(fromSi.applyAsDouble(bound.min())));
        }
        if (Double.isFinite(bound.max())) {
            number.set(bound.maxInclusive() ? "maximum" : "exclusiveMaximum", number(fromSi.applyAsDouble(bound.max())));
        }
    }

    /** A whole value as an integer (2000000, not 2000000.0), anything else as the shortest double. */
    private static JsonNode number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return MAPPER.getNodeFactory().numberNode((long) v);
        }
        return MAPPER.getNodeFactory().numberNode(v);
    }

    /** The default as the JSON value a file would hold: a number or a boolean where YAML reads one. */
    private static JsonNode typedDefault(FieldSpec f) {
        String text = f.defaultText();
        FieldType t = f.type();
        if (t instanceof FieldType.Whole) {
            return MAPPER.getNodeFactory().numberNode(Long.parseLong(text.trim()));
        }
        if (t instanceof FieldType.Flag) {
            return MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(text.trim()));
        }
        if (t instanceof FieldType.Real || t instanceof FieldType.Quantity || t instanceof FieldType.Degrees) {
            try {
                return number(Double.parseDouble(text.trim()));
            } catch (NumberFormatException e) {
                return MAPPER.getNodeFactory().textNode(text);
            }
        }
        return MAPPER.getNodeFactory().textNode(text);
    }
}
