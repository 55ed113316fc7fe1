package io.orbitdc.core.scenario;

import io.orbitdc.core.InputException;
import io.orbitdc.core.InputLocation;
import io.orbitdc.core.scenario.yaml.Location;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.scenario.yaml.YamlSyntaxException;
import io.orbitdc.core.scenario.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario fields set from outside the file ({@code --set PATH=VALUE} on the command line, a sweep
 * axis, a Java caller), applied to the YAML tree <em>before</em> it is bound, so that an override
 * is parsed, unit-converted, bounded and reported exactly as the same value written in the file.
 *
 * <p>A path is dotted field names with optional list indexes ({@code launch.pricePerKg},
 * {@code satellite.radiator.temperature}, {@code workloads[0].type}); missing mappings on the way
 * are created, list elements must exist. A value is YAML text ({@code "200 USD/kg"}, {@code 60 C},
 * {@code [SpaceX]}, {@code {temperature: 60 C}}). Errors about an overridden value are reported as
 * {@code --set PATH: message}, and an unknown field name gets the schema's "did you mean".
 * Overrides apply in order; a later one on the same path wins. Immutable.
 */
public final class Overrides {

    /** The "file" named by errors about overridden values. */
    public static final String SOURCE = "--set";

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)((?:\\[\\d{1,6}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** One field set from outside the file. */
    public record Assignment(String path, String value) {
        public Assignment {
            if (path == null || value == null) {
                throw new IllegalArgumentException("an override needs a path and a value");
            }
        }

        @Override
        public String toString() {
            return path + "=" + value;
        }
    }

    /** Text YAML reads as a plain scalar equal to itself: letters, digits, spaces and . _ / + - (not leading -). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9.+][A-Za-z0-9 ._/+-]*[A-Za-z0-9.]|[A-Za-z0-9]");
    private static final java.util.Set<String> NULLS = java.util.Set.of("null", "Null", "NULL");
    /** Thread-safe (its Jackson factory is); built once because a sweep applies thousands of overrides. */
    private static final YamlTreeReader READER = new YamlTreeReader();

    private static final Overrides NONE = new Overrides(List.of());

    private final List<Assignment> assignments;

    private Overrides(List<Assignment> assignments) {
        this.assignments = List.copyOf(assignments);
    }

    /** No override: the file as written. */
    public static Overrides none() {
        return NONE;
    }

    /** These assignments, in order (each path checked for syntax). */
    public static Overrides of(List<Assignment> assignments) {
        assignments.forEach(a -> segments(a.path()));
        return assignments.isEmpty() ? NONE : new Overrides(assignments);
    }

    /**
     * Parses {@code PATH=VALUE} texts as given to {@code --set}; a text without {@code =} or with a
     * malformed path is an {@link InputException} naming {@code --set}.
     */
    public static Overrides parse(List<String> texts) {
        List<Assignment> list = new ArrayList<>();
        for (String text : texts) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new InputException(new InputLocation(SOURCE, 0, 0, text),
                        "found no '='; expected PATH=VALUE such as launch.pricePerKg=\"200 USD/kg\"");
            }
            list.add(new Assignment(text.substring(0, eq).strip(), text.substring(eq + 1).strip()));
        }
        return of(list);
    }

    /** These overrides followed by {@code path=value}. */
    public Overrides with(String path, String value) {
        segments(path);
        List<Assignment> list = new ArrayList<>(assignments.size() + 1);
        list.addAll(assignments);
        list.add(new Assignment(path, value));
        return new Overrides(list);
    }

    /** These overrides followed by {@code more}. */
    public Overrides with(Overrides more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Assignment> list = new ArrayList<>(assignments);
        list.addAll(more.assignments);
        return new Overrides(list);
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    public boolean isEmpty() {
        return assignments.isEmpty();
    }

    /**
     * {@code root} with every assignment applied: a new tree (the input is not changed) in which
     * overridden values and created keys carry {@link Location#OVERRIDE}.
     *
     * @throws ScenarioException when a path cannot be reached (an index past the end of a list, a
     *         value where a mapping is needed) or a value is not valid YAML; each error names {@code --set PATH}
     */
    public YamlNode applyTo(YamlNode root) {
        YamlNode tree = root;
        List<ScenarioError> errors = new ArrayList<>();
        for (Assignment a : assignments) {
            try {
                YamlNode value = relocate(readValue(a));
                tree = set(tree, segments(a.path()), 0, a.path(), value);
            } catch (PathException e) {
                errors.add(new ScenarioError(SOURCE, Location.NONE, a.path(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return tree;
    }

    private static YamlNode readValue(Assignment a) {
        if (a.value().isEmpty()) {
            return new YamlNode.Scalar(Location.OVERRIDE, "", true);
        }
        if (PLAIN.matcher(a.value()).matches() && !NULLS.contains(a.value())) {
            // a plain scalar YAML would read as itself ("200 USD/kg", "60 C", "0.3"): skip the parser
            return new YamlNode.Scalar(Location.OVERRIDE, a.value(), false);
        }
        try {
            // the same reader as the file: "06:00", [a, b], {k: v} and ~ mean what they mean there
            return READER.read(a.value());
        } catch (YamlSyntaxException e) {
            throw new PathException("the value '" + a.value() + "' is not valid YAML (" + e.reason()
                    + "); expected a value as written in the scenario file, quoted if it has spaces");
        }
    }

    /** Path segments: a name, then zero or more indexes (encoded as Integer). */
    private static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        if (path.isEmpty()) {
            throw bad(path, "is empty");
        }
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw bad(path, "has a malformed part '" + part + "'");
            }
            out.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                out.add(Integer.parseInt(idx.group(1)));
            }
        }
        return out;
    }

    private static InputException bad(String path, String what) {
        return new InputException(new InputLocation(SOURCE, 0, 0, path), "the path " + what
                + "; expected dotted field names with optional list indexes, such as launch.pricePerKg or workloads[0].type");
    }

    private static YamlNode set(YamlNode node, List<Object> path, int i, String full, YamlNode value) {
        if (i == path.size()) {
            return value;
        }
        Object seg = path.get(i);
        String here = prefix(path, i);
        if (seg instanceof String name) {
            Map<String, YamlNode.Entry> entries;
            Location at;
            if (node instanceof YamlNode.Mapping m) {
                entries = new LinkedHashMap<>(m.entries());
                at = m.location();
            } else if (node instanceof YamlNode.Scalar s && s.isNull()) {
                entries = new LinkedHashMap<>();
                at = s.location();
            } else {
                throw new PathException((here.isEmpty() ? "the top level" : "'" + here + "'") + " is "
                        + node.describe() + ", so it has no field '" + name + "'; expected a path through mappings");
            }
            YamlNode.Entry old = entries.get(name);
            YamlNode child = old != null ? old.value() : missing(path, i + 1, at);
            YamlNode.Key key = old != null ? old.key() : new YamlNode.Key(name, Location.OVERRIDE);
            entries.put(name, new YamlNode.Entry(key, set(child, path, i + 1, full, value)));
            return new YamlNode.Mapping(at, entries);
        }
        int index = (Integer) seg;
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new PathException("'" + here + "' is " + (node == null ? "not given" : node.describe())
                    + "; expected a list to index with [" + index + "]");
        }
        if (index >= seq.items().size()) {
            throw new PathException("'" + here + "' has " + seq.items().size() + " element(s); expected an index 0 to "
                    + (seq.items().size() - 1) + ", not " + index);
        }
        List<YamlNode> items = new ArrayList<>(seq.items());
        items.set(index, set(items.get(index), path, i + 1, full, value));
        return new YamlNode.Sequence(seq.location(), items);
    }

    /** What stands in for an absent key: an empty mapping to descend into (at the parent's place), or nothing to index. */
    private static YamlNode missing(List<Object> path, int next, Location parent) {
        if (next < path.size() && path.get(next) instanceof Integer) {
            return null; // reported by set(): a list the file does not have cannot be indexed
        }
        return new YamlNode.Mapping(parent, Map.of());
    }

    private static String prefix(List<Object> path, int i) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < i; k++) {
            Object s = path.get(k);
            if (s instanceof Integer n) {
                b.append('[').append(n).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(s);
            }
        }
        return b.toString();
    }

    /** A copy of {@code node} where every value and key is marked as coming from an override. */
    private static YamlNode relocate(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> entries.put(k, new YamlNode.Entry(new YamlNode.Key(k, Location.OVERRIDE),
                    relocate(e.value()))));
            return new YamlNode.Mapping(Location.OVERRIDE, entries);
        }
        if (node instanceof YamlNode.Sequence s) {
            return new YamlNode.Sequence(Location.OVERRIDE, s.items().stream().map(Overrides::relocate).toList());
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return new YamlNode.Scalar(Location.OVERRIDE, s.text(), s.isNull());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Overrides other && other.assignments.equals(assignments);
    }

    @Override
    public int hashCode() {
        return assignments.hashCode();
    }

    @Override
    public String toString() {
        return assignments.toString();
    }

    /** A path that cannot be reached in this tree; becomes a located ScenarioError. */
    private static final class PathException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PathException(String message) {
            super(message, null, false, false);
        }
    }
}
