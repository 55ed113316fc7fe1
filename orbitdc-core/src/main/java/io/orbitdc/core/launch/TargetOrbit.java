package io.orbitdc.core.launch;

import io.orbitdc.core.InputException;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.orbit.SunSynchronous;

/**
 * A circular target orbit for a launch: altitude above the equatorial radius and inclination.
 * Valid for {@link Earth#LEO}, 160 km to 2,000 km (the payload model's anchors and the vehicle
 * catalog are LEO figures).
 */
public record TargetOrbit(double altitudeM, double inclinationRad) {

    public TargetOrbit {
        if (!Earth.LEO.contains(altitudeM)) {
            throw new InputException("orbit altitude " + altitudeM + " m is outside " + Earth.LEO.describe());
        }
        if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
            throw new InputException("inclination " + inclinationRad + " rad is outside 0..pi");
        }
    }

    /** Circular orbit at {@code altitudeM} with inclination in degrees. */
    public static TargetOrbit ofDegrees(double altitudeM, double inclinationDeg) {
        return new TargetOrbit(altitudeM, Math.toRadians(inclinationDeg));
    }

    /** The sun-synchronous circular orbit at this altitude (J2 nodal precession equal to the Sun's mean motion). */
    public static TargetOrbit sunSynchronous(double altitudeM) {
        return new TargetOrbit(altitudeM, SunSynchronous.circularInclinationRad(altitudeM));
    }

    public double inclinationDeg() {
        return Math.toDegrees(inclinationRad);
    }

    /** Human-readable orbit, e.g. "650 km / 98.0°". */
    public String label() {
        return String.format(java.util.Locale.ROOT, "%.0f km / %.1f°", altitudeM / 1000, inclinationDeg());
    }
}
