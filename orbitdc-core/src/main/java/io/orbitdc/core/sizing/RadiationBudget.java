package io.orbitdc.core.sizing;

import java.util.OptionalDouble;

/**
 * Dose and single-event effects for one accelerator.
 *
 * @param doseRadPerYear      annual dose behind the shielding, rad(Si)/yr
 * @param missionDoseRad      dose over the mission, rad(Si)
 * @param yearsToDoseLimit    years until the part's TID limit, empty if the part has none
 * @param rates               single-event rates per accelerator-year
 * @param withinModelValidity whether the orbit and shield lie in the dose model's calibrated range
 */
public record RadiationBudget(double doseRadPerYear, double missionDoseRad, OptionalDouble yearsToDoseLimit,
                              SingleEventRates rates, boolean withinModelValidity) {
}
