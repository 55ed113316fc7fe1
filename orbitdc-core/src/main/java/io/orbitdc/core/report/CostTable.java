package io.orbitdc.core.report;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.economics.MarketCheck;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostLine;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.SensitivityBar;
import io.orbitdc.core.study.CostStage;
import java.util.Locale;

/** The human cost report: the answer first, then both sides line by line, the crossover and the tornado. */
public final class CostTable {

    private CostTable() {
    }

    public static String render(CostReport report) {
        StringBuilder out = new StringBuilder();
        line(out, "orbitdc cost: %s (%s)", report.scenario().name(), report.scenario().file());
        CostComparison c = report.comparison();
        if (c == null) {
            CostSide g = report.groundOnly();
            line(out, "GROUND     $%.2f per GPU-hour   $%,.0f per MWh of IT energy   $%,.0f per kW-year   total $%s over the horizon",
                    g.usdPerGpuHour(), g.usdPerMwh(), g.usdPerKwYear(), money(g.totalUsd()));
            market(out, report);
            notes(out, report);
            lines(out, g);
            return out.toString();
        }
        line(out, "ANSWER     orbit $%.2f vs ground $%.2f per GPU-hour: orbit costs %.2fx ground", c.space().usdPerGpuHour(),
                c.ground().usdPerGpuHour(), c.spaceToGroundRatio());
        line(out, "CROSSOVER  %s", c.crossover().note());
        market(out, report);
        double perSatPower = c.launchedPower().usdPerKwYearOfSatellitePower();
        line(out, "LAUNCH     $%,.0f/kg effective: $%,.0f per kW-year of IT (%.1f W/kg), $%s per kW-year of satellite power (%s W/kg)",
                c.effectiveLaunchUsdPerKg(), c.launchedPower().usdPerKwYearOfIt(), c.launchedPower().itWattsPerKg(),
                Double.isFinite(perSatPower) ? String.format(Locale.ROOT, "%,.0f", perSatPower) : "n/a",
                Double.isFinite(c.launchedPower().satelliteWattsPerKg())
                        ? String.format(Locale.ROOT, "%.1f", c.launchedPower().satelliteWattsPerKg()) : "n/a");
        notes(out, report);
        out.append('\n');
        line(out, "%-34s %18s %7s   %18s %7s", "", "orbit", "", "ground", "");
        line(out, "%-34s %18s %7s   %18s %7s", "$ per GPU-hour", String.format(Locale.ROOT, "%.2f", c.space().usdPerGpuHour()), "",
                String.format(Locale.ROOT, "%.2f", c.ground().usdPerGpuHour()), "");
        line(out, "%-34s %18s %7s   %18s %7s", "$ per MWh of IT energy", money(c.space().usdPerMwh()), "", money(c.ground().usdPerMwh()), "");
        line(out, "%-34s %18s %7s   %18s %7s", "total over the horizon", money(c.space().totalUsd()), "",
                money(c.ground().totalUsd()), "");
        line(out, "%-34s %18s %7s   %18s %7s", "net present value", money(c.space().npvUsd()), "", money(c.ground().npvUsd()), "");
        out.append('\n');
        lines(out, c.space());
        lines(out, c.ground());
        out.append('\n');
        line(out, "SENSITIVITY of the orbit/ground cost ratio (each input over its range, others at base):");
        for (SensitivityBar b : c.sensitivity()) {
            line(out, "  %-36s %9s .. %-9s %-8s ratio %.2f .. %.2f", b.input(), num(b.low()), num(b.high()), b.unit(),
                    b.ratioAtLow(), b.ratioAtHigh());
        }
        return out.toString();
    }

    private static void lines(StringBuilder out, CostSide s) {
        line(out, "%s lines:", s.name().toUpperCase(Locale.ROOT));
        for (CostLine l : s.lines()) {
            line(out, "  %-32s %16s %5.1f %%   %s", l.name(), money(l.usd()), s.totalUsd() > 0 ? 100 * l.usd() / s.totalUsd() : 0,
                    l.basis());
        }
    }

    /** The ground cost per GPU-hour beside the market's rental range, per H100-equivalent hour. */
    private static void market(StringBuilder out, CostReport report) {
        MarketCheck m = report.groundMarket();
        line(out, "MARKET     ground $%.2f per H100-equivalent hour (by dense BF16) is %s the %s range $%.2f-%.2f (median $%.2f; a rental is a price, with margin)",
                m.usdPerH100EquivalentHour(), m.position(), m.market().reference(), m.market().lowUsdPerGpuHour(),
                m.market().highUsdPerGpuHour(), m.market().medianUsdPerGpuHour());
    }

    private static void notes(StringBuilder out, CostReport report) {
        for (String n : report.notes()) {
            line(out, "NOTE       %s", n);
        }
    }

    private static String money(double usd) {
        double a = Math.abs(usd);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f B", usd / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", usd / 1e6);
        }
        return HumanFormat.fixed(usd, 0);
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? HumanFormat.fixed(v, 0) : HumanFormat.fixed(v, 2);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, TextSafe.args(args))).append('\n');
    }
}
