package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.ShadowModel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.ExtendedPositionProvider;

/**
 * Each satellite's illumination, SAA membership and beta angle over fixed steps, evaluated on
 * demand from the same J2-secular mean elements, conical shadow with the oblate-Earth limb
 * ({@link ShadowAngles}), SAA boundary ({@link SaaBoundary}) and beta ({@link BetaRange}) as
 * the {@link FleetEventScan}, so that nothing is stored per satellite and step.
 *
 * <p>Step n covers [n·Δt, (n+1)·Δt] after the start. Its sunlit fraction is the time average of
 * the visible fraction of the solar disc: 1 or 0 when both ends are lit or in umbra, otherwise
 * the mean over 16 sub-steps with the three shadow angles interpolated linearly between the
 * ends (their change over a step is smooth), so a penumbra shorter than a step is weighed by its
 * length. The SAA flag is the sign of the boundary function at mid-step, interpolated from its
 * two ends; beta is taken at mid-step.
 *
 * <p>Memory: a table of the Sun's position and the ITRF→inertial matrix every
 * {@link #TABLE_STEP_S} (12 doubles, 96 bytes, a node: 0.84 MB a year), independent of the step
 * and of the fleet size, plus the propagator's O(satellites) elements. The Sun is interpolated
 * linearly between nodes: the chord of an hour of the Earth's orbit departs from the arc by
 * R·Δλ²/8 ≈ 10 km at 1 AU (Δλ = 7.2e-4 rad), a direction error of 6e-8 rad (0.5 m at a LEO
 * shadow boundary). The nodes' Earth orientation is {@link EarthRotation}'s (daily Orekit nodes,
 * within 1.3e-9 rad); between nodes only the spin about the ITRF pole is added, as in the event
 * scan; precession and nutation move the pole by less than 1e-7 rad in an hour (precession
 * 50"/yr, the largest nutation term 17" over 18.6 yr).
 *
 * <p>Validity: as the fleet scan's (near-circular LEO orbits given by elements at the start,
 * J2 secular rates, days to about a year); a shadow entered and left within one step (grazing
 * passes at the edge of an eclipse season) is missed, as is an SAA clip shorter than a step. Immutable and thread-safe; the evaluation state lives in
 * a {@link Cursor}, one per thread.
 */
public final class FleetStepGeometry {

    /**
     * Spacing of the Sun and Earth-orientation table, s. Between nodes the Sun moves along a chord
     * and the Earth only spins; one hour keeps both errors below 1e-7 rad (see the class comment)
     * while a year of nodes (8,761 full Orekit transforms) takes well under a second to build.
     */
    public static final double TABLE_STEP_S = 3600.0;
    /** Sub-steps averaged over a step that crosses a shadow boundary. */
    static final int SUB_STEPS = 16;
    /** Steps whose boundaries a cursor computes at once for one satellite (rotation drift ~1e-14 rad). */
    static final int RUN = 64;
    /** Slots of a cursor's cache of the Earth's spin since a table node (a power of two). */
    private static final int SPIN_SLOTS = 256;

    private final BatchJ2Propagator propagator;
    private final FleetElements elements;
    private final SaaRegion saa;
    private final int steps;
    private final double stepS;
    /** Sun position (m, inertial) at every table node: 3 doubles a node. */
    private final double[] sun;
    /** Row-major ITRF→inertial matrix at every table node: 9 doubles a node. */
    private final double[] itrf;
    /** Earth-fixed unit vector towards the SAA region's centre. */
    private final double[] saaCentre;
    /**
     * Cosine of the SAA region's reach ({@link SaaBoundary#reachDeg}) plus the farthest any
     * satellite moves over the Earth in one step: a boundary farther than that from the centre
     * has both neighbours outside the region, so its SAA flag is decided without the boundary
     * function (see {@link Cursor#inSaa}).
     */
    private final double saaReachCos;

    /**
     * @param data       Orekit frames, time scale and the analytical Sun
     * @param satellites the fleet, each with its elements at {@code start} (no TLEs)
     * @param start      time of step 0's start
     * @param stepS      step length, s (> 0)
     * @param steps      number of steps (≥ 1)
     * @param saa        the SAA region
     */
    public FleetStepGeometry(OrekitDataSetup data, List<Satellite> satellites, Instant start, double stepS, int steps,
                             SaaRegion saa) {
        Objects.requireNonNull(data, "data");
        this.saa = Objects.requireNonNull(saa, "saa");
        if (satellites.isEmpty() || !(stepS > 0) || steps < 1) {
            throw new IllegalArgumentException("a fleet geometry needs satellites, a positive step and at least one step;"
                    + " found " + satellites.size() + " satellites, step " + stepS + " s, " + steps + " steps");
        }
        this.steps = steps;
        this.stepS = stepS;
        Frame frame = data.inertialFrame();
        AbsoluteDate epoch = data.date(start);
        this.elements = FleetEventScan.elements(satellites, frame, epoch);
        this.propagator = new BatchJ2Propagator(elements, EarthJ2.EARTH, epoch, frame, data.sun(),
                ShadowModel.CONICAL, FleetWorkers.sequential());
        int nodes = (int) Math.ceil(steps * stepS / TABLE_STEP_S) + 2;
        this.sun = new double[3 * nodes];
        this.itrf = new double[9 * nodes];
        ExtendedPositionProvider sunProvider = data.sun();
        // the Earth's orientation from daily Orekit nodes (EarthRotation, within 1.3e-9 rad of Orekit):
        // taken hour by hour from Orekit itself, each node made its CIRF cache evaluate the
        // precession-nutation series anew, ~5 % of a year-long simulate
        EarthRotation earth = new EarthRotation(data, frame, epoch);
        for (int j = 0; j < nodes; j++) {
            AbsoluteDate date = epoch.shiftedBy(j * TABLE_STEP_S);
            Vector3D s = sunProvider.getPosition(date, frame);
            sun[3 * j] = s.getX();
            sun[3 * j + 1] = s.getY();
            sun[3 * j + 2] = s.getZ();
            earth.matrix(j * TABLE_STEP_S, itrf, 9 * j);
        }
        this.saaCentre = SaaBoundary.centreDirection(saa);
        this.saaReachCos = SaaBoundary.reachCos(saa, elements, propagator, stepS);
    }


    public int satellites() {
        return propagator.size();
    }

    public int steps() {
        return steps;
    }

    public double stepS() {
        return stepS;
    }

    /** Bytes held by the Sun and Earth-orientation table (the only storage that grows with the span). */
    public long tableBytes() {
        return 8L * (sun.length + itrf.length);
    }

    /** A new evaluator; use one per thread. */
    public Cursor cursor() {
        return new Cursor();
    }

    /**
     * Evaluates one satellite's step at a time. Boundaries are computed {@link #RUN} at a time for
     * one satellite ({@link BatchJ2Propagator#track}: exact angles at the first boundary of the
     * run, rotated forward after), so a satellite flown in step order costs a few multiplications
     * a step; the shadow and SAA values of a boundary are computed when first asked for. Step n
     * always reads the run that starts at RUN·⌊n/RUN⌋, so its values are the same whatever order
     * the steps are read in. Mutable, confined to one thread.
     */
    public final class Cursor {
        private final double[] x = new double[RUN + 1];
        private final double[] y = new double[RUN + 1];
        private final double[] z = new double[RUN + 1];
        private final double[] r = new double[RUN + 1];
        /** Shadow angles θ, ρ_E, ρ_S of each boundary (NaN until computed). */
        private final double[] angles = new double[3 * (RUN + 1)];
        /** Per boundary: 0 not yet known, 1 surely lit, 2 maybe shadowed. */
        private final byte[] side = new byte[RUN + 1];
        private final double[] saaValue = new double[RUN + 1];
        private final double[] sunAt = new double[3];
        private final double[] fixed = new double[3];
        /**
         * cos and sin of the Earth's spin since a boundary's table node, by the exact offset from
         * the node (NaN: empty). When the step divides {@link #TABLE_STEP_S} the offsets repeat
         * every node (120 of them at 30 s), so each pair is computed once per cursor instead of
         * once per boundary; the key is the offset itself, so the values are exactly those
         * Math.cos and Math.sin give.
         */
        private final double[] spinOffset = new double[SPIN_SLOTS];
        private final double[] spinCos = new double[SPIN_SLOTS];
        private final double[] spinSin = new double[SPIN_SLOTS];
        private int satellite = -1;
        private int run = -1;
        private int step = -1;
        /** Index of the step's start boundary in the run. */
        private int j;

        private Cursor() {
            Arrays.fill(spinOffset, Double.NaN);
        }

        /** Steps of the geometry this cursor reads. */
        public int steps() {
            return steps;
        }

        /** Positions the cursor on {@code satellite}'s step {@code step}. */
        public Cursor moveTo(int satellite, int step) {
            if (satellite == this.satellite && step == this.step) {
                return this;
            }
            if (satellite < 0 || satellite >= propagator.size()) {
                throw new IndexOutOfBoundsException("satellite " + satellite + " outside [0, " + propagator.size() + ")");
            }
            if (step < 0 || step >= steps) {
                throw new IndexOutOfBoundsException("step " + step + " outside [0, " + steps + ")");
            }
            int wanted = step / RUN;
            if (satellite != this.satellite || wanted != run) {
                propagator.track(satellite, wanted * RUN * stepS, stepS, RUN + 1, x, y, z);
                for (int i = 0; i <= RUN; i++) {
                    r[i] = Math.sqrt(x[i] * x[i] + y[i] * y[i] + z[i] * z[i]);
                    side[i] = 0;
                    saaValue[i] = Double.NaN;
                    angles[3 * i] = Double.NaN;
                }
                this.satellite = satellite;
                run = wanted;
            }
            this.step = step;
            j = step - wanted * RUN;
            return this;
        }

        /** Time-averaged visible fraction of the solar disc over the step, [0, 1]. */
        public double sunlitFraction() {
            if (surelyLit(j) && surelyLit(j + 1)) {
                return 1.0;
            }
            double v0 = visible(j);
            double v1 = visible(j + 1);
            if (v0 == 1 && v1 == 1) {
                return 1.0;
            }
            if (v0 == 0 && v1 == 0) {
                return 0.0;
            }
            int a = 3 * j;
            int b = 3 * (j + 1);
            double sum = 0;
            for (int i = 0; i < SUB_STEPS; i++) {
                double w = (i + 0.5) / SUB_STEPS;
                sum += ShadowAngles.visibleFraction(lerp(angles[a], angles[b], w), lerp(angles[a + 1], angles[b + 1], w),
                        lerp(angles[a + 2], angles[b + 2], w));
            }
            return sum / SUB_STEPS;
        }

        /**
         * Whether the satellite is inside the SAA at mid-step (boundary function interpolated from
         * both ends). A boundary farther from the region's centre than its reach plus one step's
         * motion takes −1 without evaluating the function: it and both its neighbours are outside
         * (function < 0), so every sum it enters is negative either way and the flag is unchanged.
         */
        public boolean inSaa() {
            return saa(j) + saa(j + 1) > 0;
        }

        /** Beta angle at mid-step, rad. */
        public double betaRad() {
            double t = (step + 0.5) * stepS;
            sunAt(t, sunAt);
            double norm = Math.sqrt(sunAt[0] * sunAt[0] + sunAt[1] * sunAt[1] + sunAt[2] * sunAt[2]);
            return BetaRange.betaRad(elements.inclination(satellite),
                    elements.raan(satellite) + propagator.raanRate(satellite) * t, sunAt[0] / norm, sunAt[1] / norm,
                    sunAt[2] / norm);
        }

        private double time(int i) {
            return (run * RUN + i) * stepS;
        }

        /** Certainly outside the penumbra ({@link ShadowAngles#surelyLit}): the angles are skipped. */
        private boolean surelyLit(int i) {
            if (side[i] == 0) {
                sunAt(time(i), sunAt);
                // the day side (r·s > 0) needs no unit vector: the sign is the same, and a
                // satellite there is lit (ShadowAngles#surelyLit's first test)
                if (x[i] * sunAt[0] + y[i] * sunAt[1] + z[i] * sunAt[2] > 0) {
                    side[i] = 1;
                    return true;
                }
                double norm = Math.sqrt(sunAt[0] * sunAt[0] + sunAt[1] * sunAt[1] + sunAt[2] * sunAt[2]);
                side[i] = ShadowAngles.surelyLit(x[i], y[i], z[i], sunAt[0] / norm, sunAt[1] / norm, sunAt[2] / norm)
                        ? (byte) 1 : (byte) 2;
            }
            return side[i] == 1;
        }

        private double visible(int i) {
            if (Double.isNaN(angles[3 * i])) {
                sunAt(time(i), sunAt);
                ShadowAngles.of(x[i], y[i], z[i], r[i], sunAt[0], sunAt[1], sunAt[2], angles, 3 * i);
            }
            return ShadowAngles.visibleFraction(angles[3 * i], angles[3 * i + 1], angles[3 * i + 2]);
        }

        private double saa(int i) {
            if (Double.isNaN(saaValue[i])) {
                double v = -1;
                if (SaaBoundary.near(z[i], r[i]) && withinReach(i)) {
                    v = SaaBoundary.value(saa, fixed, r[i]);
                }
                saaValue[i] = v;
            }
            return saaValue[i];
        }

        /**
         * Puts boundary i's Earth-fixed position in {@link #fixed} and says whether it is within
         * the SAA's reach plus a step's motion of the region's centre.
         */
        private boolean withinReach(int i) {
            toEarthFixed(i);
            return (fixed[0] * saaCentre[0] + fixed[1] * saaCentre[1] + fixed[2] * saaCentre[2]) / r[i] >= saaReachCos;
        }

        /** Boundary i's Earth-fixed position into {@link #fixed}. */
        private void toEarthFixed(int i) {
            double t = time(i);
            int node = (int) Math.floor(t / TABLE_STEP_S);
            double offset = t - node * TABLE_STEP_S;
            int slot = (int) (offset / stepS) & (SPIN_SLOTS - 1);
            if (spinOffset[slot] != offset) {
                double phi = EarthRotation.OMEGA * offset;
                spinCos[slot] = Math.cos(phi);
                spinSin[slot] = Math.sin(phi);
                spinOffset[slot] = offset;
            }
            EarthRotation.toEarthFixed(itrf, 9 * node, spinCos[slot], spinSin[slot], x[i], y[i], z[i], fixed);
        }

        /**
         * {@link #inSaa()} evaluating the boundary function wherever it is not north of the
         * {@link SaaBoundary#near} cut, without the reach skip: for the test that the skip changes
         * no flag. Uncached.
         */
        boolean inSaaWithoutReachSkip() {
            return fullSaa(j) + fullSaa(j + 1) > 0;
        }

        private double fullSaa(int i) {
            if (!SaaBoundary.near(z[i], r[i])) {
                return -1;
            }
            toEarthFixed(i);
            return SaaBoundary.value(saa, fixed, r[i]);
        }

        /** Whether boundary i's SAA value is decided by the reach skip; for tests. */
        boolean skippedByReach(int i) {
            return SaaBoundary.near(z[i], r[i]) && !withinReach(i);
        }

        /** Index of the step's start boundary within the cursor's run; for tests. */
        int boundary() {
            return j;
        }
    }

    /** Sun position at {@code t} s, interpolated between table nodes, into out[0..2]. */
    private void sunAt(double t, double[] out) {
        int node = (int) Math.floor(t / TABLE_STEP_S);
        double w = t / TABLE_STEP_S - node;
        for (int i = 0; i < 3; i++) {
            out[i] = lerp(sun[3 * node + i], sun[3 * node + 3 + i], w);
        }
    }

    private static double lerp(double a, double b, double w) {
        return a + (b - a) * w;
    }
}
