package io.orbitdc.core.geometry;

/**
 * Thermospheric mass density (kg/m³) versus altitude for three solar-activity levels.
 * MODERATE is the piecewise-exponential CIRA-72-based table of Vallado (base altitude, base
 * density, scale height). LOW and HIGH multiply it by an altitude-dependent factor fitted to the
 * NRLMSISE-00 solar-minimum/maximum densities at 500, 600 and 800 km (log-linear in altitude
 * between anchors, held constant above 800 km, tapered log-linearly to 1 at 150 km).
 * ref: vallado-2013 §8.6.2; nrlmsise-figures.
 * Validity: 100–1000 km altitude (held at the 1000 km row above), orbit- and day-averaged
 * density; real density varies ×2–3 day/night and with geomagnetic storms.
 */
public final class DensityTable {

    // ref: vallado-2013 §8.6.2 — {base altitude km, base density kg/m³, scale height km}
    private static final double[][] MODERATE = {
        {100, 5.297e-7, 5.877}, {110, 9.661e-8, 7.263}, {120, 2.438e-8, 9.473}, {130, 8.484e-9, 12.636},
        {140, 3.845e-9, 16.149}, {150, 2.070e-9, 22.523}, {180, 5.464e-10, 29.740}, {200, 2.789e-10, 37.105},
        {250, 7.248e-11, 45.546}, {300, 2.418e-11, 53.628}, {350, 9.518e-12, 53.298}, {400, 3.725e-12, 58.515},
        {450, 1.585e-12, 60.828}, {500, 6.967e-13, 63.822}, {600, 1.454e-13, 71.835}, {700, 3.614e-14, 88.667},
        {800, 1.170e-14, 124.64}, {900, 5.245e-15, 181.05}, {1000, 3.019e-15, 268.00},
    };

    // ref: nrlmsise-figures — NRLMSISE-00 densities at solar minimum / maximum, kg/m³.
    private static final double[] ANCHOR_KM = {500, 600, 800};
    private static final double[] LOW_DENSITY = {2.5e-13, 4e-14, 1e-15};
    private static final double[] HIGH_DENSITY = {2.5e-12, 7e-13, 5e-14};
    /** Altitude below which solar activity is taken not to change density (assumption, see drag.md). */
    private static final double TAPER_KM = 150.0;

    private DensityTable() {
    }

    /** Density (kg/m³) at an altitude (m) for an activity level. */
    public static double density(double altitudeM, SolarActivity activity) {
        double hKm = altitudeM / 1000.0;
        if (!(hKm >= 100.0 && hKm <= 2000.0)) {
            throw new IllegalArgumentException("altitude " + altitudeM + " m outside the density table; expected 100–2000 km");
        }
        double moderate = moderate(hKm);
        return switch (activity) {
            case MODERATE -> moderate;
            case LOW -> moderate * factor(hKm, LOW_DENSITY);
            case HIGH -> moderate * factor(hKm, HIGH_DENSITY);
        };
    }

    private static double moderate(double hKm) {
        int i = MODERATE.length - 1;
        while (i > 0 && hKm < MODERATE[i][0]) {
            i--;
        }
        return MODERATE[i][1] * Math.exp(-(hKm - MODERATE[i][0]) / MODERATE[i][2]);
    }

    private static double factor(double hKm, double[] anchors) {
        double[] lnF = new double[ANCHOR_KM.length];
        for (int k = 0; k < ANCHOR_KM.length; k++) {
            lnF[k] = Math.log(anchors[k] / moderate(ANCHOR_KM[k]));
        }
        if (hKm <= TAPER_KM) {
            return 1.0;
        }
        if (hKm < ANCHOR_KM[0]) {
            return Math.exp(lnF[0] * (hKm - TAPER_KM) / (ANCHOR_KM[0] - TAPER_KM));
        }
        for (int k = 0; k + 1 < ANCHOR_KM.length; k++) {
            if (hKm <= ANCHOR_KM[k + 1]) {
                double w = (hKm - ANCHOR_KM[k]) / (ANCHOR_KM[k + 1] - ANCHOR_KM[k]);
                return Math.exp(lnF[k] + w * (lnF[k + 1] - lnF[k]));
            }
        }
        return Math.exp(lnF[ANCHOR_KM.length - 1]);
    }

    /** Local density scale height (m) at an altitude for MODERATE activity (from the table row). */
    public static double scaleHeightM(double altitudeM) {
        double hKm = altitudeM / 1000.0;
        int i = MODERATE.length - 1;
        while (i > 0 && hKm < MODERATE[i][0]) {
            i--;
        }
        return MODERATE[i][2] * 1000.0;
    }
}
