package io.orbitdc.core.twin;

/**
 * Twin inputs that a sizing does not fix: heat capacities, how the die-to-radiator resistance
 * splits, idle power, throttle behaviour, SAA share and the starting temperature. No published
 * figures exist for most of them: they are scenario inputs (see docs/models/twin-thermal.md).
 *
 * @param dieCapacityJPerKPerUnit     heat capacity of one accelerator unit's die and package, J/K (> 0)
 * @param plateCapacityJPerKPerUnit   cold plate, coolant and pipes per unit, J/K (> 0)
 * @param radiatorCapacityJPerKPerM2  radiator panel heat capacity per m² of plate, J/(K·m²) (> 0)
 * @param dieShareOfResistance        share of the die-to-radiator resistance between die and cold plate, (0, 1)
 * @param idlePowerFraction           power at zero duty as a fraction of full power, [0, 1)
 * @param throttleHysteresisK         cooling before full duty resumes, K
 * @param throttledDuty               duty while throttled, [0, 1)
 * @param saaDoseShare                share of dose and upsets inside the SAA, [0, 1]
 * @param initialTemperatureK         all nodes at mission start, K
 */
public record TwinAssumptions(double dieCapacityJPerKPerUnit, double plateCapacityJPerKPerUnit,
                              double radiatorCapacityJPerKPerM2, double dieShareOfResistance, double idlePowerFraction,
                              double throttleHysteresisK, double throttledDuty, double saaDoseShare,
                              double initialTemperatureK) {
    public TwinAssumptions {
        InputRange.positive("die heat capacity per unit (J/K)", dieCapacityJPerKPerUnit);
        InputRange.positive("plate heat capacity per unit (J/K)", plateCapacityJPerKPerUnit);
        InputRange.positive("radiator heat capacity per m² (J/(K·m²))", radiatorCapacityJPerKPerM2);
        InputRange.within("die share of the thermal resistance", dieShareOfResistance, 0.0, 1.0);
        if (dieShareOfResistance <= 0.0 || dieShareOfResistance >= 1.0) {
            throw new TwinInputException("die share of the thermal resistance must be in (0, 1), found "
                    + dieShareOfResistance);
        }
        InputRange.within("idle power fraction", idlePowerFraction, 0.0, 1.0);
        InputRange.within("throttle hysteresis (K)", throttleHysteresisK, 0.0, 100.0);
        InputRange.within("throttled duty", throttledDuty, 0.0, 1.0);
        InputRange.within("SAA share of dose", saaDoseShare, 0.0, 1.0);
        InputRange.within("initial temperature (K)", initialTemperatureK, 3.0, 500.0);
    }
}
