package io.orbitdc.core.budget;

/**
 * One shell of a fleet as the estimate sees it.
 *
 * @param satellites     satellites in the shell
 * @param radiusM        orbit radius (semi-major axis), m
 * @param inclinationRad inclination, rad
 */
public record ShellLoad(long satellites, double radiusM, double inclinationRad) {

    public ShellLoad {
        if (satellites < 0 || !(radiusM > 0) || !Double.isFinite(inclinationRad)) {
            throw new IllegalArgumentException("shell load out of range: " + satellites + " satellites, radius "
                    + radiusM + " m, inclination " + inclinationRad + " rad");
        }
    }
}
