package io.orbitdc.core.twin.orbit;

import io.orbitdc.core.geometry.scan.FleetStepGeometry;
import io.orbitdc.core.twin.GeometryTimeline;
import io.orbitdc.core.twin.TwinInputException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The geometry a fleet of J2-secular satellites flies through, computed when the twin asks for
 * it: sunlit fraction (conical shadow, oblate-Earth limb, time-averaged over the step), SAA
 * membership at mid-step and beta from {@link FleetStepGeometry}; the array's cosine of incidence
 * is that of a sun-tracking array held at the design's fixed off-pointing angle, cos(θ), for every
 * step (the sizing model's incidence factor, ref: smad-1999 §11.4).
 *
 * <p>Nothing is stored per satellite and step: memory is the geometry's Sun and Earth-orientation
 * table (96 bytes per hour of mission, 0.84 MB a year) plus, per thread, a cursor (64 steps of
 * boundaries) and the SAA flags of the satellite being flown, one bit a step (131 kB a year at 30 s),
 * plus, when all satellites' flags fit in 64 MiB, every satellite's flags (so that a training run,
 * which flies the fleet step-major, does not evaluate the SAA twice). Reads are
 * thread-safe: each thread evaluates through its own cursor, and every value is a pure function
 * of (satellite, step) whatever order the steps are read in.
 */
public final class FleetTimeline implements GeometryTimeline {

    private final FleetStepGeometry geometry;
    private final double cosIncidence;
    private final ThreadLocal<Reader> readers;
    /**
     * Every satellite's SAA flags, kept when they fit in {@link #KEPT_SAA_BYTES}: a training run
     * flies all satellites a block of steps at a time, so the per-thread one-satellite flags
     * below would miss on every block. Null for larger fleets. Entry k is written once, by the
     * thread counting satellite k, before any step of k is flown.
     */
    private final AtomicReferenceArray<long[]> keptSaa;
    /** Memory allowed for {@link #keptSaa}: 64 MiB (81 satellites x 1 year at 30 s take 10.6 MB). */
    static final long KEPT_SAA_BYTES = 64L << 20;

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
        long words = (geometry.steps() + 63L) / 64;
        this.keptSaa = (long) geometry.satellites() * words * 8 <= KEPT_SAA_BYTES
                ? new AtomicReferenceArray<>(geometry.satellites()) : null;
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
        return readers.get().cursor.moveTo(satellite, step).sunlitFraction();
    }

    @Override
    public double arrayCosIncidence(int satellite, int step) {
        // the cursor checks the indices; the twin reads the same step's sunlight next, so nothing is wasted
        readers.get().cursor.moveTo(satellite, step);
        return cosIncidence;
    }

    @Override
    public boolean inSaa(int satellite, int step) {
        if (keptSaa != null && satellite >= 0 && satellite < keptSaa.length() && step >= 0 && step < geometry.steps()) {
            long[] flags = keptSaa.get(satellite);
            if (flags != null) {
                return (flags[step >>> 6] & (1L << step)) != 0;
            }
        }
        Reader reader = readers.get();
        if (reader.saaSatellite == satellite && step >= 0 && step < geometry.steps()) {
            return (reader.saaFlags[step >>> 6] & (1L << step)) != 0;
        }
        return reader.cursor.moveTo(satellite, step).inSaa();
    }

    /**
     * Counts the satellite's SAA steps and keeps their flags for this thread (one bit a step), so
     * the twin, which asks for the fraction just before flying the satellite, does not evaluate
     * the SAA twice.
     */
    @Override
    public double saaTimeFraction(int satellite) {
        Reader reader = readers.get();
        if (reader.saaSatellite != satellite) {
            reader.saaSatellite = -1;
            java.util.Arrays.fill(reader.saaFlags, 0L);
            int inside = 0;
            for (int n = 0; n < geometry.steps(); n++) {
                if (reader.cursor.moveTo(satellite, n).inSaa()) {
                    reader.saaFlags[n >>> 6] |= 1L << n;
                    inside++;
                }
            }
            reader.saaInside = inside;
            reader.saaSatellite = satellite;
            if (keptSaa != null) {
                keptSaa.set(satellite, reader.saaFlags.clone());
            }
        }
        return reader.saaInside / (double) geometry.steps();
    }

    @Override
    public double betaRad(int satellite, int step) {
        return readers.get().cursor.moveTo(satellite, step).betaRad();
    }

    /** One thread's evaluation state: its cursor and the SAA flags of the last satellite counted. */
    private static final class Reader {
        private final FleetStepGeometry.Cursor cursor;
        private final long[] saaFlags;
        private int saaSatellite = -1;
        private int saaInside;

        Reader(FleetStepGeometry.Cursor cursor) {
            this.cursor = cursor;
            this.saaFlags = new long[(int) ((cursor.steps() + 63L) / 64)];
        }
    }
}
