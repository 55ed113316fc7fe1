package io.orbitdc.core.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Total cost of ownership of an orbital fleet over its mission. Every capital item is bought at
 * the start and recovered over the mission life (no hardware refresh in orbit: a satellite is
 * retired with its chips, so the accelerators' life is the mission life); operations are paid yearly
 * in proportion to the capital flown. Lines, in order: IT hardware, satellite platform, launch,
 * ground segment and operations, insurance, spares and replacements, end-of-life disposal.
 * Equations and sources: docs/models/economics.md.
 */
public final class SpaceCostModel {

    public static final String IT_HARDWARE = "IT hardware";
    public static final String PLATFORM = "satellite platform";
    public static final String LAUNCH = "launch";
    public static final String OPERATIONS = "ground segment and operations";
    public static final String INSURANCE = "insurance";
    public static final String SPARES = "spares and replacements";
    public static final String DISPOSAL = "end-of-life disposal";

    private final Financing financing;

    public SpaceCostModel(Financing financing) {
        this.financing = financing;
    }

    public CostSide cost(SpaceCostInputs in) {
        double years = in.missionYears();
        double crf = financing.capitalRecoveryFactor(years);
        long units = (long) in.satellites() * in.acceleratorsPerSatellite();
        double hardware = units * in.acceleratorPriceUsd();
        double platformPerSatellite = SatellitePlatformCost.usd(in.itPowerPerSatelliteW(), in.satelliteMassKg(),
                in.computeMassKg(), in.satelliteCostUsdPerW(), in.satelliteCostUsdPerKg());
        double platform = in.satellites() * platformPerSatellite;
        double launch = in.launchTotalUsd().orElse(in.fleetMassKg() * in.launchUsdPerKg());
        double capital = hardware + platform + launch;
        // Operations scale with what is flown (ref: shapiro-orbital-economics-2026, ops 1 %/yr of capex);
        // a fixed ground segment is an optional addition, not a floor that swamps a small fleet.
        double operationsPerYear = in.operationsFraction() * capital + in.groundSegmentUsdPerYear();
        // A premium covers launch and first-year losses; no insurer covers an expected loss for less than
        // the loss itself, so when the planned vehicles' flight records imply a larger expected launch loss
        // (re-flights and rebuilt satellites, LaunchRisk) that loss is the cost of risk (docs/models/economics.md).
        // The loss is priced here, at this input's launch cost and unit cost (accelerators plus platform, as the
        // launch verb rebuilds a satellite), so a draw or a sensitivity that moves either moves the loss too.
        double premium = in.insuranceFraction() * capital;
        double unitCost = in.acceleratorsPerSatellite() * in.acceleratorPriceUsd() + platformPerSatellite;
        double launchRisk = in.launchExposure().lossUsd(launch, unitCost);
        double insurance = Math.max(premium, launchRisk);
        // Spares apply to what fails: the accelerators (at their failure rate) and the launch of
        // their own mass; unpowered cold spares need no extra array or radiator. Whole satellites
        // lost (at the satellite loss rate) are rebuilt and relaunched at the mean cost of one.
        double spareFraction = SpareAllowance.fraction(in.acceleratorFailureRate(), years);
        double computeLaunchShare = in.satelliteMassKg() > 0 ? Math.min(1, in.computeMassKg() / in.satelliteMassKg()) : 0;
        double sparedAccelerators = spareFraction * (hardware + computeLaunchShare * launch);
        double replacedSatellites = in.satellites() * in.satelliteLossRate() * years;
        double spares = sparedAccelerators + replacedSatellites * capital / in.satellites();
        double disposal = in.disposalFraction() * platform;

        List<CostLine> lines = new ArrayList<>();
        lines.add(capital(IT_HARDWARE, hardware, crf, () -> String.format(Locale.ROOT, "%,d units x $%,.0f, life %.1f yr (the mission)",
                units, in.acceleratorPriceUsd(), years)));
        lines.add(capital(PLATFORM, platform, crf, in.satelliteCostUsdPerKg().isPresent()
                ? () -> String.format(Locale.ROOT, "non-compute mass x $%,.0f/kg", in.satelliteCostUsdPerKg().getAsDouble())
                : () -> String.format(Locale.ROOT, "%,.0f kW IT x $%,.2f/W", in.fleetItPowerW() / 1000, in.satelliteCostUsdPerW())));
        lines.add(capital(LAUNCH, launch, crf, in.launchTotalUsd().isPresent() ? () -> "launch plan"
                : () -> String.format(Locale.ROOT, "%,.0f kg x $%,.0f/kg", in.fleetMassKg(), in.launchUsdPerKg())));
        lines.add(new CostLine(OPERATIONS, operationsPerYear * years, operationsPerYear,
                () -> String.format(Locale.ROOT, "%.1f %%/yr of hardware, platform and launch + $%,.0f/yr fixed",
                        100 * in.operationsFraction(), in.groundSegmentUsdPerYear())));
        lines.add(capital(INSURANCE, insurance, crf, launchRisk > premium
                ? () -> String.format(Locale.ROOT, "expected launch-failure loss (re-flights and rebuilt satellites) of the"
                        + " plan's vehicles: above a %.1f %% premium", 100 * in.insuranceFraction())
                : () -> String.format(Locale.ROOT, "%.1f %% of hardware, platform and launch", 100 * in.insuranceFraction())));
        lines.add(capital(SPARES, spares, crf, () -> String.format(Locale.ROOT,
                "%.1f %% spare accelerators (and their launch) for %.1f %%/yr failures; %.2f satellites replaced at %.1f %%/yr",
                100 * spareFraction, 100 * in.acceleratorFailureRate(), replacedSatellites, 100 * in.satelliteLossRate())));
        lines.add(capital(DISPOSAL, disposal, crf, () -> String.format(Locale.ROOT, "%.1f %% of platform", 100 * in.disposalFraction())));
        double gpuHours = in.gpus() * JulianYear.HOURS * in.deliveredFraction();
        double deliveredKw = in.fleetItPowerW() / 1000 * in.deliveredFraction();
        return CostSide.of("space", lines, financing, years, gpuHours, in.fleetItPowerW(),
                deliveredKw * JulianYear.HOURS / 1000, deliveredKw);
    }

    private static CostLine capital(String name, double usd, double crf, Supplier<String> basis) {
        return new CostLine(name, usd, usd * crf, basis);
    }
}
