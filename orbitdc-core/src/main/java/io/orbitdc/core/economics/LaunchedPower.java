package io.orbitdc.core.economics;

/**
 * Suncatcher's launched-power metric: what launch adds to each kW-year of power in orbit,
 * $/kW·yr = launch $/kg ÷ (specific power kW/kg × life yr). At 48.7 W/kg and 5 years,
 * $3,600/kg gives ≈ $14.8k and $200/kg ≈ $821 per kW-year (ref: suncatcher-2025).
 */
public final class LaunchedPower {

    private LaunchedPower() {
    }

    public static double usdPerKwYear(double launchUsdPerKg, double specificPowerWPerKg, double lifeYears) {
        if (!(specificPowerWPerKg > 0) || !(lifeYears > 0)) {
            throw new IllegalArgumentException("specific power " + specificPowerWPerKg + " W/kg and life " + lifeYears
                    + " yr; expected both positive");
        }
        return launchUsdPerKg / (specificPowerWPerKg / 1000.0 * lifeYears);
    }
}
