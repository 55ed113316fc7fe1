package io.orbitdc.core.geometry.batch;

import java.util.Arrays;

/**
 * Mean Keplerian elements of a whole fleet at one epoch, stored as a structure of arrays (one
 * {@code double[]} per element) so that the batch propagator streams through memory.
 *
 * <p>Angles in radians, semi-major axis in metres. The elements are <em>mean</em> elements in
 * the sense of first-order J2 secular theory (short-period terms removed); feeding osculating
 * elements instead shifts the mean motion and causes an along-track drift (see
 * docs/models/batch-propagator.md). Valid for elliptic orbits, 0 &lt;= e &lt; 1, with perigee
 * above the Earth's surface being the caller's concern. Immutable; memory is 48 bytes per satellite.
 */
public final class FleetElements {

    private final double[] semiMajorAxisM;
    private final double[] eccentricity;
    private final double[] inclination;
    private final double[] raan;
    private final double[] argumentOfPerigee;
    private final double[] meanAnomaly;

    private FleetElements(Builder b) {
        int n = b.size;
        this.semiMajorAxisM = Arrays.copyOf(b.a, n);
        this.eccentricity = Arrays.copyOf(b.e, n);
        this.inclination = Arrays.copyOf(b.i, n);
        this.raan = Arrays.copyOf(b.raan, n);
        this.argumentOfPerigee = Arrays.copyOf(b.argp, n);
        this.meanAnomaly = Arrays.copyOf(b.m, n);
    }

    /**
     * Starts a fleet.
     *
     * @param expectedSize initial capacity (grows as needed)
     * @return an empty builder
     */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** @return number of satellites */
    public int size() {
        return semiMajorAxisM.length;
    }

    /** @param k satellite index @return mean semi-major axis (m) */
    public double semiMajorAxisM(int k) {
        return semiMajorAxisM[k];
    }

    /** @param k satellite index @return mean eccentricity */
    public double eccentricity(int k) {
        return eccentricity[k];
    }

    /** @param k satellite index @return mean inclination (rad) */
    public double inclination(int k) {
        return inclination[k];
    }

    /** @param k satellite index @return mean right ascension of the ascending node at epoch (rad) */
    public double raan(int k) {
        return raan[k];
    }

    /** @param k satellite index @return mean argument of perigee at epoch (rad) */
    public double argumentOfPerigee(int k) {
        return argumentOfPerigee[k];
    }

    /** @param k satellite index @return mean anomaly at epoch (rad) */
    public double meanAnomaly(int k) {
        return meanAnomaly[k];
    }

    /** @return the largest apogee radius a(1 + e) over the fleet (m): no satellite is ever farther from the Earth's centre */
    public double maxApogeeRadiusM() {
        double farthest = 0;
        for (int k = 0; k < size(); k++) {
            farthest = Math.max(farthest, semiMajorAxisM[k] * (1 + eccentricity[k]));
        }
        return farthest;
    }

    /** Collects satellites one at a time; validates each. Not thread-safe. */
    public static final class Builder {
        private double[] a;
        private double[] e;
        private double[] i;
        private double[] raan;
        private double[] argp;
        private double[] m;
        private int size;

        private Builder(int expectedSize) {
            if (expectedSize < 0) {
                throw new IllegalArgumentException("expected fleet size must be >= 0, found " + expectedSize);
            }
            int c = Math.max(expectedSize, 4);
            a = new double[c];
            e = new double[c];
            i = new double[c];
            raan = new double[c];
            argp = new double[c];
            m = new double[c];
        }

        /**
         * Adds one satellite.
         *
         * @param semiMajorAxisM mean semi-major axis (m), positive
         * @param ecc mean eccentricity in [0, 1)
         * @param inclinationRad mean inclination (rad) in [0, pi]
         * @param raanRad right ascension of the ascending node (rad), finite
         * @param argumentOfPerigeeRad argument of perigee (rad), finite
         * @param meanAnomalyRad mean anomaly (rad), finite
         * @return this builder
         * @throws IllegalArgumentException naming the satellite index and the bad value
         */
        public Builder add(double semiMajorAxisM, double ecc, double inclinationRad, double raanRad,
                           double argumentOfPerigeeRad, double meanAnomalyRad) {
            if (!(semiMajorAxisM > 0) || !Double.isFinite(semiMajorAxisM)) {
                throw bad("semi-major axis", semiMajorAxisM, "a positive finite number of metres");
            }
            if (!(ecc >= 0 && ecc < 1)) {
                throw bad("eccentricity", ecc, "a value in [0, 1)");
            }
            if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
                throw bad("inclination", inclinationRad, "radians in [0, pi]");
            }
            if (!Double.isFinite(raanRad) || !Double.isFinite(argumentOfPerigeeRad) || !Double.isFinite(meanAnomalyRad)) {
                throw bad("RAAN/argument of perigee/mean anomaly",
                        Double.NaN, "finite radians (found " + raanRad + ", " + argumentOfPerigeeRad + ", " + meanAnomalyRad + ")");
            }
            if (size == a.length) {
                int c = a.length * 2;
                a = Arrays.copyOf(a, c);
                e = Arrays.copyOf(e, c);
                i = Arrays.copyOf(i, c);
                raan = Arrays.copyOf(raan, c);
                argp = Arrays.copyOf(argp, c);
                m = Arrays.copyOf(m, c);
            }
            a[size] = semiMajorAxisM;
            e[size] = ecc;
            i[size] = inclinationRad;
            raan[size] = raanRad;
            argp[size] = argumentOfPerigeeRad;
            m[size] = meanAnomalyRad;
            size++;
            return this;
        }

        private IllegalArgumentException bad(String what, double value, String expected) {
            return new IllegalArgumentException("satellite " + size + ": " + what + " must be " + expected
                    + ", found " + value);
        }

        /** @return the immutable fleet */
        public FleetElements build() {
            return new FleetElements(this);
        }
    }
}
