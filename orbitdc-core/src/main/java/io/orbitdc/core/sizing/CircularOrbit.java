package io.orbitdc.core.sizing;

import io.orbitdc.core.orbit.Earth;

/**
 * A circular Earth orbit described by altitude and inclination: Keplerian period and velocity,
 * and the J2 secular drift of the ascending node.
 *
 * <p>Validity: circular LEO/MEO, altitude within {@link Earth#ORBIT_MODELS} (100 km to 40,000 km); only the J2 secular nodal rate is
 * modelled (no drag, no higher zonals). ref: vallado-2013 §9.6 (secular J2 effects)
 *
 * @param altitudeM      altitude above the equatorial radius, m
 * @param inclinationRad inclination, rad, in [0, π]
 */
public record CircularOrbit(double altitudeM, double inclinationRad) {
    public CircularOrbit {
        Bounds.within("orbit altitude (m)", altitudeM, Earth.ORBIT_MODELS.minM(), Earth.ORBIT_MODELS.maxM());
        Bounds.within("orbit inclination (rad)", inclinationRad, 0.0, Math.PI);
    }

    /** Semi-major axis (= orbit radius), m. */
    public double radiusM() {
        return Earth.semiMajorAxisM(altitudeM);
    }

    /** Mean motion n = √(μ/a³), rad/s. */
    public double meanMotionRadPerS() {
        double a = radiusM();
        return Math.sqrt(Earth.MU / (a * a * a));
    }

    /** Orbital period 2π/n, s. */
    public double periodS() {
        return 2.0 * Math.PI / meanMotionRadPerS();
    }

    /** Circular velocity √(μ/a), m/s. */
    public double velocityMPerS() {
        return Math.sqrt(Earth.MU / radiusM());
    }

    /**
     * J2 secular rate of the right ascension of the ascending node for e = 0:
     * Ω̇ = −(3/2) n J2 (R/a)² cos i, rad/s. ref: vallado-2013 §9.6
     */
    public double nodalRateRadPerS() {
        double ratio = Earth.EQUATORIAL_RADIUS_M / radiusM();
        return -1.5 * meanMotionRadPerS() * Earth.J2 * ratio * ratio * Math.cos(inclinationRad);
    }
}
