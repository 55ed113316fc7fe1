package io.orbitdc.core.sizing;

/**
 * A published dose–depth–altitude table for one inclination class, with log–log interpolation in
 * altitude and in aluminium depth.
 *
 * <p>Grid values are annual total ionizing dose, rad(Si)/yr, at the centre of a solid aluminium
 * sphere (SHIELDOSE-2) for circular orbits, from the SPENVIS runs published by rMcDonald17 (ref:
 * spenvis-odc-2026, table "Five-year TID", divided by 5): trapped AP-8/AE-8, the worse of solar
 * MIN and MAX at each depth, plus SAPPHIRE solar protons at 95 % confidence (none reach 30°).
 *
 * <p>Between grid nodes: ln D is linear in ln h and in ln t. Beyond the deepest node the dose is
 * proton-only and falls as (t / t_max)^−0.45, the slope of the AP-8 SHIELDOSE-2 curves from 10 to
 * 20 mm at 550 km (ref: spenvis-leo-edge-2023, inclinations 30–95°: −0.40 to −0.47). Outside the
 * altitude grid and below the thinnest node the end segment is extrapolated; callers flag that as
 * outside the validity range.
 */
final class DoseDepthTable {
    /** Dose–depth exponent of trapped protons behind more than 10 mm Al. ref: spenvis-leo-edge-2023 */
    static final double DEEP_PROTON_EXPONENT = 0.45;

    private final double[] altitudesM;
    private final double[] depthsM;
    private final double[][] radPerYear;

    /**
     * @param altitudesM ascending altitudes, m
     * @param depthsM    ascending aluminium depths, m
     * @param radPerYear dose per altitude (row) and depth (column), rad(Si)/yr, all &gt; 0
     */
    DoseDepthTable(double[] altitudesM, double[] depthsM, double[][] radPerYear) {
        if (altitudesM.length < 2 || depthsM.length < 2 || radPerYear.length != altitudesM.length) {
            throw new IllegalArgumentException("dose table needs >= 2 altitudes and depths and one row per altitude");
        }
        ascending(altitudesM);
        ascending(depthsM);
        this.altitudesM = altitudesM.clone();
        this.depthsM = depthsM.clone();
        this.radPerYear = new double[radPerYear.length][];
        for (int i = 0; i < radPerYear.length; i++) {
            if (radPerYear[i].length != depthsM.length) {
                throw new IllegalArgumentException("dose table row " + i + " has the wrong number of depths");
            }
            for (double d : radPerYear[i]) {
                Bounds.positive("tabulated dose (rad/yr)", d);
            }
            this.radPerYear[i] = radPerYear[i].clone();
        }
    }

    /** Annual dose at an altitude behind an aluminium depth, rad(Si)/yr. */
    double radPerYear(double altitudeM, double depthM) {
        int i = segment(altitudesM, altitudeM);
        double f = fraction(altitudesM, i, altitudeM);
        double lower = Math.log(atDepth(i, depthM));
        double upper = Math.log(atDepth(i + 1, depthM));
        return Math.exp(lower + f * (upper - lower));
    }

    double minAltitudeM() {
        return altitudesM[0];
    }

    double maxAltitudeM() {
        return altitudesM[altitudesM.length - 1];
    }

    double minDepthM() {
        return depthsM[0];
    }

    private double atDepth(int row, double depthM) {
        double[] doses = radPerYear[row];
        int last = depthsM.length - 1;
        if (depthM > depthsM[last]) {
            return doses[last] * Math.pow(depthM / depthsM[last], -DEEP_PROTON_EXPONENT);
        }
        int j = segment(depthsM, depthM);
        double f = fraction(depthsM, j, depthM);
        return Math.exp(Math.log(doses[j]) + f * (Math.log(doses[j + 1]) - Math.log(doses[j])));
    }

    /** Index of the segment [x_i, x_i+1] holding x, the end segment when x is outside. */
    private static int segment(double[] xs, double x) {
        for (int i = 0; i < xs.length - 2; i++) {
            if (x <= xs[i + 1]) {
                return i;
            }
        }
        return xs.length - 2;
    }

    /** Position of x in segment i on a log axis (may be outside [0, 1] when extrapolating). */
    private static double fraction(double[] xs, int i, double x) {
        return Math.log(x / xs[i]) / Math.log(xs[i + 1] / xs[i]);
    }

    private static void ascending(double[] xs) {
        for (int i = 0; i < xs.length; i++) {
            Bounds.positive("dose table axis value", xs[i]);
            if (i > 0 && xs[i] <= xs[i - 1]) {
                throw new IllegalArgumentException("dose table axis must be strictly ascending");
            }
        }
    }
}
