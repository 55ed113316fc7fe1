package io.orbitdc.core.sizing;

import io.orbitdc.core.catalog.Accelerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.orekit.utils.Constants;

/**
 * Closed-form sizing of one orbital data-center satellite and its fleet: orbit → loads → solar
 * array and battery → radiator and die temperature → dose and upsets → mass → fleet → binding
 * budget. The compute radiator takes the IT heat, a bus radiator the bus load and power-chain
 * losses ({@link HeatLoads}). Each step is one of the package's small models; see docs/models/*.md.
 *
 * <p>Validity: circular LEO 300–1,200 km (outside it the dose model warns), continuous full
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
                    "satellite mass %.1f kg is above the limit of %.1f kg", mass.totalKg(),
                    in.maxSatelliteMassKg().getAsDouble())));
        }

        BindingConstraint binding = BindingConstraint.decide(die, radiation.yearsToDoseLimit(), missionYears, mass,
                in.maxSatelliteMassKg());
        FleetBudget fleet = FleetSizer.size(in.fleetTarget(), in.acceleratorsPerSatellite(), power, array,
                radiator.areaM2() + busRadiator.areaM2(), mass);
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
        double dose = RadiationEnvironment.doseRadPerYear(altitude, thickness, orbit.orbit().inclinationRad());
        double missionYears = in.missionLifeS() / Constants.JULIAN_YEAR;
        boolean valid = RadiationEnvironment.withinValidity(altitude, thickness);
        if (!valid) {
            warnings.add(new Warning(Severity.MODEL_VALIDITY, String.format(Locale.ROOT,
                    "dose model used outside its calibrated range (300–1200 km, 1–20 mm Al): %.0f km, %.1f mm",
                    altitude / 1e3, thickness * 1e3)));
        }
        OptionalDouble years = OptionalDouble.empty();
        if (acc.tidLimitRad().isPresent()) {
            years = OptionalDouble.of(acc.tidLimitRad().getAsDouble() / dose);
            if (years.getAsDouble() < missionYears) {
                warnings.add(new Warning(Severity.VIOLATION, String.format(Locale.ROOT,
                        "%s reaches its %.0f rad TID limit after %.2f years, before the %.2f-year mission ends",
                        acc.id(), acc.tidLimitRad().getAsDouble(), years.getAsDouble(), missionYears)));
            }
        } else {
            warnings.add(new Warning(Severity.ASSUMPTION, "accelerator " + acc.id()
                    + " has no published TID limit: the dose-limit check was skipped"));
        }
        SingleEventRates rates = SingleEventRates.of(acc, dose);
        if (rates.usedTpuDefaults()) {
            warnings.add(new Warning(Severity.ASSUMPTION, "accelerator " + acc.id()
                    + " lacks measured rad-per-event figures: TPU v6e proton figures used instead"));
        }
        return new RadiationBudget(dose, dose * missionYears, years, rates, valid);
    }
}
