package io.orbitdc.core.geometry;

import io.orbitdc.core.orbit.Earth;

/**
 * Drag consequences for a circular orbit: drag deceleration a = ½ρv²/B with B = m/(Cd·A), the
 * station-keeping Δv per year that cancels it (Δv = a·t), the semi-major-axis decay rate
 * da/dt = −ρ√(μa)/B, and the natural deorbit time from integrating that rate down to 120 km.
 * ref: vallado-2013 §8.6 (King-Hele circular-orbit decay), montenbruck-gill-2000 §3.5.
 * Validity: near-circular orbits, 120–1000 km; orbit-averaged density from {@link DensityTable}.
 */
public record DragBudget(double altitudeM, double ballisticCoefficientKgPerM2, SolarActivity activity,
        double densityKgPerM3, double decelerationMps2, double deltaVPerYearMps, double decayRateMPerDay,
        double deorbitYears) {

    /** Altitude where the deorbit integration stops (the orbit then decays within days). */
    public static final double REENTRY_ALTITUDE_M = 120_000.0;
    /** Deorbit times longer than this are reported as this value ("effectively never"). */
    public static final double MAX_DEORBIT_YEARS = 10_000.0;
    private static final double YEAR_S = 365.25 * 86400.0;

    /** Computes the budget for a circular orbit at an altitude. */
    public static DragBudget of(double altitudeM, double ballisticCoefficientKgPerM2, SolarActivity activity) {
        if (!(ballisticCoefficientKgPerM2 > 0.0 && ballisticCoefficientKgPerM2 < 1e5)) {
            throw new IllegalArgumentException("ballistic coefficient " + ballisticCoefficientKgPerM2
                    + " kg/m² out of range; expected 0–100,000 (typical satellites 20–200)");
        }
        double rho = DensityTable.density(altitudeM, activity);
        double a = Earth.EQUATORIAL_RADIUS_M + altitudeM;
        double v2 = Earth.MU / a;
        double decel = 0.5 * rho * v2 / ballisticCoefficientKgPerM2;
        double decay = rho * Math.sqrt(Earth.MU * a) / ballisticCoefficientKgPerM2;
        return new DragBudget(altitudeM, ballisticCoefficientKgPerM2, activity, rho, decel, decel * YEAR_S,
                decay * 86400.0, deorbitYears(altitudeM, ballisticCoefficientKgPerM2, activity));
    }

    /** Natural decay time (years) from an altitude to 120 km, capped at {@link #MAX_DEORBIT_YEARS}. */
    public static double deorbitYears(double altitudeM, double ballisticCoefficientKgPerM2, SolarActivity activity) {
        double t = 0.0;
        double h = altitudeM;
        double step = 1_000.0;
        while (h > REENTRY_ALTITUDE_M) {
            double hMid = Math.max(REENTRY_ALTITUDE_M, h - step / 2);
            double a = Earth.EQUATORIAL_RADIUS_M + hMid;
            double rate = DensityTable.density(hMid, activity) * Math.sqrt(Earth.MU * a) / ballisticCoefficientKgPerM2;
            t += Math.min(step, h - REENTRY_ALTITUDE_M) / rate;
            h -= step;
            if (t > MAX_DEORBIT_YEARS * YEAR_S) {
                return MAX_DEORBIT_YEARS;
            }
        }
        return t / YEAR_S;
    }
}
