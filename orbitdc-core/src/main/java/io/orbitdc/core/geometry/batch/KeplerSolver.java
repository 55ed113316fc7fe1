package io.orbitdc.core.geometry.batch;

/**
 * Solves Kepler's equation M = E - e sin E for the eccentric anomaly of an elliptic orbit.
 *
 * <p>Valid for 0 &lt;= e &lt; 1 and any finite M. For e &lt;= 1e-3 (near-circular orbits, such as
 * formation-flying clusters) it sums the Lagrange series of E - M to fourth order in e, which needs
 * no division and no iteration and is exact to |e^5| * 0.55 &lt; 6e-16 rad. For e &lt;= 0.3 (every LEO constellation) it
 * solves for the correction d = E - M with one sine/cosine of M and polynomial sine/cosine of d,
 * which is both robust for near-circular orbits (d is of the order of e) and cheap; for larger e
 * it uses plain Newton iterations started at E = pi for e &gt; 0.8 (ref: vallado-2013 algorithm 2).
 * Results are converged to about 1e-15 rad.
 */
public final class KeplerSolver {

    /** Largest |d| for which the polynomial sine/cosine of d (valid to pi/4) is used. */
    private static final double SMALL_ECCENTRICITY = 0.3;
    /** Largest e for which the fourth-order series is used (truncation below 6e-16 rad). */
    static final double NEAR_CIRCULAR = 1e-3;
    private static final int MAX_ITERATIONS = 30;

    private KeplerSolver() {
    }

    /**
     * Eccentric anomaly for a mean anomaly, together with the sine and cosine of the result.
     *
     * @param meanAnomaly mean anomaly (rad), any finite value (not reduced)
     * @param sinM sine of the mean anomaly
     * @param cosM cosine of the mean anomaly
     * @param e eccentricity in [0, 1)
     * @param out receives {E, sin E, cos E}
     */
    static void solve(double meanAnomaly, double sinM, double cosM, double e, double[] out) {
        if (e <= NEAR_CIRCULAR) {
            // Lagrange series (ref: moulton-1914 art. 99 eq. 59; coefficients checked against Orekit in KeplerSolverTest):
            // E - M = e sin M + e^2/2 sin 2M + e^3/8 (3 sin 3M - sin M) + e^4/6 (2 sin 4M - sin 2M) + O(e^5),
            // the multiple angles by exact recurrences from sin M and cos M. The e^5 term's
            // coefficient (125 sin 5M - 81 sin 3M + 2 sin M)/384 is at most 0.55 in magnitude.
            double d = seriesCorrection(sinM, cosM, e);
            double sd = sinTiny(d);
            double cd = cosTiny(d);
            out[0] = meanAnomaly + d;
            out[1] = sinM * cd + cosM * sd;
            out[2] = cosM * cd - sinM * sd;
            return;
        }
        if (e <= SMALL_ECCENTRICITY) {
            // Newton on d: f(d) = d - e sin(M + d), from d0 = e sin M / (1 - e cos M), which is
            // off by O(e^3). After a step of size h the remaining error is about
            // e h^2 / (2 (1 - e)), so we stop as soon as that is below 1e-16 rad.
            double d = e * sinM / (1.0 - e * cosM);
            double sinE = 0;
            double cosE = 0;
            double step = 0;
            for (int k = 0; k < MAX_ITERATIONS; k++) {
                double sd = SinCos.sinSmall(d);
                double cd = SinCos.cosSmall(d);
                sinE = sinM * cd + cosM * sd;
                cosE = cosM * cd - sinM * sd;
                step = (d - e * sinE) / (1.0 - e * cosE);
                d -= step;
                if (e * step * step <= 2e-16 * (1 - e)) {
                    break;
                }
            }
            // move sin/cos from E + step to E by a second-order update (error ~ step^3)
            double half = 0.5 * step * step;
            out[0] = meanAnomaly + d;
            out[1] = sinE - step * cosE - half * sinE;
            out[2] = cosE + step * sinE - half * cosE;
            return;
        }
        double m = reduce(meanAnomaly);
        double bigE = e > 0.8 ? Math.PI : m;
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            double step = (bigE - e * Math.sin(bigE) - m) / (1.0 - e * Math.cos(bigE));
            bigE -= step;
            if (Math.abs(step) <= 1e-15) {
                break;
            }
        }
        out[0] = bigE + (meanAnomaly - m);
        out[1] = Math.sin(bigE);
        out[2] = Math.cos(bigE);
    }

    /**
     * E - M for e &lt;= {@link #NEAR_CIRCULAR} by the fourth-order Lagrange series (see
     * {@link #solve}); the multiple angles come from sin M and cos M by exact recurrences.
     */
    static double seriesCorrection(double sinM, double cosM, double e) {
        double s2 = 2 * sinM * cosM;
        double c2 = cosM * cosM - sinM * sinM;
        double s3 = sinM * c2 + cosM * s2;
        double s4 = 2 * s2 * c2;
        return e * (sinM + e * (0.5 * s2 + e * (0.125 * (3 * s3 - sinM) + e * ((2 * s4 - s2) * (1.0 / 6)))));
    }

    /**
     * E - M for e &lt;= {@link #NEAR_CIRCULAR} by the same fourth-order Lagrange series as
     * {@link #seriesCorrection}, written in S = e sin M and C = e cos M (the eccentricity vector
     * projected on the in-plane angle, which the near-circular propagator has without sin M):
     * with sin 2M = 2 sin M cos M, sin 3M = 3 sin M - 4 sin^3 M and sin 4M = 2 sin 2M cos 2M the
     * four terms are S, S C, S (C^2 - S^2/2) and S C (C^2 - 5 S^2/3). Same truncation, below
     * 6e-16 rad at e = 1e-3.
     */
    static double eccentricSeries(double eSinM, double eCosM) {
        double s2 = eSinM * eSinM;
        double c2 = eCosM * eCosM;
        return eSinM * (((1 + eCosM) + (c2 - 0.5 * s2)) + eCosM * (c2 - (5.0 / 3) * s2));
    }

    /** sin d for |d| &lt;= 1.001e-3 (the series' correction), to below 1e-20 with three terms. */
    static double sinTiny(double d) {
        double d2 = d * d;
        return d * (1 - d2 * (1.0 / 6 - d2 * (1.0 / 120)));
    }

    /** cos d for |d| &lt;= 1.001e-3, to below 1e-20 with three terms. */
    static double cosTiny(double d) {
        double d2 = d * d;
        return 1 - d2 * (0.5 - d2 * (1.0 / 24));
    }

    /**
     * Eccentric anomaly E (rad, in [0, 2 pi) up to rounding) for mean anomaly M and eccentricity e.
     *
     * @param meanAnomaly mean anomaly (rad), any finite value
     * @param e eccentricity in [0, 1)
     * @return eccentric anomaly (rad)
     * @throws IllegalArgumentException if e is outside [0, 1) or M is not finite
     */
    public static double eccentricAnomaly(double meanAnomaly, double e) {
        if (!(e >= 0 && e < 1)) {
            throw new IllegalArgumentException("eccentricity must be in [0, 1) for an elliptic orbit, found " + e);
        }
        if (!Double.isFinite(meanAnomaly)) {
            throw new IllegalArgumentException("mean anomaly must be finite, found " + meanAnomaly);
        }
        double m = reduce(meanAnomaly);
        double[] out = new double[3];
        solve(m, Math.sin(m), Math.cos(m), e, out);
        return out[0];
    }

    /** Reduces an angle to [0, 2 pi). */
    static double reduce(double angle) {
        double twoPi = 2 * Math.PI;
        double r = angle - twoPi * Math.floor(angle / twoPi);
        return r >= twoPi ? 0.0 : r;
    }
}
