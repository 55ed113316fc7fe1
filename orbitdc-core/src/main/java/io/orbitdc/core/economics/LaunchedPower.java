package io.orbitdc.core.economics;

/**
 * Suncatcher's launched-power metric: what launch adds to each kW-year of power in orbit,
 * $/kW·yr = launch $/kg ÷ (specific power kW/kg × life yr). At 48.7 W/kg and 5 years,
 * $3,600/kg gives ≈ $14.8k and $200/kg ≈ $821 per kW-year (ref: suncatcher-2025).
 *
 * <p>The answer depends on what "power" is divided by, so both normalisations are kept, named:
 * per kW of <em>IT load</em> of the design being costed (what a kW of compute pays for launch),
 * and per kW of <em>satellite power</em> (the array's end-of-life output: Suncatcher's own
 * normalisation, ~48.7 W/kg for a Starlink-v2-class satellite).
 *
 * @param launchUsdPerKg        effective launch price
 * @param itWattsPerKg          IT load per kg of satellite
 * @param satelliteWattsPerKg   array power per kg of satellite; NaN when not known
 * @param lifeYears             life over which the launched power is used
 */
public record LaunchedPower(double launchUsdPerKg, double itWattsPerKg, double satelliteWattsPerKg, double lifeYears) {

    /** Launch $ per kW-year of IT load (the design's own normalisation). */
    public double usdPerKwYearOfIt() {
        return usdPerKwYear(launchUsdPerKg, itWattsPerKg, lifeYears);
    }

    /** Launch $ per kW-year of satellite (array) power, Suncatcher's normalisation; NaN when unknown. */
    public double usdPerKwYearOfSatellitePower() {
        return satelliteWattsPerKg > 0 ? usdPerKwYear(launchUsdPerKg, satelliteWattsPerKg, lifeYears) : Double.NaN;
    }

    public static double usdPerKwYear(double launchUsdPerKg, double specificPowerWPerKg, double lifeYears) {
        if (!(specificPowerWPerKg > 0) || !(lifeYears > 0)) {
            throw new IllegalArgumentException("specific power " + specificPowerWPerKg + " W/kg and life " + lifeYears
                    + " yr; expected both positive");
        }
        return launchUsdPerKg / (specificPowerWPerKg / 1000.0 * lifeYears);
    }
}
