package io.orbitdc.core.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Total cost of ownership of an orbital fleet over its mission. Every capital item is bought at
 * the start and recovered over the mission life (no hardware refresh in orbit: a satellite is
 * retired with its chips); ground segment and operations are paid yearly. Lines, in order: IT
 * hardware, satellite platform, launch, ground segment and operations, insurance, spares and
 * replacements, end-of-life disposal. Equations and sources: docs/models/economics.md.
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
        double platform = in.satelliteCostUsdPerKg().isPresent()
                ? in.satellites() * Math.max(0, in.satelliteMassKg() - in.computeMassKg()) * in.satelliteCostUsdPerKg().getAsDouble()
                : in.fleetItPowerW() * in.satelliteCostUsdPerW();
        double launch = in.launchTotalUsd().orElse(in.fleetMassKg() * in.launchUsdPerKg());
        double operations = in.groundSegmentUsdPerYear() * years;
        double insurance = in.insuranceFraction() * (hardware + platform + launch);
        double spareFraction = SpareAllowance.fraction(in.acceleratorFailureRate(), years);
        double perSatellite = (hardware + platform + launch) / in.satellites();
        double replacedSatellites = in.satellites() * in.satelliteLossRate() * years;
        double spares = spareFraction * (hardware + platform + launch) + replacedSatellites * perSatellite;
        double disposal = in.disposalFraction() * platform;

        List<CostLine> lines = new ArrayList<>();
        lines.add(capital(IT_HARDWARE, hardware, crf, String.format(Locale.ROOT, "%,d units x $%,.0f", units, in.acceleratorPriceUsd())));
        lines.add(capital(PLATFORM, platform, crf, in.satelliteCostUsdPerKg().isPresent()
                ? String.format(Locale.ROOT, "non-compute mass x $%,.0f/kg", in.satelliteCostUsdPerKg().getAsDouble())
                : String.format(Locale.ROOT, "%,.0f kW IT x $%,.2f/W", in.fleetItPowerW() / 1000, in.satelliteCostUsdPerW())));
        lines.add(capital(LAUNCH, launch, crf, in.launchTotalUsd().isPresent() ? "launch plan"
                : String.format(Locale.ROOT, "%,.0f kg x $%,.0f/kg", in.fleetMassKg(), in.launchUsdPerKg())));
        lines.add(new CostLine(OPERATIONS, operations, in.groundSegmentUsdPerYear(),
                String.format(Locale.ROOT, "$%,.0f per year", in.groundSegmentUsdPerYear())));
        lines.add(capital(INSURANCE, insurance, crf, String.format(Locale.ROOT, "%.1f %% of hardware, platform and launch",
                100 * in.insuranceFraction())));
        lines.add(capital(SPARES, spares, crf, String.format(Locale.ROOT,
                "%.1f %% spares for %.1f %%/yr accelerator failures; %.1f satellites replaced", 100 * spareFraction,
                100 * in.acceleratorFailureRate(), replacedSatellites)));
        lines.add(capital(DISPOSAL, disposal, crf, String.format(Locale.ROOT, "%.1f %% of platform", 100 * in.disposalFraction())));
        double gpuHours = in.gpus() * JulianYear.HOURS * in.deliveredFraction();
        double deliveredKw = in.fleetItPowerW() / 1000 * in.deliveredFraction();
        return CostSide.of("space", lines, financing, years, gpuHours, in.fleetItPowerW(),
                deliveredKw * JulianYear.HOURS / 1000, deliveredKw);
    }

    private static CostLine capital(String name, double usd, double crf, String basis) {
        return new CostLine(name, usd, usd * crf, basis);
    }
}
