package io.orbitdc.core.sizing;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.catalog.Accelerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.orekit.utils.Constants;

/**
 * Closed-form sizing of one orbital data-center satellite and its fleet: orbit → loads → solar
 * array and battery → radiator and die temperature → dose and upsets → mass → fleet → binding
 * budget. The compute radiator takes the IT heat, a bus radiator the bus load and power-chain
 * losses ({@link HeatLoads}). Each step is one of the package's small models; see docs/models/*.md.
 *
 * <p>Validity: circular LEO 500–2,000 km (outside it the dose table warns), continuous full
 * load in daylight and eclipse, worst eclipse of the first year.
 */
public final class SatelliteSizer {
    private SatelliteSizer() {
    }

    private enum Severity { VIOLATION, MODEL_VALIDITY, ASSUMPTION }

    private record Warning(Severity severity, String text) {
    }

    /** Size a satellite and its fleet. */
    public static SizingResult size(SizingInput in) {
        List<Warning> warnings = new ArrayList<>();
        Accelerator acc = in.accelerator();

        OrbitBudget orbit = OrbitBudget.of(in.orbit());
        double eclipseS = orbit.worstEclipseS();
        double daylightS = orbit.daylightS();

        double itLoad = in.acceleratorsPerSatellite() * acc.powerW() * (1.0 + in.itOverheadFraction());
        double busLoad = in.busPowerW() + in.busPowerFraction() * itLoad;
        double load = itLoad + busLoad;
        double arrayPower = in.powerSystem().requiredArrayPowerW(load, eclipseS, load, daylightS);
        double conversionLoss = in.powerSystem().conversionLossW(load, eclipseS, load, daylightS);
        HeatLoads heat = HeatLoads.of(itLoad, busLoad, conversionLoss);
        PowerBudget power = new PowerBudget(itLoad, busLoad, load, eclipseS, daylightS, arrayPower, conversionLoss,
                heat);

        SolarArraySizing array = new SolarArray(in.solarArray()).size(arrayPower, in.missionLifeS());
        BatterySizing battery = new Battery(in.battery()).size(load, eclipseS);
        if (eclipseS == 0.0) {
            warnings.add(new Warning(Severity.ASSUMPTION,
                    "no eclipse in the first year: battery sized to zero; carry a safe-mode battery in the bus mass"));
        }

        RadiatorEnvironment environment = RadiatorEnvironment.forOrbit(in.radiator(), in.orbit().altitudeM(),
                orbit.betaSurvey().minAbsBetaRad(), in.solarArray().solarConstantWPerM2());
        RadiatorSizing radiator = new Radiator(in.radiator(), environment).size(heat.computeHeatW());
        RadiatorSizing busRadiator = BusRadiator.size(in.radiator(), environment, heat.busHeatW());
        DieTemperature die = DieTemperature.of(in.radiator().temperatureK(), in.thermalResistanceKPerW(),
                acc.powerW(), acc.maxDieTemperatureK());
        if (die.exceedsLimit()) {
            warnings.add(new Warning(Severity.VIOLATION, String.format(Locale.ROOT,
                    "die temperature %.1f K is above the %s limit of %.1f K (radiator %.1f K + %.3f K/W × %.0f W)",
                    die.dieTemperatureK(), acc.id(), die.limitK(), in.radiator().temperatureK(),
                    in.thermalResistanceKPerW(), acc.powerW())));
        }

        RadiationBudget radiation = radiation(in, orbit, warnings);
        double missionYears = in.missionLifeS() / Constants.JULIAN_YEAR;

        double computeVolume = in.acceleratorsPerSatellite() * acc.volumeM3();
        if (computeVolume == 0.0) {
            warnings.add(new Warning(Severity.ASSUMPTION, "accelerator " + acc.id()
                    + " has no volume: shielding mass is zero"));
        }
        MassBreakdown mass = MassBudget.rollUp(in.acceleratorsPerSatellite() * acc.massKg(), array.massKg(),
                battery.massKg(), radiator.massKg() + busRadiator.massKg(), MassBudget.shieldingMassKg(in.shieldingThicknessM(), computeVolume),
                in.busMassKg(), in.structureFraction(), in.propulsionFraction());
        if (in.maxSatelliteMassKg().isPresent() && mass.totalKg() > in.maxSatelliteMassKg().getAsDouble()) {
            warnings.add(new Warning(Severity.VIOLATION, String.format(Locale.ROOT,
                    "satellite mass %s is above the limit of %s", HumanFormat.mass(mass.totalKg()),
                    HumanFormat.mass(in.maxSatelliteMassKg().getAsDouble()))));
        }

        BindingConstraint binding = BindingConstraint.decide(die, radiation.yearsToDoseLimit(), missionYears, mass,
                in.maxSatelliteMassKg());
        FleetBudget fleet = FleetSizer.size(in.fleetTarget(), in.acceleratorsPerSatellite(), power, array,
                radiator.areaM2() + busRadiator.areaM2(), mass);
        FleetSizer.overshootWarning(in.fleetTarget(), in.acceleratorsPerSatellite(), itLoad)
                .ifPresent(text -> warnings.add(new Warning(Severity.ASSUMPTION, text)));
        List<String> ordered = warnings.stream()
                .sorted(Comparator.comparing(Warning::severity))
                .map(Warning::text)
                .toList();
        return new SizingResult(orbit, power, array, battery, radiator, busRadiator, die, radiation, mass, itLoad / mass.totalKg(),
                fleet, Comparison.of(array, mass), binding, ordered);
    }

    private static RadiationBudget radiation(SizingInput in, OrbitBudget orbit, List<Warning> warnings) {
        Accelerator acc = in.accelerator();
        double altitude = in.orbit().altitudeM();
        double thickness = in.shieldingThicknessM();
        double inclination = orbit.orbit().inclinationRad();
        Band dose = RadiationEnvironment.dose(altitude, thickness, inclination);
        double missionYears = in.missionLifeS() / Constants.JULIAN_YEAR;
        boolean valid = RadiationEnvironment.withinValidity(altitude, thickness, inclination);
        if (!valid) {
            warnings.add(new Warning(Severity.MODEL_VALIDITY, String.format(Locale.ROOT,
                    "dose table extrapolated outside its range (500-2000 km, 2-20 mm Al, inclination 30-150 deg):"
                            + " %.0f km, %.1f mm, %.1f deg", altitude / 1e3, thickness * 1e3, Math.toDegrees(inclination))));
        }
        TidLimit limit = TidLimit.of(acc);
        RadiationBudget budget = new RadiationBudget(dose, missionYears, limit, SingleEventRates.of(acc, dose.central()),
                SingleEventRates.of(acc, dose.low()), SingleEventRates.of(acc, dose.high()), valid);
        Band mission = budget.missionDose();
        Band years = budget.yearsToDoseLimitBand();
        if (limit.isDefault()) {
            warnings.add(new Warning(Severity.ASSUMPTION, String.format(Locale.ROOT,
                    "accelerator %s has no published TID limit: %.0f rad(Si) assumed (%s); mission dose %.0f rad"
                            + " (band %.0f-%.0f), margin x%.2f (x%.2f-x%.2f)", acc.id(), limit.rad(), limit.basis(),
                    mission.central(), mission.low(), mission.high(), budget.tidMargin().central(),
                    budget.tidMargin().low(), budget.tidMargin().high())));
        }
        if (years.central() < missionYears) {
            warnings.add(new Warning(Severity.VIOLATION, String.format(Locale.ROOT,
                    "%s reaches its %.0f rad TID limit%s after %.2f years (%.2f-%.2f over the dose band),"
                            + " before the %.2f-year mission ends", acc.id(), limit.rad(),
                    limit.isDefault() ? " (default)" : "", years.central(), years.low(), years.high(), missionYears)));
        } else if (years.low() < missionYears) {
            warnings.add(new Warning(Severity.ASSUMPTION, String.format(Locale.ROOT,
                    "%s meets its %.0f rad TID limit at the central dose but not at the high end of the dose band"
                            + " (limit after %.2f years of a %.2f-year mission)", acc.id(), limit.rad(), years.low(),
                    missionYears)));
        }
        if (budget.rates().usedTpuDefaults()) {
            warnings.add(new Warning(Severity.ASSUMPTION, "accelerator " + acc.id()
                    + " lacks measured rad-per-event figures: TPU v6e proton figures used instead"));
        }
        return budget;
    }
}
