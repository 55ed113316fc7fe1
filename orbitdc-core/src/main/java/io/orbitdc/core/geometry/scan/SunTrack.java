package io.orbitdc.core.geometry.scan;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.ExtendedPositionProvider;

/**
 * The Sun's position for a fleet scan's steps, by cubic Lagrange interpolation between
 * positions taken from the ephemeris every {@link #NODE_S}: a scan at 30 s asks for the Sun a
 * million times a year, and the analytical ephemeris costs ~0.5 µs a call.
 *
 * <p>Error: on the middle interval of four equally spaced nodes the cubic's error is at most
 * (9/16)/4! · h⁴ · |r⁗| with |r⁗| ≈ ω⁴ r for the Sun's apparent motion (ω ≈ 2.0e-7 rad/s,
 * r ≈ 1.5e11 m): 0.023 · (3600 s)⁴ · 2.4e-16 m/s⁴ ≈ 1 mm, i.e. 7e-15 rad of direction. Against
 * the ephemeris the difference is ~1.5 m (1e-11 rad), the ephemeris's own scatter between
 * neighbouring instants whatever the node spacing; SunTrackTest bounds it over a year.
 * Steps are expected in increasing time order (a scan's order); any order is answered correctly,
 * only more slowly. Not thread-safe: one instance per scan, read by the thread that fills chunks.
 */
final class SunTrack {

    /** Spacing of the ephemeris nodes, s. */
    static final double NODE_S = 3600.0;

    private final ExtendedPositionProvider sun;
    private final Frame frame;
    private final AbsoluteDate epoch;
    /** Four consecutive nodes' positions (x, y, z) starting at node {@link #first}. */
    private final double[] nodes = new double[12];
    private long first = Long.MIN_VALUE;

    SunTrack(ExtendedPositionProvider sun, Frame frame, AbsoluteDate epoch) {
        this.sun = sun;
        this.frame = frame;
        this.epoch = epoch;
    }

    /** @return the Sun's position at {@code t} seconds after the epoch, m, in the scan's frame */
    Vector3D at(double t) {
        // nodes n-1 .. n+2 around t in [n h, (n + 1) h): t sits in the middle interval
        long n = (long) Math.floor(t / NODE_S);
        load(n - 1);
        double u = t / NODE_S - n;
        // Lagrange weights of nodes at u = -1, 0, 1, 2
        double w0 = -u * (u - 1) * (u - 2) / 6;
        double w1 = (u + 1) * (u - 1) * (u - 2) / 2;
        double w2 = -(u + 1) * u * (u - 2) / 2;
        double w3 = (u + 1) * u * (u - 1) / 6;
        return new Vector3D(w0 * nodes[0] + w1 * nodes[3] + w2 * nodes[6] + w3 * nodes[9],
                w0 * nodes[1] + w1 * nodes[4] + w2 * nodes[7] + w3 * nodes[10],
                w0 * nodes[2] + w1 * nodes[5] + w2 * nodes[8] + w3 * nodes[11]);
    }

    /** Makes the four nodes start at node {@code from}, reusing the ones already held. */
    private void load(long from) {
        if (from == first) {
            return;
        }
        long shift = from - first;
        if (first != Long.MIN_VALUE && shift > 0 && shift < 4) {
            System.arraycopy(nodes, (int) (3 * shift), nodes, 0, (int) (3 * (4 - shift)));
            for (long k = 4 - shift; k < 4; k++) {
                node(from + k, (int) k);
            }
        } else {
            for (int k = 0; k < 4; k++) {
                node(from + k, k);
            }
        }
        first = from;
    }

    private void node(long index, int slot) {
        Vector3D p = sun.getPosition(epoch.shiftedBy(index * NODE_S), frame);
        nodes[3 * slot] = p.getX();
        nodes[3 * slot + 1] = p.getY();
        nodes[3 * slot + 2] = p.getZ();
    }
}
