package io.orbitdc.core.sizing;

import java.util.OptionalDouble;

/**
 * Dose and single-event effects for one accelerator, each as a low / central / high band.
 *
 * @param dose                annual dose behind the shielding, rad(Si)/yr
 * @param missionYears        mission length, years
 * @param tidLimit            the TID limit checked (catalog or graded default)
 * @param rates               central single-event rates per accelerator-year (the twin's input)
 * @param ratesLow            rates at the low end of the dose band
 * @param ratesHigh           rates at the high end of the dose band
 * @param withinModelValidity whether the orbit and shield lie in the dose table's range
 */
public record RadiationBudget(Band dose, double missionYears, TidLimit tidLimit, SingleEventRates rates,
                              SingleEventRates ratesLow, SingleEventRates ratesHigh, boolean withinModelValidity) {
    public RadiationBudget {
        Bounds.positive("dose (rad/yr)", dose.central());
        Bounds.positive("mission length (yr)", missionYears);
    }

    /** Central annual dose, rad(Si)/yr. */
    public double doseRadPerYear() {
        return dose.central();
    }

    /** Central dose over the mission, rad(Si). */
    public double missionDoseRad() {
        return dose.central() * missionYears;
    }

    /** Dose over the mission as a band, rad(Si). */
    public Band missionDose() {
        return dose.times(missionYears);
    }

    /** Years until the TID limit at the central dose (always present: a default limit stands in). */
    public OptionalDouble yearsToDoseLimit() {
        return OptionalDouble.of(tidLimit.rad() / dose.central());
    }

    /** Years until the TID limit: low at the high dose, high at the low dose. */
    public Band yearsToDoseLimitBand() {
        return new Band(tidLimit.rad() / dose.high(), tidLimit.rad() / dose.central(), tidLimit.rad() / dose.low());
    }

    /** TID limit over the mission dose: low at the high dose, high at the low dose. */
    public Band tidMargin() {
        return yearsToDoseLimitBand().times(1.0 / missionYears);
    }
}
