package io.orbitdc.core.report;

import io.orbitdc.core.economics.MarketCheck;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostLine;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.FacilityPowerCheck;
import io.orbitdc.core.economics.SensitivityBar;
import io.orbitdc.core.study.CostStage;

/** The machine-readable cost report ({@code orbitdc cost --json}); keys documented in docs/cli.md. */
public final class CostJson {

    private CostJson() {
    }

    public static ObjectNode of(CostReport report) {
        ObjectNode doc = JsonOutput.object();
        doc.put("scenario", report.scenario().name());
        doc.put("file", report.scenario().file());
        ArrayNode notes = doc.putArray("notes");
        report.notes().forEach(notes::add);
        CostComparison c = report.comparison();
        if (c == null) {
            doc.putNull("space");
            ground(doc.putObject("ground"), report);
            return doc;
        }
        ObjectNode space = doc.putObject("space");
        side(space, c.space());
        // Suncatcher's launched-power metric under both normalisations (docs/models/economics.md)
        space.put("launchUsdPerKwYear", c.launchUsdPerKwYear());
        space.put("launchUsdPerKwYearOfIt", c.launchedPower().usdPerKwYearOfIt());
        JsonOutput.putFinite(space, "launchUsdPerKwYearOfSatellitePower", c.launchedPower().usdPerKwYearOfSatellitePower());
        space.put("itWattsPerKg", c.launchedPower().itWattsPerKg());
        JsonOutput.putFinite(space, "satelliteWattsPerKg", c.launchedPower().satelliteWattsPerKg());
        space.put("effectiveLaunchUsdPerKg", c.effectiveLaunchUsdPerKg());
        space.put("deliveredFraction", report.deliveredFraction().orElseThrow());
        space.put("deliveredFractionSource", report.fromTwin() ? "twin" : "scenario");
        ground(doc.putObject("ground"), report);
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

    /** The ground side, its reading against the rental market and whether its facility feeds its units. */
    private static void ground(ObjectNode n, CostReport report) {
        side(n, report.ground());
        MarketCheck m = report.groundMarket();
        ObjectNode market = n.putObject("market");
        market.put("reference", m.market().reference());
        market.put("lowUsdPerGpuHour", m.market().lowUsdPerGpuHour());
        market.put("medianUsdPerGpuHour", m.market().medianUsdPerGpuHour());
        market.put("highUsdPerGpuHour", m.market().highUsdPerGpuHour());
        JsonOutput.putFinite(market, "usdPerH100EquivalentHour", m.usdPerH100EquivalentHour());
        market.put("position", m.position());
        market.put("source", m.market().source());
        FacilityPowerCheck f = report.groundFacility();
        ObjectNode facility = n.putObject("facility");
        facility.put("requestedItPowerW", f.requestedItPowerW());
        facility.put("requiredItPowerW", f.requiredItPowerW());
        facility.put("itPowerW", f.itPowerW());
        facility.put("scaled", f.scaled());
        if (f.scaled()) {
            facility.put("note", CostStage.FACILITY_SCALED);
        } else {
            facility.putNull("note");
        }
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
