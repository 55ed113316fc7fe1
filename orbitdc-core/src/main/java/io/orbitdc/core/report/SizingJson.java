package io.orbitdc.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.sizing.RadiationBudget;
import io.orbitdc.core.sizing.SingleEventRates;
import io.orbitdc.core.sizing.SizingResult;

/**
 * The machine-readable sizing report ({@code orbitdc size --json}). Keys are the public
 * contract documented in docs/cli.md; values are SI unless the key names the unit.
 */
public final class SizingJson {

    private SizingJson() {
    }

    public static ObjectNode of(SizingReport report) {
        ObjectNode doc = JsonOutput.object();
        doc.put("scenario", report.scenario().name());
        doc.put("file", report.scenario().file());
        SizingReport.ShellSizing primary = report.primary();
        shell(doc, primary);
        if (report.shells().size() > 1) {
            ArrayNode shells = doc.putArray("shells");
            for (SizingReport.ShellSizing s : report.shells()) {
                shell(shells.addObject(), s);
            }
        }
        return doc;
    }

    private static void shell(ObjectNode doc, SizingReport.ShellSizing shell) {
        SizingResult r = shell.result();
        ObjectNode binding = doc.putObject("binding");
        binding.put("constraint", r.binding().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        binding.put("violation", r.binding().violation());
        binding.put("explanation", r.binding().explanation());
        ArrayNode warnings = doc.putArray("warnings");
        r.warnings().forEach(warnings::add);

        ObjectNode orbit = doc.putObject("orbit");
        orbit.put("altitudeM", r.orbit().orbit().altitudeM());
        orbit.put("inclinationDeg", Math.toDegrees(r.orbit().orbit().inclinationRad()));
        orbit.put("sunSynchronous", r.orbit().sunSynchronous());
        orbit.put("periodS", r.orbit().periodS());
        orbit.put("velocityMps", r.orbit().velocityMPerS());
        orbit.put("betaMinDeg", Math.toDegrees(r.orbit().betaSurvey().minAbsBetaRad()));
        orbit.put("betaMaxDeg", Math.toDegrees(r.orbit().betaSurvey().maxAbsBetaRad()));
        orbit.put("worstEclipseFraction", r.orbit().betaSurvey().worstEclipseFraction());
        orbit.put("worstEclipseS", r.orbit().worstEclipseS());
        orbit.put("earthViewFactorNadirPlate", r.orbit().earthViewNadirPlate());
        orbit.put("earthViewFactorVerticalPlate", r.orbit().earthViewVerticalPlate());

        ObjectNode sat = doc.putObject("satellite");
        sat.put("itPowerW", r.power().itLoadW());
        sat.put("busPowerW", r.power().busLoadW());
        sat.put("loadW", r.power().totalLoadW());
        sat.put("wasteHeatW", r.power().wasteHeatW());
        sat.put("computeHeatW", r.power().heat().computeHeatW());
        sat.put("busHeatW", r.power().heat().busHeatW());
        ObjectNode array = sat.putObject("solarArray");
        array.put("areaM2", r.solarArray().areaM2());
        array.put("massKg", r.solarArray().massKg());
        array.put("requiredEolPowerW", r.solarArray().requiredEolPowerW());
        array.put("bolPowerW", r.solarArray().bolPowerW());
        array.put("bolOutputWPerM2", r.solarArray().bolOutputWPerM2());
        array.put("eolOutputWPerM2", r.solarArray().eolOutputWPerM2());
        array.put("lifeDegradationFactor", r.solarArray().lifeDegradationFactor());
        ObjectNode battery = sat.putObject("battery");
        battery.put("energyWh", r.battery().capacityJ() / 3600.0);
        battery.put("eclipseEnergyWh", r.battery().eclipseEnergyJ() / 3600.0);
        battery.put("massKg", r.battery().massKg());
        ObjectNode radiator = sat.putObject("radiator");
        radiator.put("netFluxWPerM2", r.radiator().netFluxWPerM2());
        radiator.put("emittedFluxWPerM2", r.radiator().emittedFluxWPerM2());
        radiator.put("absorbedFluxWPerM2", r.radiator().absorbedFluxWPerM2());
        radiator.put("areaM2", r.radiator().areaM2());
        radiator.put("massKg", r.radiator().massKg());
        radiator.put("heatW", r.radiator().wasteHeatW());
        ObjectNode busRadiator = sat.putObject("busRadiator");
        busRadiator.put("temperatureC", r.busRadiator().temperatureK() - 273.15);
        busRadiator.put("heatW", r.busRadiator().wasteHeatW());
        busRadiator.put("netFluxWPerM2", r.busRadiator().netFluxWPerM2());
        busRadiator.put("areaM2", r.busRadiator().areaM2());
        busRadiator.put("massKg", r.busRadiator().massKg());
        sat.put("dieTemperatureC", r.dieTemperature().dieTemperatureK() - 273.15);
        sat.put("dieLimitC", r.dieTemperature().limitK() - 273.15);
        sat.put("massKg", r.mass().totalKg());
        ObjectNode mass = sat.putObject("mass");
        mass.put("computeKg", r.mass().computeKg());
        mass.put("solarArrayKg", r.mass().solarArrayKg());
        mass.put("batteryKg", r.mass().batteryKg());
        mass.put("radiatorKg", r.mass().radiatorKg());
        mass.put("shieldingKg", r.mass().shieldingKg());
        mass.put("busKg", r.mass().busFixedKg());
        mass.put("structureKg", r.mass().structureKg());
        mass.put("propulsionKg", r.mass().propulsionKg());
        sat.put("specificPowerWPerKg", r.itSpecificPowerWPerKg());

        RadiationBudget radiation = r.radiation();
        ObjectNode rad = doc.putObject("radiation");
        rad.put("doseRadPerYear", radiation.dose().central());
        rad.put("doseRadPerYearLow", radiation.dose().low());
        rad.put("doseRadPerYearHigh", radiation.dose().high());
        rad.put("missionDoseRad", radiation.missionDose().central());
        rad.put("missionDoseRadLow", radiation.missionDose().low());
        rad.put("missionDoseRadHigh", radiation.missionDose().high());
        rad.put("tidLimitRad", radiation.tidLimit().rad());
        rad.put("tidLimitDefault", radiation.tidLimit().isDefault());
        rad.put("tidLimitBasis", radiation.tidLimit().basis());
        rad.put("yearsToDoseLimit", radiation.yearsToDoseLimitBand().central());
        rad.put("yearsToDoseLimitLow", radiation.yearsToDoseLimitBand().low());
        rad.put("yearsToDoseLimitHigh", radiation.yearsToDoseLimitBand().high());
        rad.put("tidMargin", radiation.tidMargin().central());
        rad.put("tidMarginLow", radiation.tidMargin().low());
        rad.put("tidMarginHigh", radiation.tidMargin().high());
        rates(rad, "", radiation.rates());
        rates(rad, "Low", radiation.ratesLow());
        rates(rad, "High", radiation.ratesHigh());
        rad.put("withinModelValidity", radiation.withinModelValidity());

        ObjectNode fleet = doc.putObject("fleet");
        fleet.put("satellites", r.fleet().satellites());
        fleet.put("accelerators", r.fleet().accelerators());
        fleet.put("itPowerW", r.fleet().itPowerW());
        fleet.put("massKg", r.fleet().massKg());
        fleet.put("arrayAreaM2", r.fleet().arrayAreaM2());
        fleet.put("radiatorAreaM2", r.fleet().radiatorAreaM2());

        ObjectNode cmp = doc.putObject("comparison");
        cmp.put("arrayAreaToIss", r.comparison().arrayAreaToIss());
        cmp.put("arrayOutputPerM2ToIss", r.comparison().arrayOutputPerM2ToIss());
        cmp.put("arrayPowerToIss", r.comparison().arrayPowerToIss());
        cmp.put("specificPowerToStarlinkV2Mini", r.comparison().specificPowerToStarlinkV2Mini());
    }

    /** Single-event rates per accelerator-year; {@code suffix} "" for central, "Low"/"High" for the band ends. */
    private static void rates(ObjectNode rad, String suffix, SingleEventRates rates) {
        rad.put("sdcPerAcceleratorYear" + suffix, rates.sdcPerYear());
        rad.put("ueccPerAcceleratorYear" + suffix, rates.ueccPerYear());
        rad.put("crashesPerAcceleratorYear" + suffix, rates.crashesPerYear());
    }
}
