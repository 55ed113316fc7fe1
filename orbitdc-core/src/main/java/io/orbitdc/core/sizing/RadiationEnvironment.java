package io.orbitdc.core.sizing;

/**
 * Annual total ionizing dose, rad(Si)/yr, behind a spherical-equivalent aluminium shield in a
 * circular LEO orbit, as a low / central / high band.
 *
 * <p>Central value: a published SPENVIS grid (AP-8/AE-8 trapped particles, worse of solar MIN and
 * MAX, SAPPHIRE solar protons at 95 % confidence, SHIELDOSE-2 at the centre of an Al sphere) at
 * 500, 700, 1,000, 1,200, 1,500 and 2,000 km, 2, 5 and 10 mm Al, for dawn–dusk sun-synchronous
 * and 30° orbits (ref: spenvis-odc-2026), interpolated log–log in altitude and depth by
 * {@link DoseDepthTable}. Between the two inclination classes ln D is linear in the folded
 * inclination i' = min(i, 180° − i) from 30° to 75° (the SSO class spans i' 75–83°).
 *
 * <p>Band: low = central / 2, high = 2 × central ({@link #BAND_FACTOR}). It covers the spread of
 * the published figures for the same orbits — an independent SPENVIS run with trapped particles
 * only (ref: spenvis-leo-edge-2023) gives 0.6–1.1× the central value at 550 km, and Suncatcher's
 * ~150 rad/yr behind ~10 mm (ref: suncatcher-2025) is 0.5–0.8× at 550–650 km — as well as the
 * factor-of-two uncertainty usually allowed for AP-8/AE-8 (see the model page). The central value
 * carries a 95 %-confidence solar-proton fluence for polar orbits, so it leans conservative.
 *
 * <p>Validity: 500–2,000 km, 2–20 mm Al, folded inclination 30–90°. Outside it the table is
 * extrapolated along its end segment and {@link #withinValidity} is false. Not covered: solar
 * particle events as single episodes, GCR heavy ions, real spacecraft geometry (sphere centre only).
 */
public final class RadiationEnvironment {
    /** Band half-width as a factor on the central dose. [D] see the model page. */
    public static final double BAND_FACTOR = 2.0;

    /** Validity range of the table. */
    public static final double MIN_ALTITUDE_M = 500e3;
    public static final double MAX_ALTITUDE_M = 2000e3;
    public static final double MIN_THICKNESS_M = 2e-3;
    public static final double MAX_THICKNESS_M = 20e-3;
    public static final double MIN_FOLDED_INCLINATION_RAD = Math.toRadians(30.0);

    /** Folded inclination from which the sun-synchronous (polar) class applies. */
    static final double POLAR_CLASS_FOLDED_INCLINATION_RAD = Math.toRadians(75.0);

    private static final double[] ALTITUDES_M = {500e3, 700e3, 1000e3, 1200e3, 1500e3, 2000e3};
    private static final double[] DEPTHS_M = {2e-3, 5e-3, 10e-3};

    /**
     * Dawn–dusk SSO (LTAN 06:00), rad(Si)/yr at 2 / 5 / 10 mm. ref: spenvis-odc-2026 "Five-year TID"
     * table (krad over 5 yr: 13.0/2.0/0.7, 21.4/3.6/1.8, 42.4/8.9/5.5, 67.1/16.6/10.8,
     * 140.4/39.1/26.0, 420.6/107.5/67.7), divided by 5 years.
     */
    static final DoseDepthTable SUN_SYNCHRONOUS = new DoseDepthTable(ALTITUDES_M, DEPTHS_M, perYear(new double[][] {
            {13.0, 2.0, 0.7}, {21.4, 3.6, 1.8}, {42.4, 8.9, 5.5}, {67.1, 16.6, 10.8}, {140.4, 39.1, 26.0},
            {420.6, 107.5, 67.7}}));

    /** 30° circular, rad(Si)/yr at 2 / 5 / 10 mm. ref: spenvis-odc-2026 "Five-year TID" table, divided by 5. */
    static final DoseDepthTable LOW_INCLINATION = new DoseDepthTable(ALTITUDES_M, DEPTHS_M, perYear(new double[][] {
            {1.3, 0.9, 0.7}, {6.7, 3.8, 3.0}, {32.8, 15.1, 11.4}, {78.3, 32.8, 24.2}, {238.6, 87.5, 61.9},
            {832.9, 239.1, 154.7}}));

    private RadiationEnvironment() {
    }

    /** Central annual dose behind {@code thicknessM} of Al at an altitude and inclination, rad(Si)/yr. */
    public static double doseRadPerYear(double altitudeM, double thicknessM, double inclinationRad) {
        Bounds.within("altitude for the dose model (m)", altitudeM, 100e3, 3000e3);
        Bounds.within("shield thickness for the dose model (m)", thicknessM, 0.1e-3, 100e-3);
        Bounds.within("inclination (rad)", inclinationRad, 0.0, Math.PI);
        double w = polarWeight(inclinationRad);
        double low = LOW_INCLINATION.radPerYear(altitudeM, thicknessM);
        double polar = SUN_SYNCHRONOUS.radPerYear(altitudeM, thicknessM);
        return Math.exp((1.0 - w) * Math.log(low) + w * Math.log(polar));
    }

    /** Annual dose as a low / central / high band, rad(Si)/yr. */
    public static Band dose(double altitudeM, double thicknessM, double inclinationRad) {
        double central = doseRadPerYear(altitudeM, thicknessM, inclinationRad);
        return new Band(central / BAND_FACTOR, central, central * BAND_FACTOR);
    }

    /**
     * Weight of the polar (SSO) table: 0 at folded inclination ≤ 30°, 1 at ≥ 75°, linear between.
     * Trapped-particle dose is symmetric in i and 180° − i (the drift shells do not care which way
     * the orbit turns), so a 97.6° SSO folds to 82.4°.
     */
    static double polarWeight(double inclinationRad) {
        double folded = Math.min(inclinationRad, Math.PI - inclinationRad);
        double w = (folded - MIN_FOLDED_INCLINATION_RAD)
                / (POLAR_CLASS_FOLDED_INCLINATION_RAD - MIN_FOLDED_INCLINATION_RAD);
        return Math.max(0.0, Math.min(1.0, w));
    }

    /** Whether an altitude and thickness lie in the range the table covers (any inclination ≥ 30°). */
    public static boolean withinValidity(double altitudeM, double thicknessM) {
        return altitudeM >= MIN_ALTITUDE_M && altitudeM <= MAX_ALTITUDE_M
                && thicknessM >= MIN_THICKNESS_M && thicknessM <= MAX_THICKNESS_M;
    }

    /** Whether an altitude, thickness and inclination lie in the range the table covers. */
    public static boolean withinValidity(double altitudeM, double thicknessM, double inclinationRad) {
        double folded = Math.min(inclinationRad, Math.PI - inclinationRad);
        return withinValidity(altitudeM, thicknessM) && folded >= MIN_FOLDED_INCLINATION_RAD - 1e-12;
    }

    private static double[][] perYear(double[][] fiveYearKrad) {
        double[][] out = new double[fiveYearKrad.length][];
        for (int i = 0; i < fiveYearKrad.length; i++) {
            out[i] = new double[fiveYearKrad[i].length];
            for (int j = 0; j < fiveYearKrad[i].length; j++) {
                out[i][j] = fiveYearKrad[i][j] * 1000.0 / 5.0;
            }
        }
        return out;
    }
}
