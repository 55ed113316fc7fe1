package io.orbitdc.core.budget;

/**
 * One shell of a fleet as the estimate sees it.
 *
 * @param satellites     satellites in the shell
 * @param radiusM        orbit radius (semi-major axis), m
 * @param inclinationRad inclination, rad
 * @param planes         orbital planes the satellites are spread over (1 for a ring, e.g. a dawn-dusk shell)
 */
public record ShellLoad(long satellites, double radiusM, double inclinationRad, int planes) {

    /** A shell filled by many planes (a Walker shell whose planes are denser than the link range). */
    public ShellLoad(long satellites, double radiusM, double inclinationRad) {
        this(satellites, radiusM, inclinationRad, Integer.MAX_VALUE);
    }

    public ShellLoad {
        if (satellites < 0 || !(radiusM > 0) || !Double.isFinite(inclinationRad) || planes < 1) {
            throw new IllegalArgumentException("shell load out of range: " + satellites + " satellites, radius "
                    + radiusM + " m, inclination " + inclinationRad + " rad");
        }
    }
}
