package io.orbitdc.core.economics;

import java.util.OptionalDouble;

/**
 * What an orbital fleet costs is made of: the fleet (from sizing), its hardware prices, the
 * launch (a planned total or a flat price per kg), and the operating and risk assumptions.
 * All money in USD, times in years.
 *
 * @param gpusPerUnit             accelerator chips per unit (72 for an NVL72 rack); GPU-hours count chips
 * @param itPowerPerSatelliteW    IT load per satellite (nameplate)
 * @param satelliteCostUsdPerW    platform cost (array, radiator, bus, structure, integration) per W of IT load
 * @param satelliteCostUsdPerKg   if set, platform cost per kg of non-compute satellite mass instead of per W
 * @param launchTotalUsd          launch cost of the fleet from a launch plan, if one was made
 * @param launchUsdPerKg          flat launch price per kg, used when no plan total is given (and by the crossover)
 * @param groundSegmentUsdPerYear ground stations and operations per year
 * @param insuranceFraction       launch-plus-first-year insurance as a fraction of hardware + platform + launch
 * @param acceleratorFailureRate  accelerator failures per accelerator-year (no repair in orbit: spares are flown)
 * @param satelliteLossRate       satellites lost per satellite-year (replaced: rebuilt and relaunched)
 * @param disposalFraction        end-of-life disposal as a fraction of platform cost
 * @param deliveredFraction       fraction of nameplate compute delivered (1, or from a digital-twin run)
 */
public record SpaceCostInputs(int satellites, double satelliteMassKg, double computeMassKg, int acceleratorsPerSatellite,
                              int gpusPerUnit, double acceleratorPriceUsd, double itPowerPerSatelliteW,
                              double satelliteCostUsdPerW, OptionalDouble satelliteCostUsdPerKg,
                              OptionalDouble launchTotalUsd, double launchUsdPerKg, double groundSegmentUsdPerYear,
                              double insuranceFraction, double acceleratorFailureRate, double satelliteLossRate,
                              double disposalFraction, double missionYears, double deliveredFraction) {

    public SpaceCostInputs {
        if (satellites < 1 || acceleratorsPerSatellite < 1 || gpusPerUnit < 1) {
            throw new IllegalArgumentException("a fleet needs satellites and accelerators; found " + satellites
                    + " satellites of " + acceleratorsPerSatellite + " units");
        }
        requireNonNegative("satellite mass", satelliteMassKg);
        requireNonNegative("accelerator price", acceleratorPriceUsd);
        requireNonNegative("launch price per kg", launchUsdPerKg);
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

    /** The same inputs with a flat launch price per kg instead of any planned total (for the crossover). */
    public SpaceCostInputs withLaunchPrice(double usdPerKg) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit,
                acceleratorPriceUsd, itPowerPerSatelliteW, satelliteCostUsdPerW, satelliteCostUsdPerKg,
                OptionalDouble.empty(), usdPerKg, groundSegmentUsdPerYear, insuranceFraction, acceleratorFailureRate,
                satelliteLossRate, disposalFraction, missionYears, deliveredFraction);
    }

    public SpaceCostInputs withAcceleratorPrice(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit, v, itPowerPerSatelliteW, satelliteCostUsdPerW, satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, groundSegmentUsdPerYear, insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears, deliveredFraction);
    }

    public SpaceCostInputs withSatelliteCostPerW(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit, acceleratorPriceUsd, itPowerPerSatelliteW, v, satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, groundSegmentUsdPerYear, insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears, deliveredFraction);
    }

    public SpaceCostInputs withAcceleratorFailureRate(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit, acceleratorPriceUsd, itPowerPerSatelliteW, satelliteCostUsdPerW, satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, groundSegmentUsdPerYear, insuranceFraction, v, satelliteLossRate, disposalFraction, missionYears, deliveredFraction);
    }

    public SpaceCostInputs withMissionYears(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit, acceleratorPriceUsd, itPowerPerSatelliteW, satelliteCostUsdPerW, satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, groundSegmentUsdPerYear, insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, v, deliveredFraction);
    }

    public SpaceCostInputs withDeliveredFraction(double v) {
        return new SpaceCostInputs(satellites, satelliteMassKg, computeMassKg, acceleratorsPerSatellite, gpusPerUnit, acceleratorPriceUsd, itPowerPerSatelliteW, satelliteCostUsdPerW, satelliteCostUsdPerKg, launchTotalUsd, launchUsdPerKg, groundSegmentUsdPerYear, insuranceFraction, acceleratorFailureRate, satelliteLossRate, disposalFraction, missionYears, v);
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
