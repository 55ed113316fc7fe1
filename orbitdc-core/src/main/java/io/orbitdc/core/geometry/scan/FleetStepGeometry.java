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
 * {@link #TABLE_STEP_S} (12 doubles, 96 bytes, a node: 5 MB a year), independent of the step and
 * of the fleet size, plus the propagator's O(satellites) elements. The Sun is interpolated
 * linearly between nodes: the chord of 600 s of the Earth's orbit departs from the arc by
 * R·Δλ²/8 ≈ 0.3 km at 1 AU (Δλ = 1.2e-4 rad), a direction error of 2e-9 rad. The Earth's
 * rotation between nodes is the spin about the ITRF pole, as in the event scan's
 * {@code EarthRotation} (below 1e-7 rad over ten minutes).
 *
 * <p>Validity: as the fleet scan's (near-circular LEO orbits given by elements at the start,
 * J2 secular rates, days to about a year). Immutable and thread-safe; the evaluation state lives in
 * a {@link Cursor}, one per thread.
 */
public final class FleetStepGeometry {

    /** Spacing of the Sun and Earth-orientation table, s (the event scan's Earth-rotation refresh). */
    public static final double TABLE_STEP_S = EarthRotation.REFRESH_S;
    /** Sub-steps averaged over a step that crosses a shadow boundary. */
    static final int SUB_STEPS = 16;

    private final BatchJ2Propagator propagator;
    private final FleetElements elements;
    private final SaaRegion saa;
    private final int steps;
    private final double stepS;
    /** Sun position (m, inertial) at every table node: 3 doubles a node. */
    private final double[] sun;
    /** Row-major ITRF→inertial matrix at every table node: 9 doubles a node. */
    private final double[] itrf;

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
        this.propagator = new BatchJ2Propagator(elements, EarthJ2.EIGEN5C, epoch, frame, data.sun(),
                ShadowModel.CONICAL, FleetWorkers.sequential());
        int nodes = (int) Math.ceil(steps * stepS / TABLE_STEP_S) + 2;
        this.sun = new double[3 * nodes];
        this.itrf = new double[9 * nodes];
        ExtendedPositionProvider sunProvider = data.sun();
        Frame earthFrame = data.earth().getBodyFrame();
        for (int j = 0; j < nodes; j++) {
            AbsoluteDate date = epoch.shiftedBy(j * TABLE_STEP_S);
            Vector3D s = sunProvider.getPosition(date, frame);
            sun[3 * j] = s.getX();
            sun[3 * j + 1] = s.getY();
            sun[3 * j + 2] = s.getZ();
            EarthRotation.itrfToInertial(earthFrame, frame, date, itrf, 9 * j);
        }
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
     * Evaluates one satellite's step at a time. Moving to the next step of the same satellite
     * reuses the shared boundary, so a satellite flown in step order costs one propagation a
     * step; any other move recomputes both ends. Values are the same whatever the path taken.
     * Mutable, confined to one thread.
     */
    public final class Cursor {
        private final double[] work = new double[BatchJ2Propagator.WORK];
        private final double[] fixed = new double[3];
        private final Boundary start = new Boundary();
        private final Boundary end = new Boundary();
        private int satellite = -1;
        private int step = -1;

        private Cursor() {
        }

        /** Positions the cursor on {@code satellite}'s step {@code step}. */
        public Cursor moveTo(int satellite, int step) {
            if (satellite < 0 || satellite >= propagator.size()) {
                throw new IndexOutOfBoundsException("satellite " + satellite + " outside [0, " + propagator.size() + ")");
            }
            if (step < 0 || step >= steps) {
                throw new IndexOutOfBoundsException("step " + step + " outside [0, " + steps + ")");
            }
            if (satellite == this.satellite && step == this.step) {
                return this;
            }
            if (satellite == this.satellite && step == this.step + 1) {
                start.copy(end);
            } else {
                start.at(satellite, step);
            }
            end.at(satellite, step + 1);
            this.satellite = satellite;
            this.step = step;
            return this;
        }

        /** Time-averaged visible fraction of the solar disc over the step, [0, 1]. */
        public double sunlitFraction() {
            start.shadow();
            end.shadow();
            if (start.dayside && end.dayside || start.visible() == 1 && end.visible() == 1) {
                return 1.0;
            }
            if (start.visible() == 0 && end.visible() == 0) {
                return 0.0;
            }
            start.angles();
            end.angles();
            double sum = 0;
            for (int i = 0; i < SUB_STEPS; i++) {
                double w = (i + 0.5) / SUB_STEPS;
                sum += ShadowAngles.visibleFraction(lerp(start.theta, end.theta, w), lerp(start.earth, end.earth, w),
                        lerp(start.sunRadius, end.sunRadius, w));
            }
            return sum / SUB_STEPS;
        }

        /** Whether the satellite is inside the SAA at mid-step. */
        public boolean inSaa() {
            return start.saa() + end.saa() > 0;
        }

        /** Beta angle at mid-step, rad. */
        public double betaRad() {
            double t = (step + 0.5) * stepS;
            double[] s = new double[3];
            sunAt(t, s);
            double norm = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
            return BetaRange.betaRad(elements.inclination(satellite),
                    elements.raan(satellite) + propagator.raanRate(satellite) * t, s[0] / norm, s[1] / norm, s[2] / norm);
        }

        /** One step boundary of the current satellite: its position, and the shadow and SAA values once asked for. */
        private final class Boundary {
            private final double[] angleOut = new double[3];
            private final double[] sunAt = new double[3];
            private double t;
            private double x;
            private double y;
            private double z;
            private double r;
            private boolean shadowDone;
            private boolean anglesDone;
            private boolean dayside;
            private double theta;
            private double earth;
            private double sunRadius;
            private boolean saaDone;
            private double saaValue;

            void at(int k, int boundary) {
                t = boundary * stepS;
                propagator.position(k, t, work);
                x = work[0];
                y = work[1];
                z = work[2];
                r = Math.sqrt(x * x + y * y + z * z);
                sunAt(t, sunAt);
                shadowDone = false;
                anglesDone = false;
                saaDone = false;
            }

            void copy(Boundary o) {
                t = o.t;
                x = o.x;
                y = o.y;
                z = o.z;
                r = o.r;
                System.arraycopy(o.sunAt, 0, sunAt, 0, 3);
                shadowDone = o.shadowDone;
                anglesDone = o.anglesDone;
                dayside = o.dayside;
                theta = o.theta;
                earth = o.earth;
                sunRadius = o.sunRadius;
                saaDone = o.saaDone;
                saaValue = o.saaValue;
            }

            /** On the day side (r·s > 0) no shadow boundary is near and the angles are skipped. */
            void shadow() {
                if (!shadowDone) {
                    dayside = x * sunAt[0] + y * sunAt[1] + z * sunAt[2] > 0;
                    shadowDone = true;
                }
            }

            void angles() {
                if (!anglesDone) {
                    ShadowAngles.of(x, y, z, r, sunAt[0], sunAt[1], sunAt[2], angleOut, 0);
                    theta = angleOut[0];
                    earth = angleOut[1];
                    sunRadius = angleOut[2];
                    anglesDone = true;
                }
            }

            double visible() {
                shadow();
                if (dayside) {
                    return 1.0;
                }
                angles();
                return ShadowAngles.visibleFraction(theta, earth, sunRadius);
            }

            double saa() {
                if (!saaDone) {
                    saaValue = -1;
                    if (SaaBoundary.near(z, r)) {
                        int node = (int) Math.floor(t / TABLE_STEP_S);
                        double phi = EarthRotation.OMEGA * (t - node * TABLE_STEP_S);
                        EarthRotation.toEarthFixed(itrf, 9 * node, Math.cos(phi), Math.sin(phi), x, y, z, fixed);
                        saaValue = SaaBoundary.value(saa, fixed, r);
                    }
                    saaDone = true;
                }
                return saaValue;
            }
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
