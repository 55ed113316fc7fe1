package io.orbitdc.core.twin.orbit;

import io.orbitdc.core.geometry.scan.FleetStepGeometry;
import io.orbitdc.core.twin.GeometryTimeline;
import io.orbitdc.core.twin.TwinInputException;
import java.util.Objects;

/**
 * The geometry a fleet of J2-secular satellites flies through, computed when the twin asks for
 * it: sunlit fraction (conical shadow, oblate-Earth limb, time-averaged over the step), SAA
 * membership at mid-step and beta from {@link FleetStepGeometry}; the array's cosine of incidence
 * is that of a sun-tracking array held at the design's fixed off-pointing angle, cos(θ), for every
 * step (the sizing model's incidence factor, ref: smad-1999 §11.4).
 *
 * <p>Nothing is stored per satellite and step: memory is the geometry's Sun and Earth-orientation
 * table (96 bytes per 600 s of mission, 5 MB a year) plus one small cursor per thread. Reads are
 * thread-safe: each thread evaluates through its own cursor, and every value is a pure function
 * of (satellite, step) whatever order the steps are read in.
 */
public final class FleetTimeline implements GeometryTimeline {

    private final FleetStepGeometry geometry;
    private final double cosIncidence;
    private final ThreadLocal<FleetStepGeometry.Cursor> cursors;

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
        this.cursors = ThreadLocal.withInitial(geometry::cursor);
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
        return cursors.get().moveTo(satellite, step).sunlitFraction();
    }

    @Override
    public double arrayCosIncidence(int satellite, int step) {
        // the cursor checks the indices; the twin reads the same step's sunlight next, so nothing is wasted
        cursors.get().moveTo(satellite, step);
        return cosIncidence;
    }

    @Override
    public boolean inSaa(int satellite, int step) {
        return cursors.get().moveTo(satellite, step).inSaa();
    }

    @Override
    public double betaRad(int satellite, int step) {
        return cursors.get().moveTo(satellite, step).betaRad();
    }
}
