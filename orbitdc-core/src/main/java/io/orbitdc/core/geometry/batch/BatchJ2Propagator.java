package io.orbitdc.core.geometry.batch;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.ExtendedPositionProvider;

/**
 * Propagates a whole fleet at once with first-order J2 secular theory and flags which
 * satellites are in the Earth's shadow.
 *
 * <p>Model (docs/models/batch-propagator.md): the mean node, argument of perigee and mean
 * anomaly drift linearly at the J2 secular rates (ref: vallado-2013 ch. 9; brouwer-1959),
 * a, e and i stay constant, and the position is the Keplerian position of those mean elements.
 * Short-period J2 terms (a few km) are ignored, as are drag, third bodies and higher harmonics.
 * The J2 axis is the z axis of the given inertial frame (EME2000/GCRF: the 0.3 deg precession
 * of the true pole since J2000 is ignored). Valid for elliptic LEO-to-GEO orbits over days to
 * weeks; position error grows with time from the neglected effects.
 *
 * <p>Memory is O(satellites): elements, rates and the caller's {@link FleetPositions}. Each
 * satellite is computed independently by the same arithmetic, in fixed blocks, so the result is
 * bit-identical for any number of threads. One Sun position per step serves all satellites.
 * Instances are immutable and may be shared; a step's outputs go to the caller's buffer.
 */
public final class BatchJ2Propagator {

    /** Satellites per parallel block; fixed so the split never depends on the thread count. */
    static final int BLOCK = 1024;
    /** Length of the work array {@link #position(int, double, double[])} needs. */
    public static final int WORK = 9;
    /** Fewest satellites for which {@link #positions} takes the vectorised block path. */
    static final int MIN_BLOCK = 64;

    private final int n;
    private final double[] a;
    private final double[] e;
    private final double[] semiMinor;
    private final double[] cosI;
    private final double[] sinI;
    private final double[] raan0;
    private final double[] argp0;
    private final double[] m0;
    private final double[] raanRate;
    private final double[] argpRate;
    private final double[] mRate;
    /** Circular orbits' in-plane angle u = omega + M at the epoch and its rate (same sums as the scalar path). */
    private final double[] u0;
    private final double[] uRate;
    /** Number of circular (e = 0) and of near-circular (0 &lt; e &lt;= 1e-3) satellites before index k. */
    private final int[] circularBefore;
    private final int[] nearBefore;
    /**
     * Number of satellites j &lt; k, j &gt;= 1, whose three secular rates are bit for bit those of
     * satellite j - 1 (satellites of one shell share a, e and i, hence their rates).
     */
    private final int[] sameRatesBefore;
    /**
     * Near-circular satellites' angles at the epoch as (sine, cosine) pairs, from which the path
     * rotates by rate × t: the in-plane angle lambda = omega + M, the eccentricity vector
     * (e sin omega, e cos omega) and the node; and a·beta with beta = 1/(1 + eta). Null when the
     * fleet has no near-circular satellite; entries of other satellites are unused.
     */
    private final double[] sinL0;
    private final double[] cosL0;
    private final double[] eySin0;
    private final double[] exCos0;
    private final double[] sinN0;
    private final double[] cosN0;
    private final double[] aBeta;
    /** Largest |angle at epoch| and |rate| over the fleet, for a whole-fleet reduction-range bound. */
    private final double maxAngle;
    private final double maxRate;
    /** Scratch of the block path, one per thread (never shared between threads). */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private final EarthJ2 earth;
    private final AbsoluteDate epoch;
    private final Frame frame;
    private final ExtendedPositionProvider sun;
    private final ShadowModel shadowModel;
    private final FleetWorkers workers;

    /**
     * @param elements mean elements at {@code epoch}, expressed in {@code frame}
     * @param earth gravity constants (use {@link EarthJ2#EARTH} unless matching another model)
     * @param epoch epoch of the elements; step times are seconds after it
     * @param frame Earth-centred inertial frame of elements and outputs (EME2000 or GCRF)
     * @param sun Sun position provider, called once per step (e.g. Orekit's
     *            AnalyticalSolarPositionProvider)
     * @param shadowModel shadow geometry for the flag
     * @param workers threads to run on (not closed by this class)
     */
    public BatchJ2Propagator(FleetElements elements, EarthJ2 earth, AbsoluteDate epoch, Frame frame,
                             ExtendedPositionProvider sun, ShadowModel shadowModel, FleetWorkers workers) {
        Objects.requireNonNull(elements, "elements");
        this.earth = Objects.requireNonNull(earth, "earth");
        this.epoch = Objects.requireNonNull(epoch, "epoch");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.sun = Objects.requireNonNull(sun, "sun");
        this.shadowModel = Objects.requireNonNull(shadowModel, "shadowModel");
        this.workers = Objects.requireNonNull(workers, "workers");
        if (!frame.isPseudoInertial()) {
            throw new IllegalArgumentException("frame must be inertial (EME2000/GCRF), found " + frame.getName());
        }
        n = elements.size();
        a = new double[n];
        e = new double[n];
        semiMinor = new double[n];
        cosI = new double[n];
        sinI = new double[n];
        raan0 = new double[n];
        argp0 = new double[n];
        m0 = new double[n];
        raanRate = new double[n];
        argpRate = new double[n];
        mRate = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = elements.semiMajorAxisM(k);
            e[k] = elements.eccentricity(k);
            double eta = Math.sqrt(1 - e[k] * e[k]);
            semiMinor[k] = a[k] * eta;
            cosI[k] = Math.cos(elements.inclination(k));
            sinI[k] = Math.sin(elements.inclination(k));
            raan0[k] = elements.raan(k);
            argp0[k] = elements.argumentOfPerigee(k);
            m0[k] = elements.meanAnomaly(k);
            // ref: vallado-2013 ch. 9 (first-order J2 secular rates of mean elements)
            double meanMotion = Math.sqrt(earth.muM3PerS2() / (a[k] * a[k] * a[k]));
            double p = a[k] * eta * eta;
            double k2 = 1.5 * earth.j2() * (earth.equatorialRadiusM() / p) * (earth.equatorialRadiusM() / p);
            double c2 = cosI[k] * cosI[k];
            raanRate[k] = -k2 * meanMotion * cosI[k];
            argpRate[k] = 0.5 * k2 * meanMotion * (5 * c2 - 1);
            mRate[k] = meanMotion * (1 + 0.5 * k2 * eta * (3 * c2 - 1));
        }
        u0 = new double[n];
        uRate = new double[n];
        circularBefore = new int[n + 1];
        nearBefore = new int[n + 1];
        double angle = 0;
        double rate = 0;
        for (int k = 0; k < n; k++) {
            u0[k] = argp0[k] + m0[k];
            uRate[k] = argpRate[k] + mRate[k];
            circularBefore[k + 1] = circularBefore[k] + (e[k] == 0 ? 1 : 0);
            nearBefore[k + 1] = nearBefore[k] + (e[k] > 0 && e[k] <= KeplerSolver.NEAR_CIRCULAR ? 1 : 0);
            angle = Math.max(angle, Math.max(Math.max(Math.abs(u0[k]), Math.abs(m0[k])),
                    Math.max(Math.abs(argp0[k]), Math.abs(raan0[k]))));
            rate = Math.max(rate, Math.max(Math.max(Math.abs(uRate[k]), Math.abs(mRate[k])),
                    Math.max(Math.abs(argpRate[k]), Math.abs(raanRate[k]))));
        }
        maxAngle = angle;
        maxRate = rate;
        sameRatesBefore = new int[n + 1];
        for (int k = 0; k < n; k++) {
            boolean same = k >= 1 && sameBits(uRate[k], uRate[k - 1]) && sameBits(argpRate[k], argpRate[k - 1])
                    && sameBits(raanRate[k], raanRate[k - 1]);
            sameRatesBefore[k + 1] = sameRatesBefore[k] + (same ? 1 : 0);
        }
        boolean anyNear = nearBefore[n] > 0;
        boolean anyRotated = anyNear || circularBefore[n] > 0;
        sinL0 = anyRotated ? new double[n] : null;
        cosL0 = anyRotated ? new double[n] : null;
        eySin0 = anyNear ? new double[n] : null;
        exCos0 = anyNear ? new double[n] : null;
        sinN0 = anyRotated ? new double[n] : null;
        cosN0 = anyRotated ? new double[n] : null;
        aBeta = anyNear ? new double[n] : null;
        for (int k = 0; anyRotated && k < n; k++) {
            // StrictMath: the epoch values must be the same on every JVM and compilation tier
            sinL0[k] = StrictMath.sin(u0[k]);
            cosL0[k] = StrictMath.cos(u0[k]);
            sinN0[k] = StrictMath.sin(raan0[k]);
            cosN0[k] = StrictMath.cos(raan0[k]);
        }
        for (int k = 0; anyNear && k < n; k++) {
            eySin0[k] = e[k] * StrictMath.sin(argp0[k]);
            exCos0[k] = e[k] * StrictMath.cos(argp0[k]);
            aBeta[k] = a[k] / (1 + Math.sqrt(1 - e[k] * e[k]));
        }
    }

    private static boolean sameBits(double p, double q) {
        return Double.doubleToRawLongBits(p) == Double.doubleToRawLongBits(q);
    }

    /** @return number of satellites */
    public int size() {
        return n;
    }

    /** @return epoch of the elements */
    public AbsoluteDate epoch() {
        return epoch;
    }

    /** @return the inertial frame of the elements and outputs */
    public Frame frame() {
        return frame;
    }

    /** @param k satellite index @return secular node rate dOmega/dt (rad/s) */
    public double raanRate(int k) {
        return raanRate[k];
    }

    /** @param k satellite index @return secular perigee rate domega/dt (rad/s) */
    public double argumentOfPerigeeRate(int k) {
        return argpRate[k];
    }

    /** @param k satellite index @return secular mean-anomaly rate dM/dt (rad/s), mean motion included */
    public double meanAnomalyRate(int k) {
        return mRate[k];
    }

    /**
     * Writes the positions and shadow flags of all satellites at {@code timeS} seconds after the
     * epoch into {@code out}.
     *
     * @param timeS seconds since the epoch (may be negative), finite
     * @param out buffers sized for this fleet
     */
    public void propagate(double timeS, FleetPositions out) {
        if (!Double.isFinite(timeS)) {
            throw new IllegalArgumentException("step time must be finite seconds since epoch, found " + timeS);
        }
        if (out.size() != n) {
            throw new IllegalArgumentException("output buffer holds " + out.size() + " satellites, fleet has " + n);
        }
        Vector3D s = sun.getPosition(epoch.shiftedBy(timeS), frame);
        ShadowCone cone = new ShadowCone(shadowModel, earth.equatorialRadiusM(), s.getX(), s.getY(), s.getZ());
        double[] x = out.x();
        double[] y = out.y();
        double[] z = out.z();
        byte[] flag = out.shadow();
        workers.forEachBlock(n, BLOCK, (b, from, to) -> propagateRange(timeS, cone, from, to, x, y, z, flag));
        out.markStep(timeS, s.getX(), s.getY(), s.getZ());
    }

    private void propagateRange(double t, ShadowCone cone, int from, int to,
                                double[] x, double[] y, double[] z, byte[] flag) {
        blocks(from, to, t, x, y, z, from);
        // a second pass over the block while it is in L1: keeps the position loop free of the
        // shadow test's branches
        for (int k = from; k < to; k++) {
            flag[k] = cone.classify(x[k], y[k], z[k]);
        }
    }

    /**
     * Positions of satellites [from, to) at {@code timeS}, written to index {@code k - from} of
     * the arrays, on the calling thread and without the Sun or shadow flags: for scans that split
     * the fleet between threads and evaluate their own event functions.
     */
    public void positions(double timeS, int from, int to, double[] x, double[] y, double[] z) {
        if (from < 0 || to > n || from > to) {
            throw new IndexOutOfBoundsException("satellites [" + from + ", " + to + ") of a fleet of " + n);
        }
        blocks(from, to, timeS, x, y, z, 0);
    }

    /**
     * Positions of satellites [from, to) at t into x, y, z at index {@code outAt + k - from}:
     * runs of at most {@link SinCosBlock#MAX} satellites that are all circular or all
     * near-circular take the vectorised block path, anything else the scalar {@link #kernel};
     * both give the same bits.
     */
    private void blocks(int from, int to, double t, double[] x, double[] y, double[] z, int outAt) {
        // a few satellites at a time (the event scan hands threads ~10) are cheaper scalar: each
        // of the block path's ~40 loops has a fixed cost that only long runs amortise
        boolean inRange = to - from >= MIN_BLOCK && maxAngle + maxRate * Math.abs(t) <= 0.5 * SinCos.LIMIT;
        for (int b = from; b < to; b += SinCosBlock.MAX) {
            int end = Math.min(to, b + SinCosBlock.MAX);
            int count = end - b;
            int at = outAt + b - from;
            if (inRange && circularBefore[end] - circularBefore[b] == count) {
                circularBlock(scratch.get(), b, count, t, x, y, z, at);
            } else if (inRange && nearBefore[end] - nearBefore[b] == count) {
                nearCircularBlock(scratch.get(), b, count, t, x, y, z, at);
            } else {
                kernel(b, end, t, x, at, y, at, z, at);
            }
        }
    }

    /** Scratch arrays of the block path (one set per thread). */
    private static final class Scratch {
        final SinCosBlock sinCos = new SinCosBlock();
        final double[] s1 = new double[SinCosBlock.MAX];
        final double[] c1 = new double[SinCosBlock.MAX];
        final double[] s2 = new double[SinCosBlock.MAX];
        final double[] c2 = new double[SinCosBlock.MAX];
        final double[] xn = new double[SinCosBlock.MAX];
        final double[] yn = new double[SinCosBlock.MAX];
        final double[] tmp = new double[SinCosBlock.MAX];
        final double[] p = new double[SinCosBlock.MAX];
        final double[] q = new double[SinCosBlock.MAX];
        final double[] sc = new double[2];
    }

    // The block paths below repeat the scalar kernel's expressions in the same order, one short
    // loop per step so that C2 vectorises each (see SinCosBlock for why the loops are short).

    /**
     * The circular block: the epoch's (sine, cosine) of the argument of latitude u and of the node
     * rotated by rate × t ({@link #rotateBlock}: one sine and cosine for a block sharing its
     * rates), then the node-frame position a(cos u, sin u) and the node rotation.
     */
    private void circularBlock(Scratch w, int from, int n, double t, double[] x, double[] y, double[] z, int at) {
        boolean uniform = sameRatesBefore[from + n] - sameRatesBefore[from + 1] == n - 1;
        double[] su = w.s1;
        double[] cu = w.c1;
        rotateBlock(w, from, n, t, uRate, sinL0, cosL0, su, cu, uniform);
        double[] xn = w.xn;
        double[] yn = w.yn;
        for (int j = 0; j < n; j++) {
            xn[j] = a[from + j] * cu[j];
        }
        for (int j = 0; j < n; j++) {
            yn[j] = a[from + j] * su[j];
        }
        double[] so = w.s2;
        double[] co = w.c2;
        rotateBlock(w, from, n, t, raanRate, sinN0, cosN0, so, co, uniform);
        toInertial(w.tmp, xn, yn, so, co, from, n, x, y, z, at);
    }

    /**
     * The near-circular block: each angle's (sine, cosine) at the epoch rotated by rate × t
     * ({@link #rotateBlock}), Kepler's equation by the series in the eccentricity vector, the
     * node-frame position by the equinoctial formulas, then the node rotation; the arithmetic of
     * {@link #nearCircular}, loop by loop.
     */
    private void nearCircularBlock(Scratch w, int from, int n, double t, double[] x, double[] y, double[] z, int at) {
        // a shell's satellites share their rates: one sine and cosine of each rate x t for the block
        boolean uniform = sameRatesBefore[from + n] - sameRatesBefore[from + 1] == n - 1;
        double[] sl = w.s1;
        double[] cl = w.c1;
        double[] ey = w.s2;
        double[] ex = w.c2;
        rotateBlock(w, from, n, t, uRate, sinL0, cosL0, sl, cl, uniform);
        rotateBlock(w, from, n, t, argpRate, eySin0, exCos0, ey, ex, uniform);
        eccentricCorrection(w, n, sl, cl, ey, ex);
        double[] sd = w.xn;
        double[] cd = w.yn;
        // F = lambda + (E - M) = omega + E, the eccentric longitude
        double[] sf = w.p;
        double[] cf = w.q;
        for (int j = 0; j < n; j++) {
            sf[j] = sl[j] * cd[j] + cl[j] * sd[j];
        }
        for (int j = 0; j < n; j++) {
            cf[j] = cl[j] * cd[j] - sl[j] * sd[j];
        }
        double[] eSinE = w.tmp;
        for (int j = 0; j < n; j++) {
            eSinE[j] = sf[j] * ex[j] - cf[j] * ey[j];
        }
        double[] xn = sl;
        double[] yn = cl;
        for (int j = 0; j < n; j++) {
            xn[j] = a[from + j] * (cf[j] - ex[j]) + aBeta[from + j] * eSinE[j] * ey[j];
        }
        for (int j = 0; j < n; j++) {
            yn[j] = a[from + j] * (sf[j] - ey[j]) - aBeta[from + j] * eSinE[j] * ex[j];
        }
        double[] so = w.xn;
        double[] co = w.yn;
        rotateBlock(w, from, n, t, raanRate, sinN0, cosN0, so, co, uniform);
        toInertial(w.tmp, xn, yn, so, co, from, n, x, y, z, at);
    }

    /**
     * sin and cos of d = E − M for n entries, into w.xn and w.yn (w.tmp holds d): e sin M and
     * e cos M from the in-plane angle (sl, cl) and the eccentricity vector (ey, ex), then
     * {@link KeplerSolver#eccentricSeries} and the tiny-angle sine and cosine, one short loop per
     * step so the JIT vectorises each; shared by the block path (n satellites at one time) and
     * {@link #nearCircularRun} (one satellite at n times).
     */
    private static void eccentricCorrection(Scratch w, int n, double[] sl, double[] cl, double[] ey, double[] ex) {
        double[] es = w.xn;
        double[] ec = w.yn;
        for (int j = 0; j < n; j++) {
            es[j] = ex[j] * sl[j] - ey[j] * cl[j];
        }
        for (int j = 0; j < n; j++) {
            ec[j] = ex[j] * cl[j] + ey[j] * sl[j];
        }
        double[] d = w.tmp;
        for (int j = 0; j < n; j++) {
            d[j] = KeplerSolver.eccentricSeries(es[j], ec[j]);
        }
        for (int j = 0; j < n; j++) {
            es[j] = KeplerSolver.sinTiny(d[j]);
        }
        for (int j = 0; j < n; j++) {
            ec[j] = KeplerSolver.cosTiny(d[j]);
        }
    }

    /**
     * (sin, cos) of angle0 + rate × t into s, c for satellites [from, from + n): the epoch's
     * (sin0, cos0) rotated by the sine and cosine of rate × t, which are computed once when the
     * block shares one rate ({@code uniform}) and by {@link SinCosBlock} otherwise.
     */
    private static void rotateBlock(Scratch w, int from, int n, double t, double[] rate, double[] sin0,
                                    double[] cos0, double[] s, double[] c, boolean uniform) {
        if (uniform) {
            SinCos.of(rate[from] * t, w.sc, 0);
            double st = w.sc[0];
            double ct = w.sc[1];
            for (int j = 0; j < n; j++) {
                s[j] = sin0[from + j] * ct + cos0[from + j] * st;
            }
            for (int j = 0; j < n; j++) {
                c[j] = cos0[from + j] * ct - sin0[from + j] * st;
            }
            return;
        }
        double[] angle = w.p;
        double[] st = w.q;
        double[] ct = w.tmp;
        for (int j = 0; j < n; j++) {
            angle[j] = rate[from + j] * t;
        }
        w.sinCos.of(n, angle, st, ct);
        for (int j = 0; j < n; j++) {
            s[j] = sin0[from + j] * ct[j] + cos0[from + j] * st[j];
        }
        for (int j = 0; j < n; j++) {
            c[j] = cos0[from + j] * ct[j] - sin0[from + j] * st[j];
        }
    }

    /** Node-frame (xn, yn) to inertial x, y, z by the inclination and the node (sine so, cosine co). */
    private void toInertial(double[] yi, double[] xn, double[] yn, double[] so, double[] co, int from, int n,
                            double[] x, double[] y, double[] z, int at) {
        for (int j = 0; j < n; j++) {
            yi[j] = yn[j] * cosI[from + j];
        }
        for (int j = 0; j < n; j++) {
            x[at + j] = xn[j] * co[j] - yi[j] * so[j];
        }
        for (int j = 0; j < n; j++) {
            y[at + j] = xn[j] * so[j] + yi[j] * co[j];
        }
        for (int j = 0; j < n; j++) {
            z[at + j] = yn[j] * sinI[from + j];
        }
    }

    /**
     * One satellite's inertial position at {@code t} seconds after the epoch, by the same
     * arithmetic as {@link #propagate}, for callers that evaluate satellites one at a time.
     * Thread-safe: all state is in {@code work}.
     *
     * @param k satellite index
     * @param t seconds since the epoch, finite
     * @param work at least {@link #WORK} doubles; the position (m) is written to work[0..2], the
     *             rest is scratch
     */
    public void position(int k, double t, double[] work) {
        kernel(k, k + 1, t, work, 0, work, 1, work, 2);
    }

    /**
     * Positions of satellites [from, to) at {@code t}: satellite k's x goes to
     * {@code x[xo + k - from]}, likewise y and z. One loop with every angle's sine and cosine in
     * registers (no scratch array between the steps, so the JIT keeps the loop body in one
     * compiled unit). Circular and near-circular satellites: the epoch's angles rotated by
     * rate × t ({@link #circularBlock}, {@link #nearCircular}); {@link #positionGeneral}, with the
     * sines of the angles themselves, serves eccentric orbits (e &gt; 1e-3) and angles beyond
     * {@link SinCos}'s reduction range.
     */
    private void kernel(int from, int to, double t, double[] x, int xo, double[] y, int yo, double[] z, int zo) {
        double[] work = null;
        for (int k = from; k < to; k++) {
            double ek = e[k];
            if (ek == 0) {
                // circular: the argument of latitude u = omega + M and the node at the epoch,
                // rotated by rate x t (the block path's arithmetic, see circularBlock)
                double tu = uRate[k] * t;
                double tn = raanRate[k] * t;
                if (!SinCos.inRange(tu) || !SinCos.inRange(tn)) {
                    work = general(k, t, work, x, xo + k - from, y, yo + k - from, z, zo + k - from);
                    continue;
                }
                double ku = SinCos.quadrant(tu);
                double ru = SinCos.reduce(tu, ku);
                double su = SinCos.sinSmall(ru);
                double cu = SinCos.cosSmall(ru);
                double stu = SinCos.sinOfQuadrant(su, cu, ku);
                double ctu = SinCos.cosOfQuadrant(su, cu, ku);
                double xn = a[k] * (cosL0[k] * ctu - sinL0[k] * stu);
                double yn = a[k] * (sinL0[k] * ctu + cosL0[k] * stu);
                double kn = SinCos.quadrant(tn);
                double rn = SinCos.reduce(tn, kn);
                double sn = SinCos.sinSmall(rn);
                double cn = SinCos.cosSmall(rn);
                double stn = SinCos.sinOfQuadrant(sn, cn, kn);
                double ctn = SinCos.cosOfQuadrant(sn, cn, kn);
                double so = sinN0[k] * ctn + cosN0[k] * stn;
                double co = cosN0[k] * ctn - sinN0[k] * stn;
                double yi = yn * cosI[k];
                x[xo + k - from] = xn * co - yi * so;
                y[yo + k - from] = xn * so + yi * co;
                z[zo + k - from] = yn * sinI[k];
            } else if (ek <= KeplerSolver.NEAR_CIRCULAR) {
                // near-circular: the epoch's angles rotated by rate x t (see nearCircular)
                double tl = uRate[k] * t;
                double tw = argpRate[k] * t;
                double tn = raanRate[k] * t;
                if (!SinCos.inRange(tl) || !SinCos.inRange(tw) || !SinCos.inRange(tn)) {
                    work = work != null ? work : new double[WORK];
                    SinCos.of(tl, work, 0);
                    SinCos.of(tw, work, 2);
                    SinCos.of(tn, work, 4);
                    nearCircular(k, work[0], work[1], work[2], work[3], work[4], work[5],
                            x, xo + k - from, y, yo + k - from, z, zo + k - from);
                    continue;
                }
                double kl = SinCos.quadrant(tl);
                double rl = SinCos.reduce(tl, kl);
                double sl = SinCos.sinSmall(rl);
                double cl = SinCos.cosSmall(rl);
                double kw = SinCos.quadrant(tw);
                double rw = SinCos.reduce(tw, kw);
                double sw = SinCos.sinSmall(rw);
                double cw = SinCos.cosSmall(rw);
                double kn = SinCos.quadrant(tn);
                double rn = SinCos.reduce(tn, kn);
                double sn = SinCos.sinSmall(rn);
                double cn = SinCos.cosSmall(rn);
                nearCircular(k, SinCos.sinOfQuadrant(sl, cl, kl), SinCos.cosOfQuadrant(sl, cl, kl),
                        SinCos.sinOfQuadrant(sw, cw, kw), SinCos.cosOfQuadrant(sw, cw, kw),
                        SinCos.sinOfQuadrant(sn, cn, kn), SinCos.cosOfQuadrant(sn, cn, kn),
                        x, xo + k - from, y, yo + k - from, z, zo + k - from);
            } else {
                work = general(k, t, work, x, xo + k - from, y, yo + k - from, z, zo + k - from);
            }
        }
    }

    /**
     * Near-circular satellite k (0 &lt; e &lt;= 1e-3) from the sines and cosines of the angles its
     * rates sweep in t (in-plane angle, perigee, node): each angle's (sine, cosine) at the epoch
     * rotated by them; with the eccentricity vector (k, h) = (e cos omega, e sin omega), e sin M and
     * e cos M from lambda = omega + M, E - M by {@link KeplerSolver#eccentricSeries}, the
     * eccentric longitude F = omega + E, and the node-frame position by the equinoctial formulas
     * (ref: broucke-cefola-1972) X = a (cos F - k) + a beta h (e sin E), Y = a (sin F - h) -
     * a beta k (e sin E), e sin E = k sin F - h cos F, beta = 1/(1 + sqrt(1 - e^2)). Needs no
     * sine or cosine of omega + rate x t beyond the rotation, and no division.
     */
    private void nearCircular(int k, double stl, double ctl, double stw, double ctw, double stn, double ctn,
                              double[] x, int xi, double[] y, int yi, double[] z, int zi) {
        double sl = sinL0[k] * ctl + cosL0[k] * stl;
        double cl = cosL0[k] * ctl - sinL0[k] * stl;
        double ey = eySin0[k] * ctw + exCos0[k] * stw;
        double ex = exCos0[k] * ctw - eySin0[k] * stw;
        double so = sinN0[k] * ctn + cosN0[k] * stn;
        double co = cosN0[k] * ctn - sinN0[k] * stn;
        nearCircularAt(k, sl, cl, ey, ex, so, co, x, xi, y, yi, z, zi);
    }

    /**
     * Near-circular satellite k's position from its angles at t, already rotated: (sl, cl) of the
     * in-plane angle lambda, the eccentricity vector (ey, ex) = (e sin omega, e cos omega) and (so, co)
     * of the node; the arithmetic of {@link #nearCircular} after its rotations.
     */
    private void nearCircularAt(int k, double sl, double cl, double ey, double ex, double so, double co,
                                double[] x, int xi, double[] y, int yi, double[] z, int zi) {
        double es = ex * sl - ey * cl;
        double ec = ex * cl + ey * sl;
        double d = KeplerSolver.eccentricSeries(es, ec);
        double sd = KeplerSolver.sinTiny(d);
        double cd = KeplerSolver.cosTiny(d);
        double sf = sl * cd + cl * sd;
        double cf = cl * cd - sl * sd;
        double eSinE = sf * ex - cf * ey;
        double xn = a[k] * (cf - ex) + aBeta[k] * eSinE * ey;
        double yn = a[k] * (sf - ey) - aBeta[k] * eSinE * ex;
        double yii = yn * cosI[k];
        x[xi] = xn * co - yii * so;
        y[yi] = xn * so + yii * co;
        z[zi] = yn * sinI[k];
    }

    /** The general path of {@link #kernel} for one satellite; returns the (lazily made) scratch array. */
    private double[] general(int k, double t, double[] work, double[] x, int xi, double[] y, int yi, double[] z, int zi) {
        double[] w = work != null ? work : new double[WORK];
        positionGeneral(k, t, w);
        x[xi] = w[0];
        y[yi] = w[1];
        z[zi] = w[2];
        return w;
    }

    /** One satellite by any path: Kepler's equation solved for any e, {@link SinCos} with its fallback. */
    private void positionGeneral(int k, double t, double[] work) {
        // work[3..8]: sin/cos pairs of the angles
        double xn;
        double yn;
        if (e[k] == 0) {
            // circular: the in-plane angle is the argument of latitude u = omega + M
            SinCos.of(argp0[k] + m0[k] + (argpRate[k] + mRate[k]) * t, work, 3);
            xn = a[k] * work[4];
            yn = a[k] * work[3];
        } else {
            double m = m0[k] + mRate[k] * t;
            SinCos.of(m, work, 3);
            // {E, sin E, cos E} into work[0..2], read before the position overwrites them
            KeplerSolver.solve(m, work[3], work[4], e[k], work);
            // perifocal coordinates, then rotation by the argument of perigee into the node frame
            double xp = a[k] * (work[2] - e[k]);
            double yp = semiMinor[k] * work[1];
            SinCos.of(argp0[k] + argpRate[k] * t, work, 5);
            xn = xp * work[6] - yp * work[5];
            yn = xp * work[5] + yp * work[6];
        }
        SinCos.of(raan0[k] + raanRate[k] * t, work, 7);
        double so = work[7];
        double co = work[8];
        double yi = yn * cosI[k];
        work[0] = xn * co - yi * so;
        work[1] = xn * so + yi * co;
        work[2] = yn * sinI[k];
    }

    /** @return whether satellites [from, to) are all near-circular (0 &lt; e &lt;= 1e-3), the orbits {@link #nearCircularRun} takes */
    public boolean nearCircular(int from, int to) {
        if (from < 0 || to > n || from > to) {
            throw new IndexOutOfBoundsException("satellites [" + from + ", " + to + ") of a fleet of " + n);
        }
        return nearBefore[to] - nearBefore[from] == to - from;
    }

    /**
     * Near-circular satellite {@code k}'s inertial positions at t0 + j·dt, j = 0 … count − 1, into
     * x[j], y[j], z[j]: the three angles' (sine, cosine) are taken at t0 as {@link #positions} takes
     * them, then advanced step by step by the fixed rotation each angle's rate sweeps in dt; each
     * step is then {@link #nearCircular}'s series and equinoctial formulas. A step costs ~60 flops
     * and no sine, against three sines and cosines by {@link #positions}. The rotation adds
     * ~2 ulp of angle a step, so a run of 256 steps stays within ~1e-13 rad (~1 µm at LEO) of
     * {@link #positions}; callers start every run afresh (NearCircularRunValidationTest bounds the
     * difference over a year). Thread-safe.
     *
     * @throws IllegalArgumentException if satellite k is not near-circular
     */
    public void nearCircularRun(int k, double t0, double dt, int count, double[] x, double[] y, double[] z) {
        if (!nearCircular(k, k + 1)) {
            throw new IllegalArgumentException("satellite " + k + " has e = " + e[k] + "; a near-circular run needs 0 < e <= "
                    + KeplerSolver.NEAR_CIRCULAR);
        }
        double[] w = new double[12];
        SinCos.of(uRate[k] * t0, w, 0);
        SinCos.of(argpRate[k] * t0, w, 2);
        SinCos.of(raanRate[k] * t0, w, 4);
        SinCos.of(uRate[k] * dt, w, 6);
        SinCos.of(argpRate[k] * dt, w, 8);
        SinCos.of(raanRate[k] * dt, w, 10);
        // the angles at t0, then their per-step increments (sine, cosine)
        double sl = sinL0[k] * w[1] + cosL0[k] * w[0];
        double cl = cosL0[k] * w[1] - sinL0[k] * w[0];
        double ey = eySin0[k] * w[3] + exCos0[k] * w[2];
        double ex = exCos0[k] * w[3] - eySin0[k] * w[2];
        double so = sinN0[k] * w[5] + cosN0[k] * w[4];
        double co = cosN0[k] * w[5] - sinN0[k] * w[4];
        double sdl = w[6];
        double cdl = w[7];
        double sdw = w[8];
        double cdw = w[9];
        double sdn = w[10];
        double cdn = w[11];
        Scratch sc = scratch.get();
        double[] rs = sc.s1;
        double[] rc = sc.c1;
        double[] rey = sc.s2;
        double[] rex = sc.c2;
        double[] rso = sc.p;
        double[] rco = sc.q;
        for (int done = 0; done < count; done += SinCosBlock.MAX) {
            int m = Math.min(SinCosBlock.MAX, count - done);
            // the rotations first (three short dependency chains), then the positions in loops
            // without any dependency between steps, which the JIT pipelines and vectorises
            for (int j = 0; j < m; j++) {
                rs[j] = sl;
                rc[j] = cl;
                rey[j] = ey;
                rex[j] = ex;
                rso[j] = so;
                rco[j] = co;
                double s1 = sl * cdl + cl * sdl;
                cl = cl * cdl - sl * sdl;
                sl = s1;
                double s2 = ey * cdw + ex * sdw;
                ex = ex * cdw - ey * sdw;
                ey = s2;
                double s3 = so * cdn + co * sdn;
                co = co * cdn - so * sdn;
                so = s3;
            }
            positionsAt(sc, k, m, rs, rc, rey, rex, rso, rco, x, y, z, done);
        }
    }

    /**
     * {@link #nearCircularAt} for m steps of satellite k whose rotated angles are in the arrays,
     * loop by loop (the same operations in the same order, so the same bits), into x, y, z from
     * index {@code at}. Overwrites the angle arrays and the scratch's other arrays.
     */
    private void positionsAt(Scratch w, int k, int m, double[] sl, double[] cl, double[] ey, double[] ex, double[] so,
                             double[] co, double[] x, double[] y, double[] z, int at) {
        eccentricCorrection(w, m, sl, cl, ey, ex);
        double[] sd = w.xn;
        double[] cd = w.yn;
        double ak = a[k];
        double bk = aBeta[k];
        double ci = cosI[k];
        double si = sinI[k];
        for (int j = 0; j < m; j++) {
            // F = lambda + (E - M), then e sin E and the node-frame position (see nearCircularAt)
            double sf = sl[j] * cd[j] + cl[j] * sd[j];
            double cf = cl[j] * cd[j] - sl[j] * sd[j];
            double eSinE = sf * ex[j] - cf * ey[j];
            double xn = ak * (cf - ex[j]) + bk * eSinE * ey[j];
            double yn = ak * (sf - ey[j]) - bk * eSinE * ex[j];
            double yi = yn * ci;
            x[at + j] = xn * co[j] - yi * so[j];
            y[at + j] = xn * so[j] + yi * co[j];
            z[at + j] = yn * si;
        }
    }

    /**
     * Satellite {@code k}'s inertial positions at t0 + j·dt, j = 0 … count − 1, for callers that
     * follow one satellite through consecutive steps: the angles are taken exactly at t0 and
     * advanced by rotation (sin/cos addition formulas with the fixed increment of each angle over
     * dt), which costs a few multiplications a step instead of three sines and cosines. Rounding
     * grows by ~1e-16 rad a step, so keep runs short (tens of steps) and start every run from the
     * same t0 for a given j if results must not depend on the path. Near-circular satellites
     * (0 &lt; e &lt;= 1e-3) take {@link #nearCircularRun}. Thread-safe.
     *
     * @param x receives the positions' x (m), count values; likewise y and z
     */
    public void track(int k, double t0, double dt, int count, double[] x, double[] y, double[] z) {
        if (nearCircular(k, k + 1)) {
            // the same rotation, with the near-circular series in place of Newton's iteration
            nearCircularRun(k, t0, dt, count, x, y, z);
            return;
        }
        double[] w = new double[12];
        // w[0..1] M or u (circular), w[2..3] omega, w[4..5] Omega, as sin/cos; w[6..11] the increments
        boolean circular = e[k] == 0;
        double inPlane0 = circular ? argp0[k] + m0[k] + (argpRate[k] + mRate[k]) * t0 : m0[k] + mRate[k] * t0;
        double inPlaneRate = circular ? argpRate[k] + mRate[k] : mRate[k];
        SinCos.of(inPlane0, w, 0);
        SinCos.of(argp0[k] + argpRate[k] * t0, w, 2);
        SinCos.of(raan0[k] + raanRate[k] * t0, w, 4);
        SinCos.of(inPlaneRate * dt, w, 6);
        SinCos.of(argpRate[k] * dt, w, 8);
        SinCos.of(raanRate[k] * dt, w, 10);
        double[] kepler = new double[3];
        for (int j = 0; j < count; j++) {
            double xn;
            double yn;
            if (circular) {
                xn = a[k] * w[1];
                yn = a[k] * w[0];
            } else {
                KeplerSolver.solve(m0[k] + mRate[k] * (t0 + j * dt), w[0], w[1], e[k], kepler);
                double xp = a[k] * (kepler[2] - e[k]);
                double yp = semiMinor[k] * kepler[1];
                xn = xp * w[3] - yp * w[2];
                yn = xp * w[2] + yp * w[3];
            }
            double yi = yn * cosI[k];
            x[j] = xn * w[5] - yi * w[4];
            y[j] = xn * w[4] + yi * w[5];
            z[j] = yn * sinI[k];
            rotate(w, 0, 6);
            rotate(w, 2, 8);
            rotate(w, 4, 10);
        }
    }

    /** (sin, cos) at w[at] advanced by the angle whose (sin, cos) is at w[by]. */
    private static void rotate(double[] w, int at, int by) {
        double s = w[at] * w[by + 1] + w[at + 1] * w[by];
        double c = w[at + 1] * w[by + 1] - w[at] * w[by];
        w[at] = s;
        w[at + 1] = c;
    }
}
