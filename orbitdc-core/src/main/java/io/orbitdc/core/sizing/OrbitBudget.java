package io.orbitdc.core.sizing;

import io.orbitdc.core.orbit.OrbitSpec;

/**
 * Orbit figures that drive the budgets.
 *
 * @param orbit                  the circular orbit (SSO inclination filled in)
 * @param sunSynchronous         whether the inclination came from the SSO condition
 * @param initialRaanRad         node at the epoch, rad
 * @param periodS                orbital period, s
 * @param velocityMPerS          circular velocity, m/s
 * @param nodalRateRadPerS       J2 nodal drift, rad/s
 * @param betaSurvey             beta angle and eclipses over the first year
 * @param earthViewNadirPlate    Earth view factor of a nadir-facing plate
 * @param earthViewVerticalPlate Earth view factor of one face of a vertical plate
 */
public record OrbitBudget(CircularOrbit orbit, boolean sunSynchronous, double initialRaanRad, double periodS,
                          double velocityMPerS, double nodalRateRadPerS, BetaAngleSurvey betaSurvey,
                          double earthViewNadirPlate, double earthViewVerticalPlate) {
    /** Assess an orbit spec. */
    public static OrbitBudget of(OrbitSpec spec) {
        CircularOrbit orbit = new CircularOrbit(spec.altitudeM(), spec.inclinationRad());
        // the node from the LTAN with the low-precision Sun, the sizing's one Sun model
        double raan = spec.raanRad(SunDirection.at(spec.epoch()).rightAscensionRad());
        return new OrbitBudget(orbit, spec.sunSynchronous(), raan, orbit.periodS(), orbit.velocityMPerS(),
                orbit.nodalRateRadPerS(), BetaAngleSurvey.overYear(orbit, raan, spec.epoch()),
                EarthViewFactor.nadirPlate(spec.altitudeM()), EarthViewFactor.verticalPlate(spec.altitudeM()));
    }

    /** Worst eclipse per orbit, s. */
    public double worstEclipseS() {
        return betaSurvey.worstEclipseS();
    }

    /** Daylight in the orbit with the worst eclipse, s. */
    public double daylightS() {
        return periodS - betaSurvey.worstEclipseS();
    }
}
