package io.orbitdc.core.economics;

import java.util.OptionalDouble;

/**
 * What an orbital fleet costs is made of: the fleet (from sizing), its hardware prices, the
 * launch (a planned total or a flat price per kg), and the operating and risk assumptions.
 * All money in USD, times in years.
 *
 * @param computeMassKg           mass per satellite of the accelerators and their servers: what a spare
 *                                accelerator weighs, so what spares add to the launch
 * @param gpusPerUnit             accelerator chips per unit (72 for an NVL72 rack); GPU-hours count chips
 * @param itPowerPerSatelliteW    IT load per satellite (nameplate)
 * @param satellitePowerPerSatelliteW electrical power the satellite's array delivers (end of life), the
 *                                denominator of Suncatcher's W/kg; NaN when not known
 * @param satelliteCostUsdPerW    platform cost (array, radiator, bus, structure, integration) per W of IT load
 * @param satelliteCostUsdPerKg   if set, platform cost per kg of non-compute satellite mass instead of per W
 * @param launchTotalUsd          launch cost of the fleet from a launch plan, if one was made
 * @param launchUsdPerKg          flat launch price per kg, used when no plan total is given (and by the crossover)
 * @param operationsFraction      mission operations per year as a fraction of the capital (hardware,
 *                                platform, launch): scales with the fleet
 * @param groundSegmentUsdPerYear a fixed yearly ground segment on top of operations (0 by default)
 * @param insuranceFraction       launch-plus-first-year insurance as a fraction of hardware + platform + launch
 * @param acceleratorFailureRate  accelerator failures per accelerator-year (no repair in orbit: spares are flown)
 * @param satelliteLossRate       satellites lost per satellite-year (replaced: rebuilt and relaunched)
 * @param disposalFraction        end-of-life disposal as a fraction of platform cost
 * @param missionYears            mission life: the life of every item flown, accelerators included
 * @param deliveredFraction       fraction of nameplate compute delivered (1, or from a digital-twin run)
 * @param launchExposure          the planned vehicles' expected launch failures (re-flights and rebuilt satellites,
 *                                {@link LaunchFailureExposure}), priced at this input's launch cost and unit cost;
 *                                {@link LaunchFailureExposure#NONE} with a flat price per kg, which is taken to
 *                                include the provider's risk
 */
public record SpaceCostInputs(int satellites, double satelliteMassKg, double computeMassKg, int acceleratorsPerSatellite,
                              int gpusPerUnit, double acceleratorPriceUsd, double itPowerPerSatelliteW,
                              double satellitePowerPerSatelliteW, double satelliteCostUsdPerW,
                              OptionalDouble satelliteCostUsdPerKg, OptionalDouble launchTotalUsd, double launchUsdPerKg,
                              double operationsFraction, double groundSegmentUsdPerYear, double insuranceFraction,
                              double acceleratorFailureRate, double satelliteLossRate, double disposalFraction,
                              double missionYears, double deliveredFraction, LaunchFailureExposure launchExposure) {

    /** Inputs without a priced launch risk (a flat price per kg, or no plan). */
    public SpaceCostInputs(int satellites, double satelliteMassKg, double computeMassKg, int acceleratorsPerSatellite,
                           int gpusPerUnit, double acceleratorPriceUsd, double itPowerPerSatelliteW,
                           double satellitePowerPerSatelliteW, double satelliteCostUsdPerW,
                           OptionalDouble satelliteCostUsdPerKg, OptionalDouble launchTotalUsd, double launchUsdPerKg,
                           double operationsFraction, double groundSegmentUsdPerYear, double insuranceFraction,
                           double acceleratorFailureRate, double satelliteLossRate, double disposalFraction,
                           double missionYears, double deliveredFraction) {
        this(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit, acceleratorPriceUsd,
                itPowerPerSatelliteW, satellitePowerPerSatelliteW, satelliteCostUsdPerW, satelliteCostUsdPerKg,
                launchTotalUsd, launchUsdPerKg, operationsFraction, groundSegmentUsdPerYear, insuranceFraction,
                acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears, deliveredFraction,
                LaunchFailureExposure.NONE);
    }

    public SpaceCostInputs {
        java.util.Objects.requireNonNull(launchExposure, "launch exposure");
        if (satellites < 1 || acceleratorsPerSatellite < 1 || gpusPerUnit < 1) {
            throw new IllegalArgumentException("a fleet needs satellites and accelerators; found " + satellites
                    + " satellites of " + acceleratorsPerSatellite + " units");
        }
        requireNonNegative("satellite mass", satelliteMassKg);
        requireNonNegative("compute mass", computeMassKg);
        requireNonNegative("accelerator price", acceleratorPriceUsd);
        requireNonNegative("launch price per kg", launchUsdPerKg);
        requireNonNegative("operations fraction", operationsFraction);
        requireNonNegative("ground segment per year", groundSegmentUsdPerYear);
        if (!(missionYears > 0)) {
            throw new IllegalArgumentException("mission life " + missionYears + " yr; expected a positive life");
        }
        if (!(deliveredFraction > 0 && deliveredFraction <= 1)) {
            throw new IllegalArgumentException("delivered fraction " + deliveredFraction + "; expected (0, 1]");
        }
    }

    private static void requireNonNegative(String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " " + v + "; expected a finite value of at least 0");
        }
    }

    /**
     * The same inputs with a launch price per kg instead of any planned total (the crossover, the tornado, the
     * verdict's draws): the planned vehicles' failure exposure stays and is priced at the new price.
     */
    public SpaceCostInputs withLaunchPrice(double usdPerKg) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                acceleratorPriceUsd, itPowerPerSatelliteW, satellitePowerPerSatelliteW, satelliteCostUsdPerW,
                satelliteCostUsdPerKg, OptionalDouble.empty(), usdPerKg, operationsFraction, groundSegmentUsdPerYear,
                insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears,
                deliveredFraction, launchExposure);
    }

    /** The same inputs with the planned vehicles' failure exposure {@code exposure}. */
    public SpaceCostInputs withLaunchExposure(LaunchFailureExposure exposure) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                acceleratorPriceUsd, itPowerPerSatelliteW, satellitePowerPerSatelliteW, satelliteCostUsdPerW,
                satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, operationsFraction, groundSegmentUsdPerYear,
                insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears,
                deliveredFraction, exposure);
    }

    public SpaceCostInputs withAcceleratorPrice(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                v, itPowerPerSatelliteW, satellitePowerPerSatelliteW, satelliteCostUsdPerW, satelliteCostUsdPerKg,
                launchTotalUsd, launchUsdPerKg, operationsFraction, groundSegmentUsdPerYear, insuranceFraction,
                acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears, deliveredFraction, launchExposure);
    }

    public SpaceCostInputs withSatelliteCostPerW(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                acceleratorPriceUsd, itPowerPerSatelliteW, satellitePowerPerSatelliteW, v, OptionalDouble.empty(),
                launchTotalUsd, launchUsdPerKg, operationsFraction, groundSegmentUsdPerYear, insuranceFraction,
                acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears, deliveredFraction, launchExposure);
    }

    public SpaceCostInputs withAcceleratorFailureRate(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                acceleratorPriceUsd, itPowerPerSatelliteW, satellitePowerPerSatelliteW, satelliteCostUsdPerW,
                satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, operationsFraction, groundSegmentUsdPerYear,
                insuranceFraction, v, satelliteLossRate, disposalFraction, missionYears, deliveredFraction, launchExposure);
    }

    public SpaceCostInputs withMissionYears(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                acceleratorPriceUsd, itPowerPerSatelliteW, satellitePowerPerSatelliteW, satelliteCostUsdPerW,
                satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, operationsFraction, groundSegmentUsdPerYear,
                insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, v, deliveredFraction, launchExposure);
    }

    public SpaceCostInputs withDeliveredFraction(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                acceleratorPriceUsd, itPowerPerSatelliteW, satellitePowerPerSatelliteW, satelliteCostUsdPerW,
                satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, operationsFraction, groundSegmentUsdPerYear,
                insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears, v, launchExposure);
    }

    public double fleetMassKg() {
        return satellites * satelliteMassKg;
    }

    public long gpus() {
        return (long) satellites * acceleratorsPerSatellite * gpusPerUnit;
    }

    public double fleetItPowerW() {
        return satellites * itPowerPerSatelliteW;
    }
}
