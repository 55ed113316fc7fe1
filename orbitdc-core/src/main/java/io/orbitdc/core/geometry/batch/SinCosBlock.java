package io.orbitdc.core.geometry.batch;

/**
 * {@link SinCos} for a block of angles at once, written so that HotSpot's C2 compiler turns each
 * loop into SIMD code (superword auto-vectorisation: 4 doubles per AVX2 or 8 per AVX-512
 * instruction), with results <b>bit-identical</b> to {@link SinCos#of} for the same angles.
 *
 * <p>Why it is split into many short loops: C2 (JDK 17) vectorises a counted loop only if it
 * can unroll it, and it declines to unroll a body of more than a few dozen IR nodes, so one loop
 * doing reduction, both polynomials and the quadrant fix-up stays scalar (measured: 26 ns per
 * satellite-step either way). Each loop below does one of those jobs over the block, with the
 * block's intermediate values in scratch arrays that stay in L1/L2 (1,024 doubles = 8 KiB each).
 *
 * <p>Why the arithmetic is identical to the scalar path: the nearest quadrant k = rint(x 2/pi) is
 * formed by adding and subtracting 1.5 · 2^52, which rounds to the nearest integer (ties to even,
 * as rint) for |x 2/pi| &lt; 2^51; the reduction and both polynomials are the same expressions in
 * the same order; the quadrant fix-up multiplies by cos(k pi/2), sin(k pi/2) in {-1, 0, 1} and
 * adds an exact zero, which reproduces the scalar select-and-negate exactly (up to the sign of a
 * zero result). {@code BatchJ2PropagatorTest} checks the equality on whole fleets.
 *
 * <p>Angles must be within the reduction range {@code |x| <= 1e5} rad (callers check a bound
 * for the whole block before using it). Instances hold scratch arrays: one per thread.
 */
final class SinCosBlock {

    /** Largest block; callers split longer ranges. */
    static final int MAX = 256;
    /** 1.5 · 2^52: adding and subtracting it rounds a double of magnitude &lt; 2^51 to an integer. */
    private static final double ROUND = 6755399441055744.0;

    private final double[] k = new double[MAX];
    private final double[] r = new double[MAX];
    private final double[] s = new double[MAX];
    private final double[] c = new double[MAX];
    private final double[] qa = new double[MAX];
    private final double[] qb = new double[MAX];

    /**
     * sin and cos of x_j = base[from + j] + rate[from + j] · t, j = 0 … n − 1, into sin[j], cos[j].
     * The angle is formed exactly as the scalar propagator forms it (one multiply, one add).
     */
    void of(int from, int n, double t, double[] base, double[] rate, double[] sin, double[] cos) {
        double[] kq = k;
        double[] rr = r;
        for (int j = 0; j < n; j++) {
            kq[j] = ((base[from + j] + rate[from + j] * t) * SinCos.TWO_OVER_PI + ROUND) - ROUND;
        }
        for (int j = 0; j < n; j++) {
            double kj = kq[j];
            rr[j] = (((base[from + j] + rate[from + j] * t) - kj * SinCos.PIO2_1) - kj * SinCos.PIO2_2)
                    - kj * SinCos.PIO2_TAIL;
        }
        finish(n, sin, cos);
    }

    /** sin and cos of angle[j], j = 0 … n − 1 (an angle already formed by the caller). */
    void of(int n, double[] angle, double[] sin, double[] cos) {
        double[] kq = k;
        double[] rr = r;
        for (int j = 0; j < n; j++) {
            kq[j] = (angle[j] * SinCos.TWO_OVER_PI + ROUND) - ROUND;
        }
        for (int j = 0; j < n; j++) {
            double kj = kq[j];
            rr[j] = ((angle[j] - kj * SinCos.PIO2_1) - kj * SinCos.PIO2_2) - kj * SinCos.PIO2_TAIL;
        }
        finish(n, sin, cos);
    }

    private void finish(int n, double[] sin, double[] cos) {
        double[] kq = k;
        double[] rr = r;
        double[] ss = s;
        double[] cc = c;
        for (int j = 0; j < n; j++) {
            ss[j] = SinCos.sinSmall(rr[j]);
        }
        for (int j = 0; j < n; j++) {
            cc[j] = SinCos.cosSmall(rr[j]);
        }
        // The quadrant's cos(k pi/2) and sin(k pi/2) by exact arithmetic on the integer k:
        // h = floor(k / 2) is k/2 - 1/4 rounded to the nearest integer (never a tie), k is odd
        // when k - 2h = 1, and the sign is - when h is odd. Five one-line loops (C2 vectorises
        // these but not one loop doing all of it).
        double[] half = qa;
        double[] odd = qb;
        double[] sign = rr;
        for (int j = 0; j < n; j++) {
            half[j] = ((kq[j] * 0.5 - 0.25) + ROUND) - ROUND;
        }
        for (int j = 0; j < n; j++) {
            odd[j] = kq[j] - 2 * half[j];
        }
        for (int j = 0; j < n; j++) {
            double h = half[j];
            sign[j] = 1 - 2 * (h - 2 * (((h * 0.5 - 0.25) + ROUND) - ROUND));
        }
        double[] a = kq;
        double[] b = qa;
        for (int j = 0; j < n; j++) {
            a[j] = (1 - odd[j]) * sign[j]; // cos(k pi/2)
        }
        for (int j = 0; j < n; j++) {
            b[j] = odd[j] * sign[j]; // sin(k pi/2)
        }
        for (int j = 0; j < n; j++) {
            sin[j] = ss[j] * a[j] + cc[j] * b[j];
        }
        for (int j = 0; j < n; j++) {
            cos[j] = cc[j] * a[j] - ss[j] * b[j];
        }
    }
}
