package io.orbitdc.core.launch;

import io.orbitdc.core.units.HumanFormat;

import java.util.Locale;

/** Plain-text rendering of a {@link LaunchReport} for the terminal ({@code orbitdc launch FILE} without --json). */
public final class LaunchReportText {

    /**
     * A century, in days: longer than any launch vehicle programme has flown, so a deployment that
     * takes longer says the vehicles cannot launch the fleet, and the text says so beside the date.
     */
    static final double BEYOND_PLANNING_DAYS = 36_525;

    private LaunchReportText() {
    }

    /** The manifest, totals, provider shares, Monte Carlo percentiles, independence and notes. */
    public static String render(LaunchReport r) {
        StringBuilder b = new StringBuilder();
        LaunchReport.Headline h = r.headline();
        b.append(String.format(Locale.ROOT, "HEADLINE (%s): full capacity after %s (%s), deployment cost %,.0f USD%n",
                h.basis(), HumanFormat.count(Math.round(h.daysToFullCapacity()), "day"), h.fullCapacityDate(), h.costUsd()));
        b.append("  ").append(h.statement()).append(System.lineSeparator());
        if (h.daysToFullCapacity() > BEYOND_PLANNING_DAYS) {
            b.append(String.format(Locale.ROOT, "  beyond any planning horizon: about %,.0f years at the eligible vehicles'"
                    + " catalog cadences and reliabilities; read it as \"cannot be launched by these vehicles\","
                    + " not as a date%n", h.daysToFullCapacity() / 365.25));
        }
        b.append(String.format(Locale.ROOT, "Deterministic launch plan from %s, objective %s (%s): every vehicle from its "
                + "availability date, no slips, no failures%n", r.start(), r.objective(), r.algorithm()));
        b.append(String.format(Locale.ROOT, "%4s  %-22s %-24s %-10s %-14s %-22s %5s %10s %9s %14s%n",
                "#", "vehicle", "provider", "date", "status", "group", "sats", "mass kg", "vol m3", "cost USD"));
        for (LaunchReport.Launch l : r.launches()) {
            b.append(String.format(Locale.ROOT, "%4d  %-22s %-24s %-10s %-14s %-22s %5d %,10.0f %9.1f %,14.0f%n", l.number(),
                    l.vehicle(), l.provider(), l.date(), l.vehicleStatus(), l.group(), l.satellites(), l.massKg(),
                    l.volumeM3(), l.costUsd()));
        }
        LaunchReport.Totals t = r.totals();
        b.append(String.format(Locale.ROOT, "Plan totals: %s, %s, %,.0f USD, full capacity after %s (%s)%s%n",
                HumanFormat.count(t.launches(), "launch", "launches"), HumanFormat.count(t.satellites(), "satellite"),
                t.costUsd(), HumanFormat.count(t.daysToFullCapacity(), "day"), t.fullCapacityDate(),
                r.optimal() ? "" : " [not proven optimal, gap <= " + r.optimalityGapDays() + " days]"));
        for (LaunchReport.VehicleAvailability v : r.vehicles()) {
            b.append(String.format(Locale.ROOT, "  %-22s %-14s %s%n", v.id(), v.status(), v.status().equals("operational")
                    ? "available from " + v.availableFrom()
                    : String.format(Locale.ROOT, "%savailable NET %s, P50 %s, P90 %s (entry slip mean %.0f d)",
                            v.statusSince() == null ? "" : "since " + v.statusSince() + "; ", v.availableFrom(),
                            v.availableP50(), v.availableP90(), v.entrySlipMeanDays())));
        }
        for (ProviderShare s : r.providers()) {
            b.append(String.format(Locale.ROOT, "  %-24s %3d launches %5d satellites (%5.1f %%) %,16.0f USD%n", s.provider(),
                    s.launches(), s.satellites(), 100 * s.satelliteFraction(), s.costUsd()));
        }
        if (r.replacement().launches() > 0) {
            b.append(String.format(Locale.ROOT, "Replacements over the mission: %s, %s, %,.0f USD%n",
                    HumanFormat.count(r.replacement().satellites(), "satellite"),
                    HumanFormat.count(r.replacement().launches(), "launch", "launches"), r.replacement().costUsd()));
        }
        MonteCarloSummary mc = r.monteCarlo();
        if (mc != null) {
            b.append(String.format(Locale.ROOT, "Monte Carlo (%d runs, seed %d): days to full capacity P10/P50/P90 = %.0f / %.0f / %.0f; "
                            + "cost P10/P50/P90 = %,.0f / %,.0f / %,.0f USD; mean launch failures %.2f%n", mc.runs(), mc.seed(),
                    mc.daysToFullCapacity().p10(), mc.daysToFullCapacity().p50(), mc.daysToFullCapacity().p90(),
                    mc.costUsd().p10(), mc.costUsd().p50(), mc.costUsd().p90(), mc.meanLaunchFailures()));
        }
        IndependenceCost ic = r.independence();
        if (ic != null) {
            b.append(ic.feasible()
                    ? String.format(Locale.ROOT, "Independence from %s (deterministic plans): %+,.0f USD, %+d days (%s)%n", ic.provider(),
                            ic.extraCostUsd(), ic.extraDays(), ic.note())
                    : String.format(Locale.ROOT, "Independence from %s: %s%n", ic.provider(), ic.note()));
        }
        r.notes().forEach(n -> b.append("Note: ").append(n).append(System.lineSeparator()));
        return b.toString();
    }
}
