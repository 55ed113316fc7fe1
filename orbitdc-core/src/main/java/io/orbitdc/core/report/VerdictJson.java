package io.orbitdc.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.footprint.Footprint;

/**
 * The machine-readable verdict ({@code orbitdc verdict --json}). The keys of DESIGN.md's
 * "Verdict" contract ({@code ratio.p10|p50|p90}, {@code space.usdPerGpuHour.p50},
 * {@code ground.usdPerGpuHour.p50}, {@code probabilityOrbitCheaper}, {@code flipLaunchUsdPerKg},
 * {@code drivers[] {input, share}}, {@code bindingConstraint}, {@code presets[] {name, ratio}},
 * {@code carbon.*}, {@code water.*}) are public; the rest is documented in docs/cli.md.
 */
public final class VerdictJson {

    private VerdictJson() {
    }

    public static ObjectNode of(VerdictReport v) {
        ObjectNode doc = JsonOutput.object();
        doc.put("scenario", v.scenario());
        band(doc.putObject("ratio"), v.ratio()).put("base", v.baseRatio());
        ObjectNode space = doc.putObject("space");
        band(space.putObject("usdPerGpuHour"), v.spaceUsdPerGpuHour());
        band(space.putObject("usdPerMwh"), v.spaceUsdPerMwh());
        ObjectNode ground = doc.putObject("ground");
        band(ground.putObject("usdPerGpuHour"), v.groundUsdPerGpuHour());
        band(ground.putObject("usdPerMwh"), v.groundUsdPerMwh());
        doc.put("probabilityOrbitCheaper", v.probabilityOrbitCheaper());
        if (v.flipLaunchUsdPerKg().isPresent()) {
            doc.put("flipLaunchUsdPerKg", v.flipLaunchUsdPerKg().getAsDouble());
        } else {
            doc.putNull("flipLaunchUsdPerKg");
        }
        doc.put("flipNote", v.flipNote());
        doc.put("launchUsdPerKg", v.baseLaunchUsdPerKg());
        ArrayNode drivers = doc.putArray("drivers");
        for (VerdictReport.Driver s : v.drivers()) {
            drivers.addObject().put("input", s.input()).put("share", s.share());
        }
        doc.put("driversEstimator", v.estimator());
        doc.put("bindingConstraint", v.binding().constraint());
        doc.put("bindingViolated", v.binding().violated());
        doc.put("bindingExplanation", v.binding().explanation());
        ArrayNode presets = doc.putArray("presets");
        for (VerdictReport.PresetRatio p : v.presets()) {
            ObjectNode o = presets.addObject().put("name", p.name());
            if (p.ratio().isPresent()) {
                o.put("ratio", p.ratio().getAsDouble());
            } else {
                o.putNull("ratio");
                o.put("error", p.error());
            }
            o.put("title", p.title());
            ArrayNode sources = o.putArray("sources");
            p.sources().forEach(sources::add);
        }
        Footprint f = v.footprint();
        ObjectNode carbon = doc.putObject("carbon");
        carbon.put("spaceGCo2ePerKwh", f.space().gCo2ePerKwh());
        carbon.put("groundGCo2ePerKwh", f.ground().gCo2ePerKwh());
        side(carbon.putObject("space"), f.space());
        side(carbon.putObject("ground"), f.ground());
        ObjectNode water = doc.putObject("water");
        water.put("spaceLitresPerMwh", f.space().litresPerMwh());
        water.put("groundLitresPerMwh", f.ground().litresPerMwh());
        ObjectNode sample = doc.putObject("sample");
        sample.put("method", v.sampleMethod());
        sample.put("draws", v.draws());
        ArrayNode notes = doc.putArray("notes");
        v.notes().forEach(notes::add);
        return doc;
    }

    private static ObjectNode band(ObjectNode o, VerdictReport.Band b) {
        return o.put("p10", b.p10()).put("p50", b.p50()).put("p90", b.p90());
    }

    private static void side(ObjectNode o, Footprint.Side s) {
        o.put("operationalGPerKwh", s.operationalGPerKwh());
        o.put("launchGPerKwh", s.launchGPerKwh());
        o.put("manufacturingGPerKwh", s.manufacturingGPerKwh());
    }
}
