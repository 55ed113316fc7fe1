package io.orbitdc.core.results;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostLine;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.SensitivityBar;
import io.orbitdc.core.pipeline.CostStage;

/** The machine-readable cost report ({@code orbitdc cost --json}); keys documented in docs/cli.md. */
public final class CostJson {

    private CostJson() {
    }

    public static ObjectNode of(CostStage.CostReport report) {
        ObjectNode doc = JsonOutput.object();
        doc.put("scenario", report.scenario().name());
        doc.put("file", report.scenario().file());
        ArrayNode notes = doc.putArray("notes");
        report.notes().forEach(notes::add);
        CostComparison c = report.comparison();
        if (c == null) {
            doc.putNull("space");
            side(doc.putObject("ground"), report.groundOnly());
            return doc;
        }
        ObjectNode space = doc.putObject("space");
        side(space, c.space());
        space.put("launchUsdPerKwYear", c.launchUsdPerKwYear());
        space.put("effectiveLaunchUsdPerKg", c.effectiveLaunchUsdPerKg());
        space.put("deliveredFraction", report.deliveredFraction().orElseThrow());
        space.put("deliveredFractionSource", report.fromTwin() ? "twin" : "scenario");
        side(doc.putObject("ground"), c.ground());
        doc.put("spaceToGroundRatio", c.spaceToGroundRatio());
        ObjectNode crossover = doc.putObject("crossover");
        if (c.crossover().launchUsdPerKg().isPresent()) {
            crossover.put("launchUsdPerKg", c.crossover().launchUsdPerKg().getAsDouble());
        } else {
            crossover.putNull("launchUsdPerKg");
        }
        crossover.put("searchedFromUsdPerKg", c.crossover().lowUsdPerKg());
        crossover.put("searchedToUsdPerKg", c.crossover().highUsdPerKg());
        crossover.put("note", c.crossover().note());
        ArrayNode bars = doc.putArray("sensitivity");
        for (SensitivityBar b : c.sensitivity()) {
            ObjectNode n = bars.addObject();
            n.put("input", b.input());
            n.put("unit", b.unit());
            n.put("low", b.low());
            n.put("high", b.high());
            n.put("ratioAtLow", b.ratioAtLow());
            n.put("ratioAtHigh", b.ratioAtHigh());
            n.put("swing", b.swing());
        }
        return doc;
    }

    private static void side(ObjectNode n, CostSide s) {
        n.put("usdPerGpuHour", s.usdPerGpuHour());
        n.put("usdPerMwh", s.usdPerMwh());
        n.put("usdPerKwYear", s.usdPerKwYear());
        n.put("totalUsd", s.totalUsd());
        n.put("npvUsd", s.npvUsd());
        n.put("annualUsd", s.annualUsd());
        n.put("gpuHoursPerYear", s.gpuHoursPerYear());
        n.put("itEnergyMwhPerYear", s.itEnergyMwhPerYear());
        n.put("itPowerW", s.itPowerW());
        ArrayNode lines = n.putArray("lines");
        for (CostLine l : s.lines()) {
            ObjectNode line = lines.addObject();
            line.put("name", l.name());
            line.put("usd", l.usd());
            line.put("share", s.totalUsd() > 0 ? l.usd() / s.totalUsd() : 0);
            line.put("annualUsd", l.annualUsd());
            line.put("basis", l.basis());
        }
    }
}
