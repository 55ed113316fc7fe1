package io.orbitdc.core.geometry.batch;

/**
 * Reusable output buffers of one propagation step: inertial positions and the shadow flag of
 * every satellite, plus the Sun position used for that step.
 *
 * <p>The arrays are returned live (not copied) so that a step loop allocates nothing; they are
 * overwritten by the next {@link BatchJ2Propagator#propagate(double, FleetPositions)}. Memory is
 * 25 bytes per satellite. Not thread-safe.
 */
public final class FleetPositions {

    /** Flag value: the satellite sees the whole solar disc. */
    public static final byte SUNLIT = 0;
    /** Flag value: the Earth hides part of the solar disc (conical model only). */
    public static final byte PENUMBRA = 1;
    /** Flag value: the Earth hides the whole solar disc (or the satellite is in the cylinder). */
    public static final byte UMBRA = 2;

    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final byte[] shadow;
    private final double[] sunM = new double[3];
    private double timeS = Double.NaN;

    /**
     * @param size number of satellites
     */
    public FleetPositions(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("fleet size must be >= 0, found " + size);
        }
        x = new double[size];
        y = new double[size];
        z = new double[size];
        shadow = new byte[size];
    }

    /** @return number of satellites */
    public int size() {
        return x.length;
    }

    /** @return live array of x coordinates (m, inertial frame of the propagator) */
    public double[] x() {
        return x;
    }

    /** @return live array of y coordinates (m) */
    public double[] y() {
        return y;
    }

    /** @return live array of z coordinates (m) */
    public double[] z() {
        return z;
    }

    /** @return live array of shadow flags ({@link #SUNLIT}, {@link #PENUMBRA}, {@link #UMBRA}) */
    public byte[] shadow() {
        return shadow;
    }

    /** @param k satellite index @return true if the satellite is in umbra */
    public boolean inUmbra(int k) {
        return shadow[k] == UMBRA;
    }

    /** @return seconds since the propagator epoch of the last step written (NaN before the first) */
    public double timeS() {
        return timeS;
    }

    /** @return copy of the Sun position (m) used for the last step, same frame as the satellites */
    public double[] sunPositionM() {
        return sunM.clone();
    }

    void markStep(double t, double sx, double sy, double sz) {
        timeS = t;
        sunM[0] = sx;
        sunM[1] = sy;
        sunM[2] = sz;
    }
}
