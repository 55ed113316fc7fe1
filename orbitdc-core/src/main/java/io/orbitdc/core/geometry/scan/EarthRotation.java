package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.orbit.Earth;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.StaticTransform;
import org.orekit.time.AbsoluteDate;

/**
 * Earth-fixed to inertial rotation for a fleet scan, cheap enough to evaluate every step: the
 * full Orekit ITRF→inertial transform (precession, nutation, Earth rotation) is taken at a
 * reference time and refreshed every {@link #REFRESH_S}; in between, only the Earth's spin about
 * the ITRF pole is added, which is exact to the neglected precession-nutation change over the
 * refresh interval (below 1e-7 rad over ten minutes). Without EOP files polar motion is zero.
 */
final class EarthRotation {

    /** How often the full transform is recomputed. */
    static final double REFRESH_S = 600.0;
    /** Earth's rotation rate, rad/s. ref: nima-tr8350-2 */
    static final double OMEGA = Earth.ROTATION_RATE_RAD_PER_S;

    private final Frame itrf;
    private final Frame inertial;
    private final AbsoluteDate epoch;
    /** Row-major 3x3 matrix from ITRF to inertial at the reference time. */
    private final double[] m = new double[9];
    private double referenceS = Double.NaN;
    private double cos = 1;
    private double sin = 0;

    EarthRotation(OrekitDataSetup data, Frame inertial, AbsoluteDate epoch) {
        this.itrf = data.earth().getBodyFrame();
        this.inertial = inertial;
        this.epoch = epoch;
    }

    /** Moves to {@code t} seconds after the epoch. */
    void at(double t) {
        if (Double.isNaN(referenceS) || t - referenceS >= REFRESH_S || t < referenceS) {
            itrfToInertial(itrf, inertial, epoch.shiftedBy(t), m, 0);
            referenceS = t;
        }
        double phi = OMEGA * (t - referenceS);
        cos = Math.cos(phi);
        sin = Math.sin(phi);
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
        StaticTransform tr = itrf.getStaticTransformTo(inertial, date);
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
