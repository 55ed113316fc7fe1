package io.orbitdc.core.sizing;

/**
 * Path efficiencies of a spacecraft power system, from the array to the loads, and the array
 * power it takes to run a load through daylight and to recharge the battery for the eclipse:
 * P_sa = (P_e·T_e/X_e + P_d·T_d/X_d) / T_d. ref: smad-1999 §11.4 (eq. 11-5)
 *
 * <p>X_e covers array → battery → loads (charge, discharge, regulation); X_d covers array →
 * loads. Validity: LEO orbits with a daylight period (T_d &gt; 0).
 *
 * @param eclipsePathEfficiency  X_e, in (0, 1]
 * @param daylightPathEfficiency X_d, in (0, 1]
 */
public record PowerSystem(double eclipsePathEfficiency, double daylightPathEfficiency) {
    /** Direct energy transfer: X_e = 0.65, X_d = 0.85. ref: smad-1999 §11.4 */
    public static final PowerSystem DIRECT_ENERGY_TRANSFER = new PowerSystem(0.65, 0.85);
    /** Peak-power tracking: X_e = 0.60, X_d = 0.80. ref: smad-1999 §11.4 */
    public static final PowerSystem PEAK_POWER_TRACKING = new PowerSystem(0.60, 0.80);

    public PowerSystem {
        Bounds.fraction("eclipse path efficiency X_e", eclipsePathEfficiency);
        Bounds.fraction("daylight path efficiency X_d", daylightPathEfficiency);
    }

    /**
     * Array output needed (at end of life) to carry {@code daylightLoadW} for {@code daylightS}
     * and to store enough for {@code eclipseLoadW} over {@code eclipseS}.
     */
    public double requiredArrayPowerW(double eclipseLoadW, double eclipseS, double daylightLoadW, double daylightS) {
        Bounds.nonNegative("eclipse load (W)", eclipseLoadW);
        Bounds.nonNegative("eclipse duration (s)", eclipseS);
        Bounds.nonNegative("daylight load (W)", daylightLoadW);
        Bounds.positive("daylight duration (s)", daylightS);
        return (eclipseLoadW * eclipseS / eclipsePathEfficiency
                + daylightLoadW * daylightS / daylightPathEfficiency) / daylightS;
    }

    /**
     * Heat of the power chain, charged to the daylight part of the orbit (conservative): the
     * array power that neither feeds the daylight loads nor reaches the eclipse loads,
     * P_sa − P_d − P_e·T_e/T_d, W. Over an orbit it equals every path loss of the system.
     */
    public double conversionLossW(double eclipseLoadW, double eclipseS, double daylightLoadW, double daylightS) {
        double array = requiredArrayPowerW(eclipseLoadW, eclipseS, daylightLoadW, daylightS);
        return Math.max(0.0, array - daylightLoadW - eclipseLoadW * eclipseS / daylightS);
    }
}
