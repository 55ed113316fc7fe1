package io.orbitdc.core.sizing;

/**
 * Steady-state die (junction) temperature of an accelerator cooled through a radiator:
 * T_die = T_radiator + R_th·P_unit, with R_th the die-to-radiator thermal resistance of one unit
 * (cold plate, heat pipes or pumped loop, radiator fin), K/W.
 *
 * <p>Validity: steady state at full power, one lumped resistance per accelerator.
 *
 * @param dieTemperatureK die temperature, K
 * @param limitK          the part's die temperature limit, K
 */
public record DieTemperature(double dieTemperatureK, double limitK) {
    public static DieTemperature of(double radiatorTemperatureK, double thermalResistanceKPerW,
                                    double unitPowerW, double limitK) {
        Bounds.positive("radiator temperature (K)", radiatorTemperatureK);
        Bounds.nonNegative("thermal resistance (K/W)", thermalResistanceKPerW);
        Bounds.nonNegative("accelerator power (W)", unitPowerW);
        Bounds.positive("die temperature limit (K)", limitK);
        return new DieTemperature(radiatorTemperatureK + thermalResistanceKPerW * unitPowerW, limitK);
    }

    /** Limit minus die temperature, K (negative when over the limit). */
    public double marginK() {
        return limitK - dieTemperatureK;
    }

    public boolean exceedsLimit() {
        return dieTemperatureK > limitK;
    }
}
