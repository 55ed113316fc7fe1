package io.orbitdc.core.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Total cost of ownership of a terrestrial campus over the same horizon as the orbital mission.
 * Capital items are recovered over their own lives (IT hardware over its economic life, the
 * horizon unless overridden; facility and backup plant over the facility life) and charged to the
 * horizon pro rata; electricity, water and operations are paid yearly; the wait for the grid is
 * charged as the carrying cost of the facility's idle capital, (1 + r)^T − 1. Equations and
 * sources: docs/models/economics.md.
 */
public final class GroundCostModel {

    public static final String IT_HARDWARE = "IT hardware";
    public static final String SPARES = "spares and repairs";
    public static final String FACILITY = "facility";
    public static final String BACKUP = "backup power";
    public static final String ELECTRICITY = "electricity";
    public static final String WATER = "cooling water";
    public static final String OPERATIONS = "operations and maintenance";
    public static final String DELAY = "time to power";

    private final Financing financing;

    public GroundCostModel(Financing financing) {
        this.financing = financing;
    }

    public CostSide cost(GroundCostInputs in) {
        double years = in.horizonYears();
        double hardware = in.accelerators() * in.acceleratorPriceUsd();
        double facility = in.itPowerW() * in.facilityCapexUsdPerW();
        double backup = in.itPowerW() * in.backupCapexUsdPerW();
        double itMwhPerYear = in.itPowerW() * in.utilisation() * JulianYear.HOURS / 1e6;
        double electricityPerYear = itMwhPerYear * in.pue() * in.electricityUsdPerMwh();
        double waterPerYear = itMwhPerYear * in.waterM3PerMwh() * in.waterUsdPerM3();
        double delay = facility * (Math.pow(1 + financing.discountRate(), in.timeToPowerYears()) - 1);
        // staff, maintenance, property: a yearly fraction of the capital (ref: shapiro-orbital-economics-2026, 2 %/yr)
        double operationsPerYear = in.operationsFraction() * (hardware + facility + backup);
        double hardwareLife = in.hardwareLifeYears();

        List<CostLine> lines = new ArrayList<>();
        lines.add(capital(IT_HARDWARE, hardware, hardwareLife, years,
                () -> String.format(Locale.ROOT, "%,d units x $%,.0f, life %.1f yr%s", in.accelerators(),
                        in.acceleratorPriceUsd(), hardwareLife, in.hardwareLifeOverrideYears().isPresent()
                                ? "" : " (the horizon, as in orbit)")));
        lines.add(capital(SPARES, in.sparesFraction() * hardware, hardwareLife, years,
                () -> String.format(Locale.ROOT, "%.1f %% of IT hardware", 100 * in.sparesFraction())));
        lines.add(capital(FACILITY, facility, in.facilityLifeYears(), years,
                () -> String.format(Locale.ROOT, "%,.0f kW IT x $%.2f/W over %.0f yr", in.itPowerW() / 1000,
                        in.facilityCapexUsdPerW(), in.facilityLifeYears())));
        lines.add(capital(BACKUP, backup, in.facilityLifeYears(), years,
                () -> String.format(Locale.ROOT, "$%.2f/W over %.0f yr", in.backupCapexUsdPerW(), in.facilityLifeYears())));
        lines.add(new CostLine(ELECTRICITY, electricityPerYear * years, electricityPerYear,
                () -> String.format(Locale.ROOT, "%,.0f MWh/yr x PUE %.2f x $%.1f/MWh", itMwhPerYear, in.pue(),
                        in.electricityUsdPerMwh())));
        lines.add(new CostLine(WATER, waterPerYear * years, waterPerYear,
                () -> String.format(Locale.ROOT, "%.3f m3/MWh x $%.2f/m3", in.waterM3PerMwh(), in.waterUsdPerM3())));
        lines.add(new CostLine(OPERATIONS, operationsPerYear * years, operationsPerYear,
                () -> String.format(Locale.ROOT, "%.1f %%/yr of hardware, facility and backup", 100 * in.operationsFraction())));
        lines.add(capital(DELAY, delay, years, years,
                () -> String.format(Locale.ROOT, "facility capital idle %.1f yr", in.timeToPowerYears())));
        double gpuHours = in.gpus() * JulianYear.HOURS * in.availability();
        return CostSide.of("ground", lines, financing, years, gpuHours, in.itPowerW(), itMwhPerYear,
                in.itPowerW() / 1000 * in.availability());
    }

    /** A capital item recovered over {@code life}, charged to the horizon pro rata. */
    private CostLine capital(String name, double usd, double life, double horizon, Supplier<String> basis) {
        return new CostLine(name, usd * horizon / life, usd * financing.capitalRecoveryFactor(life), basis);
    }
}
