package io.orbitdc.core.sizing;

/**
 * Satellite mass roll-up: the subsystems sized bottom-up, with structure and propulsion as
 * fractions f_s, f_p of the total: m = Σ subsystems / (1 − f_s − f_p). ref: smad-1999 §10.3
 * (mass budget by percentage of dry mass)
 *
 * <p>The shielding is a closed Al box around the compute volume V (a cube):
 * m = ρ_Al · t · 6·V^(2/3). Validity: t much smaller than the box side.
 */
public final class MassBudget {
    private MassBudget() {
    }

    /** Mass of an Al cube enclosure of wall {@code thicknessM} around {@code volumeM3}, kg. */
    public static double shieldingMassKg(double thicknessM, double volumeM3) {
        Bounds.nonNegative("shielding thickness (m)", thicknessM);
        Bounds.nonNegative("compute volume (m³)", volumeM3);
        return SpaceEnvironment.ALUMINIUM_DENSITY_KG_PER_M3 * thicknessM * 6.0 * Math.pow(volumeM3, 2.0 / 3.0);
    }

    /** Roll the subsystem masses up into a satellite. */
    public static MassBreakdown rollUp(double computeKg, double solarArrayKg, double batteryKg, double radiatorKg,
                                       double shieldingKg, double busFixedKg, double structureFraction,
                                       double propulsionFraction) {
        double subsystems = Bounds.nonNegative("compute mass (kg)", computeKg)
                + Bounds.nonNegative("solar array mass (kg)", solarArrayKg)
                + Bounds.nonNegative("battery mass (kg)", batteryKg)
                + Bounds.nonNegative("radiator mass (kg)", radiatorKg)
                + Bounds.nonNegative("shielding mass (kg)", shieldingKg)
                + Bounds.nonNegative("bus mass (kg)", busFixedKg);
        double remaining = 1.0 - structureFraction - propulsionFraction;
        if (structureFraction < 0 || propulsionFraction < 0 || remaining <= 0.1) {
            throw new SizingInputException("structure and propulsion fractions must be >= 0 and sum below 0.9, found "
                    + structureFraction + " + " + propulsionFraction);
        }
        double total = subsystems / remaining;
        return new MassBreakdown(computeKg, solarArrayKg, batteryKg, radiatorKg, shieldingKg, busFixedKg,
                total * structureFraction, total * propulsionFraction, total);
    }
}
