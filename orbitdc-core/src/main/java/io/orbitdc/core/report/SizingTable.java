package io.orbitdc.core.report;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Shell;
import io.orbitdc.core.sizing.MassBreakdown;
import io.orbitdc.core.sizing.RadiationBudget;
import io.orbitdc.core.sizing.SizingResult;
import java.util.Locale;

/**
 * The human sizing report: one screen a reviewer can read, binding constraint and warnings
 * first, then one line per budget.
 */
public final class SizingTable {

    private SizingTable() {
    }

    public static String render(SizingReport report) {
        StringBuilder out = new StringBuilder();
        line(out, "orbitdc size: %s (%s)", report.scenario().name(), report.scenario().file());
        SatelliteDesign design = report.scenario().satellite().orElseThrow();
        for (SizingReport.ShellSizing shell : report.shells()) {
            if (report.shells().size() > 1) {
                out.append('\n');
                line(out, "== shell at %.0f km", shell.shell().orbit().altitudeM() / 1000);
            }
            render(out, design, shell.shell(), shell.result(), report.scenario().missionLifeS());
        }
        return out.toString();
    }

    private static void render(StringBuilder out, SatelliteDesign d, Shell shell, SizingResult r, double lifeS) {
        line(out, "BINDING    %s%s: %s", r.binding().violation() ? "VIOLATED " : "",
                r.binding().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), r.binding().explanation());
        if (r.warnings().isEmpty()) {
            line(out, "WARNINGS   none");
        }
        for (int i = 0; i < r.warnings().size(); i++) {
            line(out, "%s %s", i == 0 ? "WARNINGS  " : "          ", r.warnings().get(i));
        }
        out.append('\n');
        double periodMin = r.orbit().periodS() / 60;
        String ltan = shell.orbit().sunSynchronous() ? String.format(Locale.ROOT, " SSO LTAN %s", hhmm(shell.orbit().ltanHours())) : "";
        line(out, "ORBIT      %.0f km, i %.2f deg%s   period %.1f min   v %.2f km/s",
                r.orbit().orbit().altitudeM() / 1000, Math.toDegrees(r.orbit().orbit().inclinationRad()), ltan, periodMin,
                r.orbit().velocityMPerS() / 1000);
        line(out, "           |beta| %.1f..%.1f deg over a year   worst eclipse %.1f min (%.1f %% of the orbit)",
                Math.toDegrees(r.orbit().betaSurvey().minAbsBetaRad()), Math.toDegrees(r.orbit().betaSurvey().maxAbsBetaRad()),
                r.orbit().worstEclipseS() / 60, 100 * r.orbit().betaSurvey().worstEclipseFraction());
        line(out, "POWER      IT %s (%d x %s at %s, +%.0f %% host)   bus %s   load %s",
                power(r.power().itLoadW()), d.acceleratorsPerSatellite(), d.accelerator().name(),
                power(d.accelerator().powerW()), 100 * d.itOverhead(), power(r.power().busLoadW()), power(r.power().totalLoadW()));
        line(out, "SOLAR      %s, %s   EOL %.0f W/m2 (BOL %.0f W/m2, x%.3f over %.1f yr)   BOL %s",
                area(r.solarArray().areaM2()), mass(r.solarArray().massKg()), r.solarArray().eolOutputWPerM2(),
                r.solarArray().bolOutputWPerM2(), r.solarArray().lifeDegradationFactor(), lifeS / (365.25 * 86400),
                power(r.solarArray().bolPowerW()));
        line(out, "BATTERY    %s, %s   (worst eclipse draws %s)",
                HumanFormat.energy(r.battery().capacityJ()), mass(r.battery().massKg()), HumanFormat.energy(r.battery().eclipseEnergyJ()));
        line(out, "RADIATOR   net %.0f W/m2 (emits %.0f, absorbs %.0f)   %s, %s   die %.0f C (limit %.0f C)",
                r.radiator().netFluxWPerM2(), r.radiator().emittedFluxWPerM2(), r.radiator().absorbedFluxWPerM2(),
                area(r.radiator().areaM2()), mass(r.radiator().massKg()), r.dieTemperature().dieTemperatureK() - 273.15,
                r.dieTemperature().limitK() - 273.15);
        line(out, "           compute %s at %.0f C   bus radiator %s, %s at %.0f C for bus load and power-chain losses (%s)",
                power(r.radiator().wasteHeatW()), r.radiator().temperatureK() - 273.15, area(r.busRadiator().areaM2()),
                mass(r.busRadiator().massKg()), r.busRadiator().temperatureK() - 273.15, power(r.busRadiator().wasteHeatW()));
        RadiationBudget rad = r.radiation();
        line(out, "RADIATION  %.0f rad/yr (band %.0f-%.0f) behind %.1f mm Al   %.0f rad over the mission (%.0f-%.0f)%s",
                rad.dose().central(), rad.dose().low(), rad.dose().high(), d.shieldingM() * 1000,
                rad.missionDose().central(), rad.missionDose().low(), rad.missionDose().high(),
                rad.withinModelValidity() ? "" : "   [table extrapolated]");
        line(out, "           TID limit %.0f rad%s: margin x%.2f (x%.2f-x%.2f), reached in %.1f yr (%.1f-%.1f)",
                rad.tidLimit().rad(), rad.tidLimit().isDefault() ? " (default, no published figure)" : "",
                rad.tidMargin().central(), rad.tidMargin().low(), rad.tidMargin().high(),
                rad.yearsToDoseLimitBand().central(), rad.yearsToDoseLimitBand().low(), rad.yearsToDoseLimitBand().high());
        line(out, "           per accelerator-year: %.2f SDC (%.2f-%.2f), %.2f UECC (%.2f-%.2f), %.3f crashes (%.3f-%.3f)",
                rad.rates().sdcPerYear(), rad.ratesLow().sdcPerYear(), rad.ratesHigh().sdcPerYear(),
                rad.rates().ueccPerYear(), rad.ratesLow().ueccPerYear(), rad.ratesHigh().ueccPerYear(),
                rad.rates().crashesPerYear(), rad.ratesLow().crashesPerYear(), rad.ratesHigh().crashesPerYear());
        MassBreakdown m = r.mass();
        line(out, "MASS       %s: compute %s, array %s, battery %s, radiator %s, shield %s, bus %s, structure %s, propulsion %s",
                mass(m.totalKg()), mass(m.computeKg()), mass(m.solarArrayKg()), mass(m.batteryKg()), mass(m.radiatorKg()),
                mass(m.shieldingKg()), mass(m.busFixedKg()), mass(m.structureKg()), mass(m.propulsionKg()));
        line(out, "           %.1f W of IT load per kg of satellite", r.itSpecificPowerWPerKg());
        line(out, "FLEET      %s, %s, %s IT, %s, array %s, radiator %s",
                HumanFormat.count(r.fleet().satellites(), "satellite"), HumanFormat.count(r.fleet().accelerators(), "accelerator"), power(r.fleet().itPowerW()), mass(r.fleet().massKg()),
                area(r.fleet().arrayAreaM2()), area(r.fleet().radiatorAreaM2()));
        line(out, "COMPARE    array = %s ISS arrays by area, %s by power (ISS ~200 kW from ~2,500 m2);"
                + " %s x Starlink V2-mini W/kg (~27 kW, ~740 kg)", HumanFormat.significant(r.comparison().arrayAreaToIss()),
                HumanFormat.significant(r.comparison().arrayPowerToIss()),
                HumanFormat.significant(r.comparison().specificPowerToStarlinkV2Mini()));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, TextSafe.args(args))).append('\n');
    }

    private static String hhmm(double hours) {
        int minutes = (int) Math.round(hours * 60);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60 % 24, minutes % 60);
    }

    static String power(double w) {
        return HumanFormat.power(w);
    }

    static String mass(double kg) {
        return HumanFormat.mass(kg);
    }

    static String area(double m2) {
        return HumanFormat.area(m2);
    }
}
