package io.orbitdc.core.sizing;

/**
 * Battery capacity and mass to carry the loads through the worst eclipse:
 * E = P_e·T_e / (DoD·η_discharge), m = E / e_specific. ref: smad-1999 §11.4 (eq. 11-6)
 *
 * <p>Validity: one discharge per orbit at the DoD chosen for the cycle life; no capacity fade
 * margin beyond that DoD; an orbit without eclipse needs no eclipse battery (a safe-mode battery
 * must then be added as bus mass).
 *
 * @param spec the battery parameters
 */
public record Battery(BatterySpec spec) {
    public BatterySizing size(double eclipseLoadW, double eclipseS) {
        Bounds.nonNegative("eclipse load (W)", eclipseLoadW);
        Bounds.nonNegative("eclipse duration (s)", eclipseS);
        double energy = eclipseLoadW * eclipseS;
        double capacity = energy / (spec.depthOfDischarge() * spec.dischargeEfficiency());
        return new BatterySizing(energy, capacity, capacity / spec.specificEnergyJPerKg());
    }
}
