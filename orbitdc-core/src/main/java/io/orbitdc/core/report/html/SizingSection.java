package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.sizing.MassBreakdown;
import io.orbitdc.core.sizing.SizingResult;
import java.util.List;

/**
 * The sizing budgets of the primary design (what {@code orbitdc size} prints): one satellite's
 * mass by subsystem, its power chain and its deployed areas, and the fleet figures.
 */
final class SizingSection {

    static final String ID = "sizing";

    private SizingSection() {
    }

    static HtmlReport.Section of(SizingReport sizing) {
        SizingResult r = sizing.primary().result();
        MassBreakdown m = r.mass();
        List<String> parts = List.of("compute", "solar array", "battery", "radiator", "shielding", "bus", "structure",
                "propulsion");
        List<Double> kg = List.of(m.computeKg(), m.solarArrayKg(), m.batteryKg(), m.radiatorKg(), m.shieldingKg(),
                m.busFixedKg(), m.structureKg(), m.propulsionKg());
        ObjectNode mass = EChartsOptions.categoryBars("Satellite mass budget (total " + Format.fixed(m.totalKg(), 0)
                + " kg)", "subsystem", parts, "mass (kg)");
        EChartsOptions.add(mass, EChartsOptions.bars("mass", kg));

        List<String> powers = List.of("IT load", "bus load", "total load", "array EOL required", "array BOL");
        List<Double> kw = List.of(r.power().itLoadW() / 1e3, r.power().busLoadW() / 1e3, r.power().totalLoadW() / 1e3,
                r.solarArray().requiredEolPowerW() / 1e3, r.solarArray().bolPowerW() / 1e3);
        ObjectNode power = EChartsOptions.categoryBars("Satellite power budget", "quantity", powers, "power (kW)");
        EChartsOptions.add(power, EChartsOptions.bars("power", kw));

        List<String> areas = List.of("solar array", "compute radiator", "bus radiator");
        List<Double> m2 = List.of(r.solarArray().areaM2(), r.radiator().areaM2(), r.busRadiator().areaM2());
        ObjectNode area = EChartsOptions.categoryBars("Satellite deployed areas", "surface", areas, "area (m²)");
        EChartsOptions.add(area, EChartsOptions.bars("area", m2));

        List<HtmlReport.Figure> figures = List.of(
                new HtmlReport.Figure("satellites", Format.fixed(r.fleet().satellites(), 0),
                        Format.fixed(r.fleet().accelerators(), 0) + " accelerators"),
                new HtmlReport.Figure("fleet IT power", Format.fixed(r.fleet().itPowerW() / 1e6, 2) + " MW", ""),
                new HtmlReport.Figure("fleet mass", Format.fixed(r.fleet().massKg() / 1e3, 1) + " t",
                        Format.fixed(r.mass().totalKg(), 0) + " kg per satellite"),
                new HtmlReport.Figure("binding constraint", r.binding().kind().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), r.binding().explanation()));
        return new HtmlReport.Section(ID, "Sizing budgets", "One satellite of the primary shell as orbitdc size"
                + " sizes it (size --json: satellite.mass, satellite.loadW, satellite.solarArray, satellite.radiator),"
                + " and the fleet it takes.", figures,
                List.of(new Chart("sizing-mass", "Satellite mass budget", mass),
                        new Chart("sizing-power", "Satellite power budget", power),
                        new Chart("sizing-area", "Satellite deployed areas", area)));
    }
}
