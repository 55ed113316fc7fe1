package io.orbitdc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.db.ExportFormat;
import io.orbitdc.core.verdict.CostInputSampler;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * A job's verb options, the command line's where they apply: {@code oem} (geometry: also write
 * CCSDS OEM files), {@code export} (simulate: also export the results tables as csv or parquet),
 * {@code draws} (verdict: Latin-hypercube draws, 16 to {@value #MAX_DRAWS}).
 */
record JobOptions(boolean oem, Optional<ExportFormat> export, int draws) {

    /** Fewer than the command line's 1,000,000: a shared server keeps one verdict job to minutes. */
    static final int MAX_DRAWS = 100_000;
    private static final Set<String> KEYS = Set.of("oem", "export", "draws");

    static JobOptions defaults() {
        return new JobOptions(false, Optional.empty(), CostInputSampler.DEFAULT_DRAWS);
    }

    /** Reads {@code options} of a job request (absent or null: the defaults). */
    static JobOptions parse(JsonNode node) {
        if (node == null || node.isNull()) {
            return defaults();
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("options: expected an object such as {\"export\": \"csv\"}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw ApiException.badRequest("options." + SafeName.printable(key) + ": unknown; expected oem, export or draws");
            }
        }
        boolean oem = node.path("oem").asBoolean(false);
        Optional<ExportFormat> export = Optional.empty();
        if (node.hasNonNull("export")) {
            String text = node.get("export").asText();
            for (ExportFormat f : ExportFormat.values()) {
                if (f.extension().equals(text)) {
                    export = Optional.of(f);
                }
            }
            if (export.isEmpty()) {
                throw ApiException.badRequest("options.export '" + SafeName.printable(text) + "': expected csv or parquet");
            }
        }
        int draws = CostInputSampler.DEFAULT_DRAWS;
        if (node.has("draws")) {
            JsonNode d = node.get("draws");
            if (!d.canConvertToInt() || d.asInt() < 16 || d.asInt() > MAX_DRAWS) {
                throw ApiException.badRequest("options.draws " + SafeName.printable(d.toString()) + ": expected an integer from 16 to "
                        + MAX_DRAWS);
            }
            draws = d.asInt();
        }
        return new JobOptions(oem, export, draws);
    }

    ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("oem", oem);
        if (export.isPresent()) {
            o.put("export", export.get().extension());
        } else {
            o.putNull("export");
        }
        o.put("draws", draws);
        return o;
    }
}
