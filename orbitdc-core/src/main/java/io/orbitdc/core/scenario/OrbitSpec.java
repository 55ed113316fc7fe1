package io.orbitdc.core.scenario;

import java.util.OptionalDouble;

/**
 * One orbit of a scenario, in SI units. A sun-synchronous orbit has no inclination here: it
 * follows from the J2 condition at this altitude (sizing and geometry compute it), and its node
 * is set by the local time of the ascending node.
 *
 * @param inclinationRad empty for {@code inclination: sso}
 * @param ltanHours      local time of the ascending node in hours after midnight (used for sso)
 */
public record OrbitSpec(double altitudeM, OptionalDouble inclinationRad, double ltanHours, double eccentricity,
                        double raanRad, double argumentOfPerigeeRad, String propagator) {

    public boolean sunSynchronous() {
        return inclinationRad.isEmpty();
    }
}
