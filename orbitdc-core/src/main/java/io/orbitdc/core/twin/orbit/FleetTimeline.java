package io.orbitdc.core.twin.orbit;

import io.orbitdc.core.geometry.scan.FleetStepGeometry;
import io.orbitdc.core.twin.GeometryTimeline;
import io.orbitdc.core.twin.TwinInputException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The geometry a fleet of J2-secular satellites flies through, computed when the twin asks for
 * it: sunlit fraction (conical shadow, oblate-Earth limb, time-averaged over the step), SAA
 * membership at mid-step and beta from {@link FleetStepGeometry}; the array's cosine of incidence
 * is that of a sun-tracking array held at the design's fixed off-pointing angle, cos(θ), for every
 * step (the sizing model's incidence factor, ref: smad-1999 §11.4).
 *
 * <p>The twin asks for a satellite's SAA time fraction before it flies the satellite; answering
 * it walks the satellite's whole timeline once, and that walk also records every step's SAA flag
 * and sunlit fraction in a compact {@link Pass} (one bit each for "in the SAA", "fully lit" and
 * "fully dark", plus the few steps in penumbra with their value), so the flight reads them back
 * instead of propagating the satellite a second time. Memory: the geometry's Sun and
 * Earth-orientation table (96 bytes per hour of mission, 0.84 MB a year), per thread a cursor and
 * the pass of the satellite it counted last (~0.4 MB a year at 30 s), and, while they fit in
 * {@link #KEPT_BYTES}, every satellite's pass (so that a training run, which flies the fleet
 * step-major, finds each satellite's pass; 81 satellites × 1 year at 30 s take ~32 MB). Reads are
 * thread-safe: each thread evaluates through its own cursor, and every value is a pure function
 * of (satellite, step) whatever order or thread the steps are read in, recorded or not.
 */
public final class FleetTimeline implements GeometryTimeline {

    private final FleetStepGeometry geometry;
    private final double cosIncidence;
    private final ThreadLocal<Reader> readers;
    /**
     * Every satellite's pass, kept while they fit in {@link #KEPT_BYTES}: a training run flies all
     * satellites a block of steps at a time, so the per-thread last pass would miss on every
     * block. Entry k is written once, by the thread counting satellite k; a null entry is read
     * through the cursor (same values).
     */
    private final AtomicReferenceArray<Pass> kept;
    /** Bytes the kept passes may still take. */
    private final AtomicLong keptBudget = new AtomicLong(KEPT_BYTES);
    /** Memory allowed for the kept passes: 64 MiB. */
    static final long KEPT_BYTES = 64L << 20;

    /**
     * @param geometry      the fleet's step geometry
     * @param incidenceRad  angle between the Sun and the array normal of the sun-tracking array, rad in [0, π/2]
     */
    public FleetTimeline(FleetStepGeometry geometry, double incidenceRad) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        if (!(incidenceRad >= 0 && incidenceRad <= Math.PI / 2)) {
            throw new TwinInputException("array sun incidence must be in [0, 90] deg, found "
                    + Math.toDegrees(incidenceRad) + " deg");
        }
        this.cosIncidence = Math.cos(incidenceRad);
        this.readers = ThreadLocal.withInitial(() -> new Reader(geometry.cursor()));
        this.kept = new AtomicReferenceArray<>(geometry.satellites());
    }

    @Override
    public int satelliteCount() {
        return geometry.satellites();
    }

    @Override
    public int stepCount() {
        return geometry.steps();
    }

    @Override
    public double stepS() {
        return geometry.stepS();
    }

    @Override
    public double sunlitFraction(int satellite, int step) {
        Pass pass = pass(satellite, step);
        return pass != null ? pass.sunlitFraction(step) : readers.get().cursor.moveTo(satellite, step).sunlitFraction();
    }

    @Override
    public double arrayCosIncidence(int satellite, int step) {
        if (pass(satellite, step) == null) {
            // the cursor checks the indices; the twin reads the same step's sunlight next, so nothing is wasted
            readers.get().cursor.moveTo(satellite, step);
        }
        return cosIncidence;
    }

    @Override
    public boolean inSaa(int satellite, int step) {
        Pass pass = pass(satellite, step);
        return pass != null ? pass.inSaa(step) : readers.get().cursor.moveTo(satellite, step).inSaa();
    }

    /**
     * Walks the satellite's timeline once (unless this thread or the fleet's kept passes already
     * hold it), recording its SAA flags and sunlit fractions for the flight that follows.
     */
    @Override
    public double saaTimeFraction(int satellite) {
        Pass pass = pass(satellite, 0);
        if (pass == null) {
            Reader reader = readers.get();
            pass = Pass.record(reader.cursor, satellite, geometry.steps());
            reader.last = pass;
            if (keptBudget.addAndGet(-pass.bytes()) >= 0) {
                kept.set(satellite, pass);
            }
        }
        return pass.saaInside / (double) geometry.steps();
    }

    @Override
    public double betaRad(int satellite, int step) {
        return readers.get().cursor.moveTo(satellite, step).betaRad();
    }

    /** The recorded pass of (satellite, step), or null (then the cursor answers and checks the indices). */
    private Pass pass(int satellite, int step) {
        if (satellite < 0 || satellite >= kept.length() || step < 0 || step >= geometry.steps()) {
            return null;
        }
        Pass pass = kept.get(satellite);
        if (pass != null) {
            return pass;
        }
        Pass last = readers.get().last;
        return last != null && last.satellite == satellite ? last : null;
    }

    /**
     * One satellite's SAA flags and sunlit fractions over the whole timeline, exactly as the
     * cursor gives them: bit sets for "in the SAA", "fully lit" (1.0) and "fully dark" (0.0), and
     * the other steps' (penumbra or partly shadowed) values by step, sorted.
     */
    static final class Pass {
        final int satellite;
        final int saaInside;
        private final long[] saa;
        private final long[] lit;
        private final long[] dark;
        private final int[] partialSteps;
        private final double[] partialValues;

        private Pass(int satellite, int saaInside, long[] saa, long[] lit, long[] dark, int[] partialSteps,
                     double[] partialValues) {
            this.satellite = satellite;
            this.saaInside = saaInside;
            this.saa = saa;
            this.lit = lit;
            this.dark = dark;
            this.partialSteps = partialSteps;
            this.partialValues = partialValues;
        }

        static Pass record(FleetStepGeometry.Cursor cursor, int satellite, int steps) {
            int words = (int) ((steps + 63L) / 64);
            long[] saa = new long[words];
            long[] lit = new long[words];
            long[] dark = new long[words];
            int[] partialSteps = new int[16];
            double[] partialValues = new double[16];
            int partial = 0;
            int inside = 0;
            for (int n = 0; n < steps; n++) {
                FleetStepGeometry.Cursor c = cursor.moveTo(satellite, n);
                if (c.inSaa()) {
                    saa[n >>> 6] |= 1L << n;
                    inside++;
                }
                double f = c.sunlitFraction();
                if (f == 1.0) {
                    lit[n >>> 6] |= 1L << n;
                } else if (f == 0.0 && Double.doubleToRawLongBits(f) == 0L) {
                    dark[n >>> 6] |= 1L << n;
                } else {
                    if (partial == partialSteps.length) {
                        partialSteps = Arrays.copyOf(partialSteps, 2 * partial);
                        partialValues = Arrays.copyOf(partialValues, 2 * partial);
                    }
                    partialSteps[partial] = n;
                    partialValues[partial] = f;
                    partial++;
                }
            }
            return new Pass(satellite, inside, saa, lit, dark, Arrays.copyOf(partialSteps, partial),
                    Arrays.copyOf(partialValues, partial));
        }

        boolean inSaa(int step) {
            return (saa[step >>> 6] & (1L << step)) != 0;
        }

        double sunlitFraction(int step) {
            long bit = 1L << step;
            if ((lit[step >>> 6] & bit) != 0) {
                return 1.0;
            }
            if ((dark[step >>> 6] & bit) != 0) {
                return 0.0;
            }
            return partialValues[Arrays.binarySearch(partialSteps, step)];
        }

        long bytes() {
            return 8L * (saa.length + lit.length + dark.length) + 12L * partialSteps.length + 64;
        }
    }

    /** One thread's evaluation state: its cursor and the pass of the last satellite it counted. */
    private static final class Reader {
        private final FleetStepGeometry.Cursor cursor;
        private Pass last;

        Reader(FleetStepGeometry.Cursor cursor) {
            this.cursor = cursor;
        }
    }
}
