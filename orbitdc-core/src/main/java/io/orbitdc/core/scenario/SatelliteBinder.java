package io.orbitdc.core.scenario;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.catalog.BatteryCell;
import io.orbitdc.core.catalog.RadiatorCoating;
import io.orbitdc.core.catalog.SolarCell;
import io.orbitdc.core.scenario.schema.Suggestions;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.sizing.PowerSystem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Binds the {@code satellite:} mapping: resolves the accelerator (catalog id, or inline object
 * optionally starting from a catalog {@code base}), and fills array, battery and radiator fields
 * from their catalog entries where the file leaves them out.
 */
final class SatelliteBinder {

    /** Path efficiencies of SMAD's 1999 regulation schemes. ref: smad-1999 §11.4 table 11-34 */
    private static final double DET_ECLIPSE = 0.65;
    private static final double DET_DAYLIGHT = 0.85;
    private static final double PPT_ECLIPSE = 0.60;
    private static final double PPT_DAYLIGHT = 0.80;

    private final ScenarioCatalogs catalogs;

    SatelliteBinder(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** Structure plus propulsion must leave mass for everything else; the sizing mass budget's limit. */
    static final double MAX_STRUCTURE_PLUS_PROPULSION = 0.9;

    SatelliteDesign bind(FieldReader sat) {
        Accelerator accelerator = accelerator(sat);
        double fractions = sat.real("structureFraction") + sat.real("propulsionFraction");
        if (fractions >= MAX_STRUCTURE_PLUS_PROPULSION) {
            sat.error(sat.present("propulsionFraction") ? "propulsionFraction" : "structureFraction",
                    String.format(java.util.Locale.ROOT, "structure and propulsion fractions add up to %.3g; expected"
                            + " less than %.1f, leaving mass for power, thermal and compute", fractions,
                            MAX_STRUCTURE_PLUS_PROPULSION));
        }
        BatterySpec battery = battery(sat.group("battery"));
        return new SatelliteDesign(accelerator, sat.whole("acceleratorsPerSatellite"), sat.real("itOverhead"),
                bus(sat.group("bus")), solarArray(sat.group("solarArray")), powerSystem(sat.group("powerSystem"), battery),
                battery, radiator(sat.group("radiator")), sat.quantity("thermalResistance"),
                sat.quantity("shielding"), sat.real("structureFraction"), sat.real("propulsionFraction"),
                sat.optionalQuantity("maxMass"), sat.quantity("maxAcceleration"), sat.quantity("stowedDensity"));
    }

    private Accelerator accelerator(FieldReader sat) {
        YamlNode node = sat.valueNode("accelerator");
        if (node instanceof YamlNode.Mapping) {
            FieldReader inline = sat.group("accelerator");
            Optional<Accelerator> base = inline.optionalText("base")
                    .flatMap(id -> lookup(inline, "base", id, "accelerator", catalogs.acceleratorIds(), catalogs::accelerator));
            return inlineAccelerator(inline, base);
        }
        String id = sat.text("accelerator");
        return lookup(sat, "accelerator", id, "accelerator", catalogs.acceleratorIds(), catalogs::accelerator)
                .orElse(null);
    }

    private Accelerator inlineAccelerator(FieldReader r, Optional<Accelerator> base) {
        String name = r.optionalText("name").or(() -> base.map(Accelerator::name)).orElse("inline accelerator");
        double power = r.optionalQuantity("power").orElse(base.map(Accelerator::powerW).orElse(Double.NaN));
        if (Double.isNaN(power) && base.isEmpty() && !r.diagnostics().hasErrors()) {
            r.error("power", "missing; an inline accelerator without a catalog 'base' needs its power, e.g. '700 W'");
        }
        return new Accelerator(base.map(Accelerator::id).map(id -> id + "+inline").orElse("inline"), name,
                r.optionalText("vendor").or(() -> base.map(Accelerator::vendor)).orElse("unknown"),
                r.present("kind") ? r.choice("kind") : base.map(Accelerator::kind).orElse(r.choice("kind")),
                r.present("gpuCount") ? r.whole("gpuCount") : base.map(Accelerator::gpuCount).orElse(r.whole("gpuCount")),
                power,
                or(r.optionalQuantity("memory"), base.map(Accelerator::memoryBytes), 0),
                or(r.optionalQuantity("bf16"), base.map(Accelerator::bf16Flops), 0),
                or(r.optionalQuantity("int8"), base.map(Accelerator::int8Ops), 0),
                or(r.optionalQuantity("maxDieTemperature"), base.map(Accelerator::maxDieTemperatureK), 358.15),
                rad(r.optionalQuantity("tidLimit"), base.map(Accelerator::tidLimitRad)),
                or(r.optionalQuantity("mass"), base.map(Accelerator::massKg), 0),
                or(r.optionalQuantity("volume"), base.map(Accelerator::volumeM3), 0),
                r.optionalQuantity("price").isPresent() ? r.optionalQuantity("price")
                        : base.map(Accelerator::priceUsd).orElse(OptionalDouble.empty()),
                rad(r.optionalQuantity("radPerSdc"), base.map(Accelerator::radPerSdc)),
                rad(r.optionalQuantity("radPerUecc"), base.map(Accelerator::radPerUecc)),
                rad(r.optionalQuantity("radPerCrash"), base.map(Accelerator::radPerCrash)),
                base.map(Accelerator::sources).orElse(List.of("scenario-inline")));
    }

    /** Doses are read in Gy (SI) and stored in rad(Si), the unit every radiation test reports. */
    private static OptionalDouble rad(OptionalDouble gray, Optional<OptionalDouble> base) {
        if (gray.isPresent()) {
            return OptionalDouble.of(gray.getAsDouble() * 100.0);
        }
        return base.orElse(OptionalDouble.empty());
    }

    private static double or(OptionalDouble value, Optional<Double> base, double fallback) {
        return value.isPresent() ? value.getAsDouble() : base.orElse(fallback);
    }

    private static BusSpec bus(FieldReader r) {
        return new BusSpec(r.quantity("power"), r.real("powerFraction"), r.quantity("mass"));
    }

    private SolarArraySpec solarArray(FieldReader r) {
        Optional<SolarCell> cell = lookup(r, "cell", r.text("cell"), "solar cell", catalogs.solarCellIds(), catalogs::solarCell);
        double specificPower = r.optionalQuantity("specificPower").orElse(cell.map(SolarCell::specificPowerWPerKg).orElse(Double.NaN));
        double arealDensity = cell.map(SolarCell::arealDensityKgPerM2).orElse(Double.NaN);
        return new SolarArraySpec(r.text("cell"),
                r.optionalReal("efficiency").orElse(cell.map(SolarCell::efficiency).orElse(Double.NaN)),
                r.optionalReal("degradationPerYear").orElse(cell.map(SolarCell::degradationPerYear).orElse(Double.NaN)),
                specificPower, arealDensity,
                r.optionalQuantity("temperatureCoefficient").orElse(cell.map(SolarCell::temperatureCoefficientPerK).orElse(Double.NaN)),
                cell.map(SolarCell::referenceTemperatureK).orElse(301.15),
                r.quantity("operatingTemperature"), r.real("packingFactor"), r.real("inherentEfficiency"),
                r.quantity("sunIncidence"), r.quantity("solarConstant"));
    }

    /**
     * Path efficiencies: the file's, else the regulation scheme's. The MPPT battery bus derives
     * X_e from the battery's own charge and discharge efficiencies (the only extra stage on its
     * eclipse path), so a battery override moves it; an explicit X_e wins.
     */
    private static PowerSystemSpec powerSystem(FieldReader r, BatterySpec battery) {
        String regulation = r.choice("regulation");
        double eclipse;
        double daylight;
        switch (regulation) {
            case "direct-energy-transfer" -> {
                eclipse = DET_ECLIPSE;
                daylight = DET_DAYLIGHT;
            }
            case "peak-power-tracking" -> {
                eclipse = PPT_ECLIPSE;
                daylight = PPT_DAYLIGHT;
            }
            default -> {
                boolean batteryKnown = battery.chargeEfficiency() > 0.0 && battery.chargeEfficiency() <= 1.0
                        && battery.dischargeEfficiency() > 0.0 && battery.dischargeEfficiency() <= 1.0;
                PowerSystem mppt = PowerSystem.mpptBatteryBus(batteryKnown ? battery.chargeEfficiency() : 1.0,
                        batteryKnown ? battery.dischargeEfficiency() : 1.0);
                eclipse = batteryKnown ? mppt.eclipsePathEfficiency() : Double.NaN;
                daylight = mppt.daylightPathEfficiency();
            }
        }
        return new PowerSystemSpec(regulation, r.optionalReal("eclipsePathEfficiency").orElse(eclipse),
                r.optionalReal("daylightPathEfficiency").orElse(daylight));
    }

    private BatterySpec battery(FieldReader r) {
        Optional<BatteryCell> cell = lookup(r, "cell", r.text("cell"), "battery", catalogs.batteryCellIds(), catalogs::batteryCell);
        return new BatterySpec(r.text("cell"),
                r.optionalQuantity("specificEnergy").orElse(cell.map(BatteryCell::specificEnergyJPerKg).orElse(Double.NaN)),
                r.optionalReal("depthOfDischarge").orElse(cell.map(BatteryCell::depthOfDischarge).orElse(Double.NaN)),
                r.optionalReal("chargeEfficiency").orElse(cell.map(BatteryCell::chargeEfficiency).orElse(Double.NaN)),
                r.optionalReal("dischargeEfficiency").orElse(cell.map(BatteryCell::dischargeEfficiency).orElse(Double.NaN)));
    }

    private RadiatorSpec radiator(FieldReader r) {
        Optional<RadiatorCoating> coating = lookup(r, "coating", r.text("coating"), "radiator coating",
                catalogs.radiatorCoatingIds(), catalogs::radiatorCoating);
        return new RadiatorSpec(r.text("coating"), r.quantity("temperature"),
                r.optionalReal("emissivity").orElse(coating.map(RadiatorCoating::emissivity).orElse(Double.NaN)),
                r.optionalReal("absorptivity").orElse(coating.map(RadiatorCoating::absorptivityBol).orElse(Double.NaN)),
                r.quantity("arealMass"), r.whole("sides"), r.choice("orientation"), r.optionalReal("sunFactor"),
                r.optionalReal("earthViewFactor"), r.optionalReal("albedoViewFactor"), r.optionalQuantity("absorbedFlux"));
    }

    /** Resolves a catalog id or reports it as unknown with the nearest known id. */
    static <T> Optional<T> lookup(FieldReader r, String field, String id, String what, Collection<String> ids,
                                  Function<String, Optional<T>> find) {
        Optional<T> found = find.apply(id);
        if (found.isEmpty()) {
            String hint = Suggestions.closest(id, ids).map(n -> "did you mean '" + n + "'?")
                    .orElse("expected one of " + String.join(", ", ids.stream().sorted().toList()));
            r.error(field, "unknown " + what + " '" + id + "'; " + hint);
        }
        return found;
    }
}
