package io.orbitdc.core.twin;

/**
 * The geometry the twin flies through: for satellite {@code k} at step {@code n} (time
 * {@code n·stepS()} from the mission start), the illumination, array pointing and whether the
 * satellite is inside the South Atlantic Anomaly. {@code io.orbitdc.core.twin.orbit.FleetTimeline}
 * evaluates it on demand for a scenario's fleet (J2-secular elements, conical Earth shadow, SAA
 * region; docs/models/twin-timeline.md); {@link CircularOrbitTimeline} is an analytic stand-in for
 * tests.
 *
 * <p>Contract: every value is a pure function of (k, n) — the twin may read steps of different
 * satellites from several threads at once, so implementations must be thread-safe for reads;
 * indices outside {@code [0, satelliteCount())} × {@code [0, stepCount())} throw
 * {@link IndexOutOfBoundsException}.
 */
public interface GeometryTimeline {
    /** Number of satellites, ≥ 1. */
    int satelliteCount();

    /** Number of steps, ≥ 1. */
    int stepCount();

    /** Step length, s (> 0); step n covers [n·stepS, (n+1)·stepS). */
    double stepS();

    /** Fraction of the solar disc visible over the step: 1 sunlit, 0 umbra, between = penumbra. In [0, 1]. */
    double sunlitFraction(int satellite, int step);

    /**
     * Cosine of the angle between the Sun direction and the array normal, in [0, 1] (0 when the
     * Sun is behind the array); independent of the shadow, which {@link #sunlitFraction} carries.
     */
    double arrayCosIncidence(int satellite, int step);

    /** Whether the satellite is inside the South Atlantic Anomaly during the step. */
    boolean inSaa(int satellite, int step);

    /** Beta angle (Sun elevation above the orbit plane), rad in [−π/2, π/2]; for reporting and radiator loads. */
    double betaRad(int satellite, int step);

    /** Fraction of the mission that satellite {@code k} spends inside the SAA, in [0, 1] (a full pass by default). */
    default double saaTimeFraction(int satellite) {
        int inside = 0;
        for (int n = 0; n < stepCount(); n++) {
            if (inSaa(satellite, n)) {
                inside++;
            }
        }
        return inside / (double) stepCount();
    }

    /** Mission length covered by the timeline, s. */
    default double durationS() {
        return stepCount() * stepS();
    }
}
