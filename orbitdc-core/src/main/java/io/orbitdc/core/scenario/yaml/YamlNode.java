package io.orbitdc.core.scenario.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where every key and value stood in the file, so
 * that every validation message can name a line and column. Scalars keep their original text:
 * typing ({@code 650 km}, {@code 06:00}, {@code sso}) is the scenario schema's job, not YAML's.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Location location();

    /** A short description for messages: "a mapping", "a list", "'650 km'". */
    String describe();

    /** A key of a mapping with the location of the key itself. */
    record Key(String name, Location location) { }

    /** A mapping in document order. */
    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key/value pair of a mapping. */
    record Entry(Key key, YamlNode value) { }

    /** A sequence. */
    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar with its source text; {@code isNull} for {@code ~}, {@code null} or an empty value.
     * {@code quoted} is true when the file quoted it, which turns off number typing.
     */
    record Scalar(Location location, String text, boolean isNull) implements YamlNode {
        @Override
        public String describe() {
            if (isNull) {
                return "an empty value";
            }
            String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return "'" + shown + "'";
        }
    }
}
