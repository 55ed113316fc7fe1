package io.orbitdc.core.economics;

import java.util.List;

/**
 * The cost of one side (orbit or ground) over the comparison horizon: its line items, their
 * nominal total, the net present value, and the levelized unit costs.
 *
 * @param totalUsd       sum of the lines, nominal USD over the horizon
 * @param npvUsd         present value of the levelized yearly cost over the horizon
 * @param annualUsd      levelized yearly cost (capital at its capital recovery factor, plus operations)
 * @param gpuHoursPerYear GPU-hours delivered per year (chips, not racks; after the delivered fraction)
 * @param itEnergyMwhPerYear IT energy delivered per year
 * @param itPowerW       IT power (nameplate)
 * @param usdPerGpuHour  annualUsd / gpuHoursPerYear
 * @param usdPerMwh      annualUsd / itEnergyMwhPerYear
 * @param usdPerKwYear   annualUsd / delivered IT kW
 */
public record CostSide(String name, List<CostLine> lines, double totalUsd, double npvUsd, double annualUsd,
                       double gpuHoursPerYear, double itEnergyMwhPerYear, double itPowerW, double usdPerGpuHour,
                       double usdPerMwh, double usdPerKwYear) {

    public CostSide {
        lines = List.copyOf(lines);
    }

    /** Builds the totals and unit costs from the lines. */
    static CostSide of(String name, List<CostLine> lines, Financing financing, double horizonYears,
                       double gpuHoursPerYear, double itPowerW, double mwhPerYear, double deliveredKw) {
        double total = lines.stream().mapToDouble(CostLine::usd).sum();
        double annual = lines.stream().mapToDouble(CostLine::annualUsd).sum();
        return new CostSide(name, lines, total, annual * financing.annuityFactor(horizonYears), annual, gpuHoursPerYear,
                mwhPerYear, itPowerW, annual / gpuHoursPerYear, annual / mwhPerYear, annual / deliveredKw);
    }

    /** The line with this name. */
    public CostLine line(String lineName) {
        return lines.stream().filter(l -> l.name().equals(lineName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cost line '" + lineName + "' on the " + name + " side"));
    }
}
