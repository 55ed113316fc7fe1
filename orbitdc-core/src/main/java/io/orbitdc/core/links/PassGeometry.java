package io.orbitdc.core.links;

import io.orbitdc.core.orbit.Earth;

/**
 * The geometry of a ground-station pass of a satellite on a circular orbit over a spherical,
 * non-rotating Earth: slant range and elevation from the Earth central angle between the
 * sub-satellite point and the station, and the central angle along a pass.
 *
 * <p>Equations (docs/models/downlink-budget.md, ref: smad-1999 §5.2): with R the Earth radius,
 * r = R + h and λ the central angle,
 * <pre>ρ = √(R² + r² − 2 R r cos λ),   tan ε = (cos λ − R/r) / sin λ,
 * λ(ε) = arccos(R cos ε / r) − ε,   cos λ(t) = cos λ_min · cos(ω t)</pre>
 * the last for a pass whose closest approach is λ_min, ω the orbital rate. Ignoring the Earth's
 * rotation changes pass durations by up to about 7 % in LEO (the ratio of the Earth's rotation to
 * the orbital rate); the twin should take contact durations from the geometry scan and use this
 * class only to shape the elevation profile within a contact. Validated for {@link Earth#LEO} (160–2,000 km);
 * the formulas accept {@link Earth#ORBIT_MODELS}.
 */
public final class PassGeometry {

    /**
     * Radius of the spherical Earth, m: the equatorial radius that orbit altitudes are measured
     * from ({@link Earth#EQUATORIAL_RADIUS_M}), so r = R + h is the orbit's mean semi-major axis.
     */
    private static final double EARTH_RADIUS_M = Earth.EQUATORIAL_RADIUS_M;

    private final double altitudeM;
    private final double r;
    private final double maskRad;

    /**
     * @param altitudeM orbit altitude above the spherical Earth (m), 160–2,000 km
     * @param maskRad   station elevation mask (rad), from 0 up to (not including) 90 deg
     */
    public PassGeometry(double altitudeM, double maskRad) {
        // the spherical geometry holds at any orbit altitude; it is validated over LEO
        if (!Earth.ORBIT_MODELS.contains(altitudeM)) {
            throw new IllegalArgumentException("altitude must be within " + Earth.ORBIT_MODELS.describe() + ", found " + altitudeM + " m");
        }
        if (!(maskRad >= 0 && maskRad < Math.PI / 2)) {
            throw new IllegalArgumentException("elevation mask must lie in [0, 90) deg, found " + Math.toDegrees(maskRad) + " deg");
        }
        this.altitudeM = altitudeM;
        this.r = EARTH_RADIUS_M + altitudeM;
        this.maskRad = maskRad;
    }

    public double altitudeM() {
        return altitudeM;
    }

    public double maskRad() {
        return maskRad;
    }

    /** Slant range from the station to the satellite at elevation ε (m). */
    public double slantRangeM(double elevationRad) {
        double re = EARTH_RADIUS_M;
        double cos = Math.cos(elevationRad);
        return Math.sqrt(r * r - re * re * cos * cos) - re * Math.sin(elevationRad);
    }

    /** Slant range at Earth central angle λ (m). */
    public double slantRangeAtCentralAngleM(double lambdaRad) {
        double re = EARTH_RADIUS_M;
        return Math.sqrt(re * re + r * r - 2 * re * r * Math.cos(lambdaRad));
    }

    /** Elevation seen from the station at Earth central angle λ (rad); negative below the horizon. */
    public double elevationAtCentralAngle(double lambdaRad) {
        return Math.atan2(Math.cos(lambdaRad) - EARTH_RADIUS_M / r, Math.sin(lambdaRad));
    }

    /** Earth central angle at which the satellite stands at elevation ε (rad). */
    public double centralAngleAt(double elevationRad) {
        return Math.acos(EARTH_RADIUS_M * Math.cos(elevationRad) / r) - elevationRad;
    }

    /** Central angle of the edge of the station's footprint at its mask (rad). */
    public double maskCentralAngle() {
        return centralAngleAt(maskRad);
    }

    /** Orbital angular rate (rad/s), two-body. */
    public double orbitalRate() {
        return Math.sqrt(Earth.MU / (r * r * r));
    }

    /** Orbit period (s), two-body. */
    public double periodS() {
        return 2 * Math.PI / orbitalRate();
    }

    /** Duration above the mask of a pass with closest central angle λ_min (s); 0 if it never rises. */
    public double passDurationS(double minCentralAngleRad) {
        double lm = maskCentralAngle();
        if (minCentralAngleRad >= lm) {
            return 0;
        }
        return 2 * Math.acos(Math.cos(lm) / Math.cos(minCentralAngleRad)) / orbitalRate();
    }

    /**
     * Closest central angle of the pass that lasts {@code durationS} above the mask (rad): the
     * inverse of {@link #passDurationS}. Durations beyond the overhead pass (possible for a
     * geometry scan that includes the Earth's rotation) give 0, an overhead pass.
     */
    public double minCentralAngleForDuration(double durationS) {
        if (!(durationS >= 0) || !Double.isFinite(durationS)) {
            throw new IllegalArgumentException("contact duration must be a non-negative number of seconds, found " + durationS);
        }
        double half = orbitalRate() * durationS / 2;
        double lm = maskCentralAngle();
        if (half >= lm) {
            return 0;
        }
        return Math.acos(Math.min(1.0, Math.cos(lm) / Math.cos(half)));
    }

    /** Central angle at time t from the middle of a pass with closest central angle λ_min (rad). */
    public double centralAngleAt(double minCentralAngleRad, double tFromMidpassS) {
        double c = Math.cos(minCentralAngleRad) * Math.cos(orbitalRate() * tFromMidpassS);
        return Math.acos(Math.max(-1.0, Math.min(1.0, c)));
    }
}
