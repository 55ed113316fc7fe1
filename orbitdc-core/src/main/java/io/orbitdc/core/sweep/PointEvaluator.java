package io.orbitdc.core.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import io.orbitdc.core.InputException;
import io.orbitdc.core.report.CostJson;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.SimulateJson;
import io.orbitdc.core.report.SizingJson;
import io.orbitdc.core.study.SimulateOptions;
import io.orbitdc.core.study.SimulationRun;
import io.orbitdc.core.study.Study;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one point: binds its scenario through {@link Study} and runs each stage as the matching
 * verb does, then reads the headline values out of the verb's own JSON document, so a column means
 * exactly what {@code orbitdc VERB --json} prints. A bad input at a point (an override the model
 * refuses, an infeasible launch plan) becomes the point's {@code error}; so does an internal failure
 * (prefixed "internal error"), so that one point never stops the sweep. Stateless and thread-safe.
 */
public final class PointEvaluator {

    private final SweepPlan plan;
    private final List<Headline> headlines;

    public PointEvaluator(SweepPlan plan) {
        this.plan = plan;
        this.headlines = Headline.of(plan.spec().stages());
    }

    public List<Headline> headlines() {
        return headlines;
    }

    /** Point {@code id} evaluated. */
    public PointResult evaluate(long id) {
        return evaluate(plan.point(id));
    }

    public PointResult evaluate(SweepPoint p) {
        Object[] values = new Object[headlines.size()];
        try {
            Study study = plan.study(p);
            Map<Stage, JsonNode> docs = new EnumMap<>(Stage.class);
            for (Stage s : plan.spec().stages()) {
                docs.put(s, run(study, s));
            }
            for (int i = 0; i < values.length; i++) {
                Headline h = headlines.get(i);
                JsonNode n = at(docs.get(h.stage()), h.path());
                values[i] = n == null || n.isNull() || n.isMissingNode() ? null : h.text() ? n.asText() : (Object) n.asDouble();
            }
            return new PointResult(p, values, Optional.empty());
        } catch (InputException e) {
            return new PointResult(p, new Object[headlines.size()], Optional.of(String.join("; ", e.lines())));
        } catch (RuntimeException | StackOverflowError e) {
            return new PointResult(p, new Object[headlines.size()], Optional.of("internal error: " + e));
        }
    }

    private static JsonNode run(Study study, Stage s) {
        return switch (s) {
            case SIZE -> SizingJson.of(study.size());
            case LAUNCH -> JsonOutput.tree(study.launch());
            case COST -> CostJson.of(study.cost());
            case SIMULATE -> {
                // one thread per point: the sweep runs points in parallel
                SimulationRun run = study.simulate(SimulateOptions.of(1));
                yield SimulateJson.of(run.twin(), run.service());
            }
        };
    }

    private static JsonNode at(JsonNode doc, String path) {
        JsonNode n = doc;
        for (String part : path.split("\\.")) {
            if (n == null) {
                return null;
            }
            n = n.get(part);
        }
        return n;
    }
}
