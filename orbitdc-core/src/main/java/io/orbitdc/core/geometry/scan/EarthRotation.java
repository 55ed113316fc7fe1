package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.orbit.Earth;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.frames.StaticTransform;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

/**
 * Earth-fixed to inertial rotation for a fleet scan, cheap enough to evaluate every step. The
 * rotation M(t) (Orekit's ITRF→inertial transform: precession, nutation, Earth rotation; no
 * polar motion without EOP) is the Earth's spin about the ITRF pole, Rz(Ω t), after a slowly
 * turning part A(t) = M(t)·Rz(−Ω t). A is taken from Orekit once a day ({@link #NODE_S}) and
 * interpolated entry by entry with a cubic through four days; the spin is exact at every step.
 *
 * <p>Error: A turns with precession (linear, interpolated exactly), nutation and the small
 * difference between Ω and the Earth-rotation-angle rate (linear too). For a nutation term of
 * amplitude a and angular frequency w the cubic's error is at most (9/16)/4!·(w h)⁴·a with
 * h = 1 d: the fortnightly term (13.66 d, 0.2″) gives 1e-9 rad, about 7 mm at a LEO satellite,
 * a thousandth of the zero polar motion's 1.5e-6 rad. EarthRotationTest checks 1e-8 rad against
 * Orekit over a year. Around a leap second (the four nodes' UTC−TAI offsets differ) the
 * interpolation would smear the Earth-rotation angle's one-second jump, so there every step
 * takes Orekit's transform. Not thread-safe: one instance per scan, used by the thread that
 * fills chunks.
 */
final class EarthRotation {

    /** Spacing of the nodes at which Orekit's full transform is taken, s. */
    static final double NODE_S = 86_400.0;
    /** Earth's rotation rate, rad/s. ref: nima-tr8350-2 */
    static final double OMEGA = Earth.ROTATION_RATE_RAD_PER_S;

    private final Frame itrf;
    private final Frame inertial;
    private final AbsoluteDate epoch;
    private final TimeScale utc;
    /** Row-major 3x3 matrix A at the current step: M(t) = A·Rz(phi). */
    private final double[] m = new double[9];
    /** Orekit's M at nodes n-1 .. n+2 (9 doubles each) and their UTC−TAI offsets, for interval n. */
    private final double[] nodeM = new double[36];
    private final double[] nodeOffset = new double[4];
    /** The same nodes' A with the spin counted from node n: M(t_i)·Rz(−Ω(t_i − t_n)). */
    private final double[] nodeA = new double[36];
    private long interval = Long.MIN_VALUE;
    private boolean leap;
    private double cos = 1;
    private double sin = 0;

    EarthRotation(OrekitDataSetup data, Frame inertial, AbsoluteDate epoch) {
        this.itrf = data.earth().getBodyFrame();
        this.inertial = inertial;
        this.epoch = epoch;
        this.utc = data.utc();
    }

    /** Moves to {@code t} seconds after the epoch. */
    void at(double t) {
        long n = (long) Math.floor(t / NODE_S);
        if (n != interval) {
            load(n);
        }
        if (leap) {
            itrfToInertial(itrf, inertial, epoch.shiftedBy(t), m, 0);
            cos = 1;
            sin = 0;
            return;
        }
        double u = t / NODE_S - n;
        // Lagrange weights of the nodes at u = -1, 0, 1, 2
        double w0 = -u * (u - 1) * (u - 2) / 6;
        double w1 = (u + 1) * (u - 1) * (u - 2) / 2;
        double w2 = -(u + 1) * u * (u - 2) / 2;
        double w3 = (u + 1) * u * (u - 1) / 6;
        for (int i = 0; i < 9; i++) {
            m[i] = w0 * nodeA[i] + w1 * nodeA[9 + i] + w2 * nodeA[18 + i] + w3 * nodeA[27 + i];
        }
        double phi = OMEGA * (t - n * NODE_S);
        cos = Math.cos(phi);
        sin = Math.sin(phi);
    }

    /** Takes nodes n-1 .. n+2 (reusing those already held) and their A for interval n. */
    private void load(long n) {
        long shift = n - interval;
        if (interval != Long.MIN_VALUE && shift > 0 && shift < 4) {
            System.arraycopy(nodeM, (int) (9 * shift), nodeM, 0, (int) (9 * (4 - shift)));
            System.arraycopy(nodeOffset, (int) shift, nodeOffset, 0, (int) (4 - shift));
            for (long i = 4 - shift; i < 4; i++) {
                node(n - 1 + i, (int) i);
            }
        } else {
            for (int i = 0; i < 4; i++) {
                node(n - 1 + i, i);
            }
        }
        interval = n;
        leap = nodeOffset[0] != nodeOffset[3];
        for (int i = 0; i < 4; i++) {
            // A_i = M_i · Rz(−Ω (t_i − t_n)), t_i − t_n = (i − 1) days
            double phi = -OMEGA * (i - 1) * NODE_S;
            double c = Math.cos(phi);
            double s = Math.sin(phi);
            for (int row = 0; row < 3; row++) {
                double a = nodeM[9 * i + 3 * row];
                double b = nodeM[9 * i + 3 * row + 1];
                nodeA[9 * i + 3 * row] = a * c + b * s;
                nodeA[9 * i + 3 * row + 1] = -a * s + b * c;
                nodeA[9 * i + 3 * row + 2] = nodeM[9 * i + 3 * row + 2];
            }
        }
    }

    private void node(long index, int slot) {
        AbsoluteDate date = epoch.shiftedBy(index * NODE_S);
        // straight from the precession-nutation series: through the frames' interpolation caches a
        // node a day would still make them generate their samples around it (hourly), which is
        // what the nodes are there to avoid; the two differ by ~1e-11 rad (EarthRotationTest)
        matrix(FramesFactory.getNonInterpolatingTransform(itrf, inertial, date), nodeM, 9 * slot);
        nodeOffset[slot] = utc.offsetFromTAI(date).toDouble();
    }

    /**
     * Writes the row-major ITRF→inertial matrix at {@code t} seconds after the epoch, M = A·Rz(Ω·Δt),
     * into out[off..off+8], for callers that tabulate it (moves this rotation to t).
     */
    void matrix(double t, double[] out, int off) {
        at(t);
        for (int row = 0; row < 3; row++) {
            double a = m[3 * row];
            double b = m[3 * row + 1];
            out[off + 3 * row] = a * cos + b * sin;
            out[off + 3 * row + 1] = -a * sin + b * cos;
            out[off + 3 * row + 2] = m[3 * row + 2];
        }
    }

    /** Earth-fixed (x, y, z) to inertial, written into out[off..off+2]. */
    void toInertial(double x, double y, double z, double[] out, int off) {
        double rx = cos * x - sin * y;
        double ry = sin * x + cos * y;
        out[off] = m[0] * rx + m[1] * ry + m[2] * z;
        out[off + 1] = m[3] * rx + m[4] * ry + m[5] * z;
        out[off + 2] = m[6] * rx + m[7] * ry + m[8] * z;
    }

    /** Inertial (x, y, z) to Earth-fixed, written into out[0..2]. */
    void toEarthFixed(double x, double y, double z, double[] out) {
        toEarthFixed(m, 0, cos, sin, x, y, z, out);
    }

    /**
     * Writes the row-major 3x3 ITRF→inertial matrix at {@code date} into m[off..off+8]: Orekit's
     * full transform (precession, nutation, Earth rotation; no polar motion without EOP).
     */
    static void itrfToInertial(Frame itrf, Frame inertial, AbsoluteDate date, double[] m, int off) {
        matrix(itrf.getStaticTransformTo(inertial, date), m, off);
    }

    /** Writes the row-major matrix of a transform's rotation into m[off..off+8]. */
    private static void matrix(StaticTransform tr, double[] m, int off) {
        // the ITRF axes expressed in the inertial frame are the matrix columns
        double[][] cols = {tr.transformVector(Vector3D.PLUS_I).toArray(), tr.transformVector(Vector3D.PLUS_J).toArray(),
            tr.transformVector(Vector3D.PLUS_K).toArray()};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[off + 3 * i + j] = cols[j][i];
            }
        }
    }

    /**
     * Inertial (x, y, z) to Earth-fixed with the reference matrix m[off..off+8] followed by the
     * Earth's spin (cos, sin of Ω·Δt) about the ITRF pole, written into out[0..2].
     */
    static void toEarthFixed(double[] m, int off, double cos, double sin, double x, double y, double z, double[] out) {
        double rx = m[off] * x + m[off + 3] * y + m[off + 6] * z;
        double ry = m[off + 1] * x + m[off + 4] * y + m[off + 7] * z;
        double rz = m[off + 2] * x + m[off + 5] * y + m[off + 8] * z;
        out[0] = cos * rx + sin * ry;
        out[1] = -sin * rx + cos * ry;
        out[2] = rz;
    }
}
