package io.orbitdc.core.report;

import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostLine;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.SensitivityBar;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost report for a spreadsheet (docs/cli.md, {@code cost --out}): every cost line of both
 * sides, and the tornado of sensitivities. Same numbers as cost.json, one row per item.
 */
public final class CostCsv {

    private CostCsv() {
    }

    /**
     * {@code cost-lines.csv}: side (orbit or ground), line, usd (nominal over the horizon),
     * annual_usd (levelized per year), basis (how the number was formed); then each side's total.
     */
    public static CsvTable lines(CostReport report) {
        List<List<Object>> rows = new ArrayList<>();
        CostComparison c = report.comparison();
        if (c != null) {
            side(rows, "orbit", c.space());
        }
        side(rows, "ground", report.ground());
        return new CsvTable(List.of("side", "line", "usd", "annual_usd", "basis"), rows);
    }

    private static void side(List<List<Object>> rows, String side, CostSide s) {
        for (CostLine l : s.lines()) {
            rows.add(java.util.Arrays.asList(side, l.name(), l.usd(), l.annualUsd(), l.basis()));
        }
        rows.add(List.of(side, "total", s.totalUsd(), s.annualUsd(), "sum of the lines"));
    }

    /**
     * {@code tornado.csv}: input, unit (of low and high), low, high, and the orbit/ground cost ratio
     * per GPU-hour at each end (ratio_at_low, ratio_at_high) and its swing, widest bar first;
     * header only for a ground-only scenario.
     */
    public static CsvTable tornado(CostReport report) {
        List<List<Object>> rows = new ArrayList<>();
        if (report.comparison() != null) {
            for (SensitivityBar b : report.comparison().sensitivity()) {
                rows.add(List.of(b.input(), b.unit(), b.low(), b.high(), b.ratioAtLow(), b.ratioAtHigh(), b.swing()));
            }
        }
        return new CsvTable(List.of("input", "unit", "low", "high", "ratio_at_low", "ratio_at_high", "swing"), rows);
    }
}
