package io.orbitdc.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.ServiceReport;
import io.orbitdc.core.study.SimulateStage;
import io.orbitdc.core.scenario.Scenario;
import java.util.Map;

/**
 * The machine-readable simulation report ({@code orbitdc simulate --json}); keys documented in
 * docs/cli.md. Every {@code TwinSummary} key {@code group.field} is written as field of the object
 * group; the service side (ground downlink, inference latency, Earth-observation savings,
 * inter-satellite link capacity) is written by {@link ServiceJson}, whose keys are null with a
 * note where a part does not apply — never estimated. Run options that do not change the results
 * (threads, recording interval) are not written, so the document is the same for any of them.
 */
public final class SimulateJson {

    private SimulateJson() {
    }

    public static ObjectNode of(SimulationReport report, ServiceReport service) {
        Scenario s = report.scenario();
        ObjectNode doc = JsonOutput.object();
        doc.put("scenario", s.name());
        doc.put("file", s.file());
        ObjectNode run = doc.putObject("run");
        run.put("epoch", s.epoch().toString());
        run.put("durationS", s.durationS());
        run.put("stepS", s.stepS());
        run.put("steps", report.steps());
        run.put("satellites", report.satellites());
        run.put("seed", s.seed());
        run.put("scheduler", s.scheduler());
        java.util.List<String> nonFinite = new java.util.ArrayList<>();
        for (Map.Entry<String, Number> e : report.summary().toKeyValues().entrySet()) {
            int dot = e.getKey().indexOf('.');
            ObjectNode group = doc.has(e.getKey().substring(0, dot)) ? (ObjectNode) doc.get(e.getKey().substring(0, dot))
                    : doc.putObject(e.getKey().substring(0, dot));
            String field = e.getKey().substring(dot + 1);
            Number v = e.getValue();
            if (v instanceof Long || v instanceof Integer) {
                group.put(field, v.longValue());
            } else if (!JsonOutput.putFinite(group, field, v.doubleValue())) {
                nonFinite.add(e.getKey());
            }
        }
        ArrayNode notes = doc.putArray("notes");
        report.notes().forEach(notes::add);
        if (!nonFinite.isEmpty()) {
            notes.add("not a finite number, written as null: " + String.join(", ", nonFinite));
        }
        ServiceJson.write(doc, service);
        return doc;
    }
}
