package io.orbitdc.core.twin;

/**
 * A battery as the twin steps it.
 *
 * @param capacityJ           usable energy at state of charge 1, J (≥ 0; 0 means no battery)
 * @param chargeEfficiency    stored energy / bus energy taken while charging, (0, 1]
 * @param dischargeEfficiency bus energy delivered / stored energy drawn, (0, 1]
 * @param maxChargeW          largest bus power the battery accepts, W (≥ 0)
 * @param maxDischargeW       largest bus power the battery delivers, W (≥ 0)
 * @param minSoc              lowest state of charge allowed (1 − depth of discharge), [0, 1)
 * @param initialSoc          state of charge at mission start, [minSoc, 1]
 */
public record BatteryParameters(double capacityJ, double chargeEfficiency, double dischargeEfficiency,
                                double maxChargeW, double maxDischargeW, double minSoc, double initialSoc) {
    public BatteryParameters {
        InputRange.nonNegative("battery capacity (J)", capacityJ);
        InputRange.efficiency("battery charge efficiency", chargeEfficiency);
        InputRange.efficiency("battery discharge efficiency", dischargeEfficiency);
        InputRange.nonNegative("battery max charge power (W)", maxChargeW);
        InputRange.nonNegative("battery max discharge power (W)", maxDischargeW);
        InputRange.within("battery minimum state of charge", minSoc, 0.0, 1.0);
        if (minSoc >= 1.0) {
            throw new TwinInputException("battery minimum state of charge must be < 1, found " + minSoc);
        }
        InputRange.within("battery initial state of charge", initialSoc, minSoc, 1.0);
    }

    /**
     * Round-trip split of a sizing path: with array→bus efficiency X_d and array→battery→bus
     * efficiency X_e (ref: smad-1999 §11.4), the battery round trip is X_e/X_d, split evenly
     * between charge and discharge (assumption: the two legs are rarely published apart; exact for
     * the default MPPT battery bus with equal charge and discharge efficiencies, where
     * X_e = X_d·η_c·η_d).
     */
    public static BatteryParameters fromPathEfficiencies(double capacityJ, double eclipsePathEfficiency,
                                                         double daylightPathEfficiency, double maxChargeW,
                                                         double maxDischargeW, double depthOfDischarge) {
        InputRange.efficiency("eclipse path efficiency X_e", eclipsePathEfficiency);
        InputRange.efficiency("daylight path efficiency X_d", daylightPathEfficiency);
        InputRange.efficiency("depth of discharge", depthOfDischarge);
        double roundTrip = Math.min(1.0, eclipsePathEfficiency / daylightPathEfficiency);
        double leg = Math.sqrt(roundTrip);
        return new BatteryParameters(capacityJ, leg, leg, maxChargeW, maxDischargeW, 1.0 - depthOfDischarge, 1.0);
    }
}
