package io.orbitdc.core.scenario;

import io.orbitdc.core.sizing.DoseCase;
import io.orbitdc.core.InputException;
import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.catalog.BatteryCell;
import io.orbitdc.core.catalog.RadiatorCoating;
import io.orbitdc.core.catalog.SolarCell;
import io.orbitdc.core.scenario.schema.Suggestions;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.sizing.BatterySpec;
import io.orbitdc.core.sizing.PowerRegulation;
import io.orbitdc.core.sizing.PowerSystem;
import io.orbitdc.core.sizing.RadiatorOrientation;
import io.orbitdc.core.sizing.RadiatorSpec;
import io.orbitdc.core.sizing.SolarArraySpec;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Binds the {@code satellite:} mapping: resolves the accelerator (catalog id, or inline object
 * optionally starting from a catalog {@code base}), and fills array, battery and radiator fields
 * from their catalog entries where the file leaves them out, and builds the sizing models' specs
 * directly (no scenario-side copy to map later).
 */
final class SatelliteBinder {

    private final ScenarioCatalogs catalogs;

    SatelliteBinder(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** Structure plus propulsion must leave mass for everything else; the sizing mass budget's limit. */
    static final double MAX_STRUCTURE_PLUS_PROPULSION = 0.9;

    SatelliteDesign bind(FieldReader sat) {
        Accelerator accelerator = accelerator(sat);
        // each field is read once: a reader reports a bad value every time it is read
        double structure = sat.real("structureFraction");
        double propulsion = sat.real("propulsionFraction");
        double fractions = structure + propulsion;
        if (fractions >= MAX_STRUCTURE_PLUS_PROPULSION) {
            sat.error(sat.present("propulsionFraction") ? "propulsionFraction" : "structureFraction",
                    String.format(java.util.Locale.ROOT, "structure and propulsion fractions add up to %.3g; expected"
                            + " less than %.1f, leaving mass for power, thermal and compute", fractions,
                            MAX_STRUCTURE_PLUS_PROPULSION));
        }
        FieldReader batteryGroup = sat.group("battery");
        int before = sat.diagnostics().count();
        Optional<BatteryCell> cell = batteryCell(batteryGroup);
        BatterySpec battery = battery(batteryGroup, cell, before);
        PowerSystem powerSystem = powerSystem(sat.group("powerSystem"), batteryGroup, cell, before);
        // each group is read once: a second reader would report its unknown keys twice
        FieldReader arrayGroup = sat.group("solarArray");
        FieldReader radiatorGroup = sat.group("radiator");
        return new SatelliteDesign(accelerator, sat.whole("acceleratorsPerSatellite"), sat.real("itOverhead"),
                bus(sat.group("bus")), solarArray(arrayGroup), powerSystem,
                battery, radiator(radiatorGroup), sat.quantity("thermalResistance"),
                sat.quantity("shielding"), structure, propulsion,
                sat.optionalQuantity("maxMass"), sat.quantity("maxAcceleration"), sat.quantity("stowedDensity"),
                sat.choice("doseCase", DoseCase.class, DoseCase::id),
                new SatelliteDesign.CatalogParts(arrayGroup.text("cell"), batteryGroup.text("cell"),
                        radiatorGroup.text("coating")));
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

    /**
     * The sizing model's array spec. Mass: the cell's (or the file's) specific power when
     * positive, else the cell's areal density; a catalog figure of 0 means "not published".
     */
    private SolarArraySpec solarArray(FieldReader r) {
        int before = r.diagnostics().count();
        Optional<SolarCell> cell = lookup(r, "cell", r.text("cell"), "solar cell", catalogs.solarCellIds(), catalogs::solarCell);
        double specificPower = r.optionalQuantity("specificPower").orElse(cell.map(SolarCell::specificPowerWPerKg).orElse(Double.NaN));
        double arealDensity = cell.map(SolarCell::arealDensityKgPerM2).orElse(Double.NaN);
        double efficiency = r.optionalReal("efficiency").orElse(cell.map(SolarCell::efficiency).orElse(Double.NaN));
        double degradation = r.optionalReal("degradationPerYear").orElse(cell.map(SolarCell::degradationPerYear).orElse(Double.NaN));
        double coefficient = r.optionalQuantity("temperatureCoefficient")
                .orElse(cell.map(SolarCell::temperatureCoefficientPerK).orElse(Double.NaN));
        double referenceK = cell.map(SolarCell::referenceTemperatureK).orElse(301.15);
        double operatingK = r.quantity("operatingTemperature");
        double packing = r.real("packingFactor");
        double inherent = r.real("inherentEfficiency");
        double incidence = r.quantity("sunIncidence");
        double solarConstant = r.quantity("solarConstant");
        return spec(r, before, () -> new SolarArraySpec(solarConstant, efficiency, packing, coefficient, operatingK,
                referenceK, inherent, incidence, degradation, positive(specificPower), positive(arealDensity)));
    }

    private static OptionalDouble positive(double v) {
        return Double.isFinite(v) && v > 0 ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * Path efficiencies: the file's, else the regulation scheme's. The MPPT battery bus derives
     * X_e from the battery's own charge and discharge efficiencies (the only extra stage on its
     * eclipse path), so a battery override moves it; an explicit X_e wins.
     */
    private static PowerSystem powerSystem(FieldReader r, FieldReader batteryGroup, Optional<BatteryCell> cell,
                                           int before) {
        PowerRegulation regulation = r.choice("regulation", PowerRegulation.class, PowerRegulation::id);
        OptionalDouble eclipse = r.optionalReal("eclipsePathEfficiency");
        OptionalDouble daylight = r.optionalReal("daylightPathEfficiency");
        double charge = batteryGroup.optionalReal("chargeEfficiency").orElse(cell.map(BatteryCell::chargeEfficiency).orElse(Double.NaN));
        double discharge = batteryGroup.optionalReal("dischargeEfficiency")
                .orElse(cell.map(BatteryCell::dischargeEfficiency).orElse(Double.NaN));
        return spec(r, before, () -> {
            PowerSystem scheme = regulation.pathEfficiencies(charge, discharge);
            return new PowerSystem(eclipse.orElse(scheme.eclipsePathEfficiency()),
                    daylight.orElse(scheme.daylightPathEfficiency()));
        });
    }

    private Optional<BatteryCell> batteryCell(FieldReader r) {
        return lookup(r, "cell", r.text("cell"), "battery", catalogs.batteryCellIds(), catalogs::batteryCell);
    }

    private static BatterySpec battery(FieldReader r, Optional<BatteryCell> cell, int before) {
        double specificEnergy = r.optionalQuantity("specificEnergy").orElse(cell.map(BatteryCell::specificEnergyJPerKg).orElse(Double.NaN));
        double depth = r.optionalReal("depthOfDischarge").orElse(cell.map(BatteryCell::depthOfDischarge).orElse(Double.NaN));
        double discharge = r.optionalReal("dischargeEfficiency").orElse(cell.map(BatteryCell::dischargeEfficiency).orElse(Double.NaN));
        return spec(r, before, () -> new BatterySpec(specificEnergy, depth, discharge));
    }

    private RadiatorSpec radiator(FieldReader r) {
        int before = r.diagnostics().count();
        Optional<RadiatorCoating> coating = lookup(r, "coating", r.text("coating"), "radiator coating",
                catalogs.radiatorCoatingIds(), catalogs::radiatorCoating);
        double temperature = r.quantity("temperature");
        double emissivity = r.optionalReal("emissivity").orElse(coating.map(RadiatorCoating::emissivity).orElse(Double.NaN));
        double absorptivity = r.optionalReal("absorptivity").orElse(coating.map(RadiatorCoating::absorptivityBol).orElse(Double.NaN));
        double arealMass = r.quantity("arealMass");
        int sides = r.whole("sides");
        RadiatorOrientation orientation = r.choice("orientation", RadiatorOrientation.class, RadiatorOrientation::id);
        OptionalDouble sunFactor = r.optionalReal("sunFactor");
        OptionalDouble earthView = r.optionalReal("earthViewFactor");
        OptionalDouble albedoView = r.optionalReal("albedoViewFactor");
        OptionalDouble absorbed = r.optionalQuantity("absorbedFlux");
        return spec(r, before, () -> new RadiatorSpec(temperature, emissivity, absorptivity, sides, arealMass,
                orientation, sunFactor, earthView, albedoView, absorbed));
    }

    /**
     * The model's spec from values read since {@code before} errors: none when reading them
     * reported an error already (the binder throws them all at the end, the spec is never used);
     * a range the model itself refuses (e.g. a cell whose temperature loss leaves no output) is
     * reported at the group, like any schema error.
     */
    static <T> T spec(FieldReader r, int before, Supplier<T> build) {
        if (r.diagnostics().count() > before) {
            return null;
        }
        try {
            return build.get();
        } catch (InputException e) {
            r.diagnostics().error(r.location(), r.path(), e.reason());
            return null;
        }
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
