package io.orbitdc.core.sizing;

import io.orbitdc.core.orbit.Earth;

/**
 * View factor from a flat plate in orbit to the Earth (sphere), for the two plate orientations
 * that radiators use. ref: howell-catalog-c-factors (sphere to plane element configurations)
 *
 * <p>Nadir-facing plate (normal towards the Earth's centre): F = (R/(R+h))².
 * Vertical plate (normal perpendicular to the local vertical, "edge-on" to the Earth), one face:
 * F = (1/π)[atan(1/√(H²−1)) − √(H²−1)/H²], H = (R+h)/R. Validity: any altitude &gt; 0; spherical
 * Earth of equatorial radius.
 */
public final class EarthViewFactor {
    private EarthViewFactor() {
    }

    /** Face of a plate whose normal points to nadir. */
    public static double nadirPlate(double altitudeM) {
        Bounds.positive("altitude (m)", altitudeM);
        double ratio = Earth.EQUATORIAL_RADIUS_M / (Earth.EQUATORIAL_RADIUS_M + altitudeM);
        return ratio * ratio;
    }

    /** One face of a plate whose normal is horizontal (perpendicular to the local vertical). */
    public static double verticalPlate(double altitudeM) {
        Bounds.positive("altitude (m)", altitudeM);
        double big = (Earth.EQUATORIAL_RADIUS_M + altitudeM) / Earth.EQUATORIAL_RADIUS_M;
        double root = Math.sqrt(big * big - 1.0);
        return (Math.atan(1.0 / root) - root / (big * big)) / Math.PI;
    }
}
