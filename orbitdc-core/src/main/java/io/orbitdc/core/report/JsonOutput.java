package io.orbitdc.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON style of orbitdc's machine-readable output: two-space indentation, LF line ends,
 * keys in the order the report builds them, so the same results give byte-identical files.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A report record (or any value) as a JSON tree, record components in declaration order. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Puts {@code v} under {@code key}, or null when it is NaN or infinite: a JSON document never
     * carries "NaN" or "Infinity" strings. Returns whether the number was finite.
     */
    public static boolean putFinite(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
            return true;
        }
        o.putNull(key);
        return false;
    }

    public static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }
}
