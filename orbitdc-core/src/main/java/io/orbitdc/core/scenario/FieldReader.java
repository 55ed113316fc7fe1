package io.orbitdc.core.scenario;

import io.orbitdc.core.scenario.schema.Bound;
import io.orbitdc.core.scenario.schema.FieldSpec;
import io.orbitdc.core.scenario.schema.FieldType;
import io.orbitdc.core.scenario.schema.ObjectSchema;
import io.orbitdc.core.scenario.schema.Suggestions;
import io.orbitdc.core.scenario.yaml.Location;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.units.QuantityFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Reads the fields of one scenario mapping against its {@link ObjectSchema}: reports unknown
 * keys (with "did you mean"), missing required fields, mutually exclusive fields, values of the
 * wrong type and values outside their physical bounds, each at its line and column, and hands
 * back typed values with the schema's defaults filled in. Errors never stop the reading, so one
 * run reports everything; a value in error reads as its default (or NaN/0) and the caller
 * throws at the end through {@link Diagnostics#throwIfAny()}.
 */
public final class FieldReader {

    private final Diagnostics diagnostics;
    private final String path;
    private final ObjectSchema schema;
    private final Location location;
    private final Map<String, YamlNode.Entry> entries;
    private final ScalarReader scalars;

    /** A reader over {@code node}, which may be {@code null} when the whole mapping is absent. */
    public FieldReader(Diagnostics diagnostics, String path, ObjectSchema schema, YamlNode node, Location parentLocation) {
        this.diagnostics = diagnostics;
        this.path = path;
        this.schema = schema;
        this.scalars = new ScalarReader();
        if (node instanceof YamlNode.Mapping mapping) {
            this.location = mapping.location();
            this.entries = mapping.entries();
        } else {
            this.location = node == null ? parentLocation : node.location();
            this.entries = Map.of();
            if (node != null && !(node instanceof YamlNode.Scalar s && s.isNull())) {
                diagnostics.error(node.location(), path, "found " + node.describe() + "; expected a mapping of "
                        + schema.name() + " fields (" + String.join(", ", schema.fieldNames()) + ")");
            }
        }
        if (node != null) {
            diagnostics.source(path, location);
        }
        checkKeys();
    }

    private void checkKeys() {
        for (YamlNode.Entry entry : entries.values()) {
            String key = entry.key().name();
            diagnostics.source(child(key), entry.value().location().line() != 0 ? entry.value().location()
                    : entry.key().location());
            if (schema.field(key).isEmpty()) {
                Optional<String> near = Suggestions.closest(key, schema.fieldNames());
                String hint = near.map(n -> "did you mean '" + n + "'?")
                        .orElse("expected one of " + String.join(", ", schema.fieldNames()));
                diagnostics.error(entry.key().location(), child(key), "unknown field; " + hint);
            }
        }
        for (FieldSpec f : schema.fields()) {
            if (f.required() && !present(f.name())) {
                diagnostics.error(location, child(f.name()), "missing; expected " + f.type().expected());
            }
        }
        for (List<String> group : schema.exclusive()) {
            List<String> given = group.stream().filter(this::present).toList();
            if (given.size() > 1) {
                diagnostics.error(entries.get(given.get(1)).key().location(), child(given.get(1)),
                        "cannot be given together with '" + given.get(0) + "'; expected only one of "
                                + String.join(", ", group));
            }
        }
    }

    public String path() {
        return path;
    }

    public Location location() {
        return location;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Whether the file gives this field (with a non-empty value). */
    public boolean present(String name) {
        YamlNode.Entry e = entries.get(name);
        return e != null && !(e.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    /** Where the field's value is, or this mapping's location when absent. */
    public Location locationOf(String name) {
        YamlNode.Entry e = entries.get(name);
        return e == null ? location : e.value().location();
    }

    public String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Reports an error about a field (cross-field checks by the binder). */
    public void error(String name, String message) {
        diagnostics.error(locationOf(name), child(name), message);
    }

    // ---- scalar fields -------------------------------------------------------------------

    public double quantity(String name) {
        return optionalQuantity(name).orElse(Double.NaN);
    }

    public OptionalDouble optionalQuantity(String name) {
        FieldSpec spec = schema.require(name);
        if (spec.type() instanceof FieldType.Degrees) {
            return numeric(spec, s -> scalars.degrees(s.text(), spec.type()));
        }
        Dimension dim;
        if (spec.type() instanceof FieldType.Quantity q) {
            dim = q.dimension();
        } else if (spec.type() instanceof FieldType.QuantityOrWord q) {
            dim = q.dimension();
        } else {
            throw new IllegalStateException(name + " is not a quantity field");
        }
        return numeric(spec, s -> scalars.quantity(s.text(), dim, spec.type()));
    }

    /** A plain number; "30 %" reads as 0.3. */
    public double real(String name) {
        return optionalReal(name).orElse(Double.NaN);
    }

    public OptionalDouble optionalReal(String name) {
        FieldSpec spec = schema.require(name);
        return numeric(spec, s -> scalars.real(s.text(), spec.type()));
    }

    public int whole(String name) {
        return optionalWhole(name).orElse(0);
    }

    public OptionalInt optionalWhole(String name) {
        FieldSpec spec = schema.require(name);
        Optional<YamlNode.Scalar> s = scalar(spec);
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        double v = checked(spec, s.get(), scalars.whole(s.get().text(), spec.type())).orElse(0);
        return OptionalInt.of((int) v);
    }

    /** A quantity field whose value may instead be one of the type's words (inclination: sso). */
    public Optional<String> word(String name) {
        FieldSpec spec = schema.require(name);
        if (!(spec.type() instanceof FieldType.QuantityOrWord q)) {
            throw new IllegalStateException(name + " has no words");
        }
        return scalar(spec).map(YamlNode.Scalar::text).map(String::trim).filter(q.words()::contains);
    }

    public Optional<String> optionalText(String name) {
        FieldSpec spec = schema.require(name);
        return scalar(spec).map(s -> s.text().trim()).filter(t -> !t.isEmpty());
    }

    public String text(String name) {
        return optionalText(name).orElse("");
    }

    /** One of the words of a {@link FieldType.Choice}. */
    public String choice(String name) {
        FieldSpec spec = schema.require(name);
        FieldType.Choice choice = (FieldType.Choice) spec.type();
        Optional<YamlNode.Scalar> s = scalar(spec);
        String value = s.map(x -> x.text().trim()).orElse(spec.defaultText() == null ? "" : spec.defaultText());
        if (s.isPresent() && !choice.values().contains(value)) {
            String hint = Suggestions.closest(value, choice.values()).map(n -> " (did you mean '" + n + "'?)").orElse("");
            fail(spec, s.get(), "found " + s.get().describe() + "; expected " + choice.expected() + hint);
            return spec.defaultText() == null ? choice.values().get(0) : spec.defaultText();
        }
        return value;
    }

    /**
     * A {@link FieldType.Choice} bound to its model: the constant of {@code type} whose {@code id}
     * is the word written (or the default). The schema builds such a choice from the same enum, so
     * every word it admits has a constant; an unknown word is reported by {@link #choice(String)}
     * with its location, and there is no fallback arm to pick a model silently.
     *
     * @return the constant, or null when a required choice is missing (already reported)
     */
    public <E extends Enum<E>> E choice(String name, Class<E> type, java.util.function.Function<E, String> id) {
        String word = choice(name);
        for (E constant : type.getEnumConstants()) {
            if (id.apply(constant).equals(word)) {
                return constant;
            }
        }
        if (word.isEmpty()) {
            return null;
        }
        throw new IllegalStateException("the schema admits " + child(name) + " '" + word + "' but " + type.getName()
                + " has no constant for it");
    }

    public boolean flag(String name) {
        FieldSpec spec = schema.require(name);
        Optional<YamlNode.Scalar> s = scalar(spec);
        String value = s.map(x -> x.text().trim()).orElse(spec.defaultText() == null ? "false" : spec.defaultText());
        if (!value.equals("true") && !value.equals("false")) {
            s.ifPresent(x -> fail(spec, x, "found " + x.describe() + "; expected true or false"));
            return false;
        }
        return Boolean.parseBoolean(value);
    }

    public java.time.Instant instant(String name) {
        FieldSpec spec = schema.require(name);
        return scalar(spec).flatMap(s -> scalars.instant(s.text()).or(() -> {
            fail(spec, s, "found " + s.describe() + "; expected " + spec.type().expected());
            return Optional.empty();
        })).orElseGet(() -> scalars.instant(spec.defaultText() == null ? "" : spec.defaultText())
                .orElse(java.time.Instant.EPOCH));
    }

    /** Hours after local midnight, from "HH:MM". */
    public double timeOfDayHours(String name) {
        FieldSpec spec = schema.require(name);
        return scalar(spec).map(s -> {
            OptionalDouble h = scalars.timeOfDayHours(s.text());
            if (h.isEmpty()) {
                fail(spec, s, "found " + s.describe() + "; expected " + spec.type().expected());
            }
            return h.orElse(0);
        }).orElseGet(() -> scalars.timeOfDayHours(spec.defaultText()).orElse(0));
    }

    /** A list of words (provider names, vehicle ids); an absent field is an empty list. */
    public List<String> texts(String name) {
        FieldSpec spec = schema.require(name);
        YamlNode node = valueNode(name);
        if (node == null) {
            return List.of();
        }
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            // a single word where a list was expected is accepted as a one-item list
            return List.of(s.text().trim());
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                out.add(s.text().trim());
            } else {
                diagnostics.error(item.location(), child(name), "found " + item.describe() + "; expected " + spec.type().expected());
            }
        }
        return out;
    }

    // ---- nested fields -------------------------------------------------------------------

    /** A nested mapping; absent mappings read as all defaults. */
    public FieldReader group(String name) {
        FieldSpec spec = schema.require(name);
        ObjectSchema nested;
        if (spec.type() instanceof FieldType.Group g) {
            nested = g.schema();
        } else if (spec.type() instanceof FieldType.CatalogRef r) {
            nested = r.inline();
        } else {
            throw new IllegalStateException(name + " is not a group");
        }
        return new FieldReader(diagnostics, child(name), nested, valueNode(name), locationOf(name));
    }

    /** The items of a list-of-mappings field; each item is a reader with its index in the path. */
    public List<FieldReader> groups(String name) {
        FieldSpec spec = schema.require(name);
        if (!(spec.type() instanceof FieldType.ListOf list) || !(list.item() instanceof FieldType.Group g)) {
            throw new IllegalStateException(name + " is not a list of groups");
        }
        return items(name).stream()
                .map(i -> new FieldReader(diagnostics, child(name) + "[" + i.index + "]", g.schema(), i.node, i.node.location()))
                .toList();
    }

    /** A raw item of a list field with its index, for catalog-or-inline lists. */
    public record Item(int index, YamlNode node) { }

    public List<Item> items(String name) {
        FieldSpec spec = schema.require(name);
        YamlNode node = valueNode(name);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            diagnostics.error(node.location(), child(name), "found " + node.describe() + "; expected " + spec.type().expected());
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(new Item(i, seq.items().get(i)));
        }
        return out;
    }

    /** The raw value node of a field, or null. */
    public YamlNode valueNode(String name) {
        YamlNode.Entry e = entries.get(name);
        return e == null ? null : e.value();
    }

    // ---- internals -----------------------------------------------------------------------

    /** The scalar the file gives, or the default as a synthetic scalar, or empty. */
    private Optional<YamlNode.Scalar> scalar(FieldSpec spec) {
        YamlNode node = valueNode(spec.name());
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return spec.defaultText() == null ? Optional.empty()
                    : Optional.of(new YamlNode.Scalar(Location.NONE, spec.defaultText(), false));
        }
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(s);
        }
        diagnostics.error(node.location(), child(spec.name()), "found " + node.describe() + "; expected " + spec.type().expected());
        return Optional.empty();
    }

    private OptionalDouble numeric(FieldSpec spec, java.util.function.Function<YamlNode.Scalar, ScalarReader.Parsed> parse) {
        Optional<YamlNode.Scalar> s = scalar(spec);
        return s.isEmpty() ? OptionalDouble.empty() : checked(spec, s.get(), parse.apply(s.get()));
    }

    private OptionalDouble checked(FieldSpec spec, YamlNode.Scalar s, ScalarReader.Parsed parsed) {
        if (parsed.error() != null) {
            fail(spec, s, parsed.error());
            return OptionalDouble.empty();
        }
        Bound b = spec.bound();
        if (b != null && !b.admits(parsed.value())) {
            fail(spec, s, "found " + s.describe() + "; expected " + boundText(spec, b) + " (" + b.reason() + ")");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(parsed.value());
    }

    private static String boundText(FieldSpec spec, Bound b) {
        Dimension dim = spec.type() instanceof FieldType.Quantity q ? q.dimension()
                : spec.type() instanceof FieldType.QuantityOrWord w ? w.dimension()
                : spec.type() instanceof FieldType.Degrees ? Dimension.ANGLE : null;
        String lo = show(b.min(), dim);
        String hi = show(b.max(), dim);
        boolean hasLo = Double.isFinite(b.min());
        boolean hasHi = Double.isFinite(b.max());
        if (hasLo && hasHi) {
            if (b.minInclusive() && b.maxInclusive()) {
                return "a value from " + lo + " to " + hi;
            }
            return "a value in " + (b.minInclusive() ? "[" : "(") + lo + ", " + hi + (b.maxInclusive() ? "]" : ")");
        }
        if (hasLo) {
            return (b.minInclusive() ? "at least " : "more than ") + lo;
        }
        return (b.maxInclusive() ? "at most " : "less than ") + hi;
    }

    private static String show(double v, Dimension dim) {
        if (dim == null || !Double.isFinite(v)) {
            return stripZeros(v);
        }
        return QuantityFormatter.format(v, dim);
    }

    private static String stripZeros(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private void fail(FieldSpec spec, YamlNode.Scalar s, String message) {
        if (s.location() == Location.NONE) {
            throw new IllegalStateException("default of " + child(spec.name()) + " is invalid: " + message);
        }
        diagnostics.error(s.location(), child(spec.name()), message);
    }

    @Override
    public String toString() {
        return path + " " + entries.keySet().stream().collect(Collectors.joining(",", "{", "}"));
    }
}
