package io.orbitdc.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.InputException;
import io.orbitdc.core.InputLocation;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scenario.ScenarioError;
import io.orbitdc.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bad input as the API reports it: every located error as {@code {line, column, field, message,
 * text}} where {@code text} is the command line's {@code FILE:LINE:COL field: message}; an error
 * without a scenario location (a malformed {@code --set}) has line and column 0.
 */
final class Problems {
    private Problems() {
    }

    /** The errors of {@code bad}, in file order. */
    static List<ScenarioError> of(InputException bad, String file) {
        if (bad instanceof ScenarioException many) {
            return many.errors();
        }
        List<ScenarioError> one = new ArrayList<>();
        one.add(ScenarioError.of(bad, bad.location().map(InputLocation::file).orElse(file)));
        return one;
    }

    /** Appends the errors of {@code bad} to {@code into}. */
    static void append(ArrayNode into, InputException bad, String file) {
        for (ScenarioError e : of(bad, file)) {
            ObjectNode n = into.addObject();
            n.put("line", e.location().line());
            n.put("column", e.location().column());
            n.put("field", e.fieldPath());
            n.put("message", e.message());
            // the file as the user named it, never the server's path to it
            n.put("text", new ScenarioError(shown(e.file()), e.location(), e.fieldPath(), e.message()).toString());
        }
    }

    /** {@code {error: "bad-input", message, errors: [...]}}: a job that its input stopped. */
    static ObjectNode failure(InputException bad, String file) {
        ObjectNode doc = JsonOutput.object();
        doc.put("error", "bad-input");
        ArrayNode errors = doc.putArray("errors");
        append(errors, bad, file);
        StringBuilder message = new StringBuilder();
        errors.forEach(e -> message.append(message.length() == 0 ? "" : "\n").append(e.get("text").asText()));
        doc.put("message", message.toString());
        return doc;
    }

    private static String shown(String file) {
        java.nio.file.Path name = java.nio.file.Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    /** {@code {valid: false, errors: [...]}} for {@code bad}. */
    static ObjectNode invalid(InputException bad, String file) {
        ObjectNode doc = JsonOutput.object();
        doc.put("valid", false);
        append(doc.putArray("errors"), bad, file);
        return doc;
    }
}
