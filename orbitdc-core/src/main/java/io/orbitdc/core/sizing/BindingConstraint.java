package io.orbitdc.core.sizing;

import io.orbitdc.core.units.HumanFormat;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Which budget binds the design: the first violated hard limit (die temperature, total dose
 * before end of mission, satellite mass), else the subsystem group with the largest mass among
 * power (array + battery), thermal (radiator), compute and radiation (shielding).
 *
 * @param kind        the binding budget
 * @param violation   true when a hard limit is violated (the design does not close)
 * @param explanation one sentence with the numbers
 */
public record BindingConstraint(Kind kind, boolean violation, String explanation) {
    /** The budgets that can bind. */
    public enum Kind {
        DIE_TEMPERATURE, DOSE_LIMIT, SATELLITE_MASS, POWER, THERMAL, COMPUTE, RADIATION_SHIELDING
    }

    /** Decide the binding constraint, hard limits first in the order die, dose, mass. */
    public static BindingConstraint decide(DieTemperature die, OptionalDouble yearsToDoseLimit, double missionYears,
                                           MassBreakdown mass, OptionalDouble maxSatelliteMassKg) {
        if (die.exceedsLimit()) {
            return new BindingConstraint(Kind.DIE_TEMPERATURE, true, String.format(Locale.ROOT,
                    "die temperature %.1f K exceeds the part's limit %.1f K", die.dieTemperatureK(), die.limitK()));
        }
        if (yearsToDoseLimit.isPresent() && yearsToDoseLimit.getAsDouble() < missionYears) {
            return new BindingConstraint(Kind.DOSE_LIMIT, true, String.format(Locale.ROOT,
                    "total dose limit reached after %.2f years, before the end of the %.2f-year mission",
                    yearsToDoseLimit.getAsDouble(), missionYears));
        }
        if (maxSatelliteMassKg.isPresent() && mass.totalKg() > maxSatelliteMassKg.getAsDouble()) {
            return new BindingConstraint(Kind.SATELLITE_MASS, true, String.format(Locale.ROOT,
                    "satellite mass %s exceeds the limit %s", HumanFormat.mass(mass.totalKg()),
                    HumanFormat.mass(maxSatelliteMassKg.getAsDouble())));
        }
        Kind kind = Kind.POWER;
        double largest = mass.powerKg();
        if (mass.radiatorKg() > largest) {
            kind = Kind.THERMAL;
            largest = mass.radiatorKg();
        }
        if (mass.computeKg() > largest) {
            kind = Kind.COMPUTE;
            largest = mass.computeKg();
        }
        if (mass.shieldingKg() > largest) {
            kind = Kind.RADIATION_SHIELDING;
            largest = mass.shieldingKg();
        }
        return new BindingConstraint(kind, false, String.format(Locale.ROOT,
                "largest mass contributor: %s at %s of %s", kind, HumanFormat.mass(largest), HumanFormat.mass(mass.totalKg())));
    }
}
