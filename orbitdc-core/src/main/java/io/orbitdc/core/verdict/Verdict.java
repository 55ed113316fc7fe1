package io.orbitdc.core.verdict;

import io.orbitdc.core.report.VerdictReport;
import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.InputException;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostStudyInputs;
import io.orbitdc.core.economics.GroundCostInputs;
import io.orbitdc.core.economics.SpaceCostInputs;
import io.orbitdc.core.economics.SpareAllowance;
import io.orbitdc.core.economics.TerrestrialSite;
import io.orbitdc.core.economics.TerrestrialSiteCatalog;
import io.orbitdc.core.footprint.Footprint;
import io.orbitdc.core.footprint.FootprintFactors;
import io.orbitdc.core.footprint.FootprintModel;
import io.orbitdc.core.footprint.GroundFootprintInputs;
import io.orbitdc.core.footprint.OrbitFootprintInputs;
import io.orbitdc.core.sizing.BindingConstraint;
import io.orbitdc.core.study.CostStage;
import io.orbitdc.core.study.Study;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds the verdict of a study: the scenario as written ({@code cost}, {@code size}), a sample of
 * its uncertain inputs (bands, probability, drivers), the presets through {@code variants}, and
 * the footprint. Deterministic for a given sample source.
 */
public final class Verdict {

    /** How many drivers the verdict names. */
    public static final int DRIVERS = 3;
    private static final double KWH_PER_MWH = 1000.0;

    private Verdict() {
    }

    /**
     * The verdict of {@code study}; {@code variants} applies a preset's overrides to it (empty: the
     * presets are reported as not applied).
     */
    public static VerdictReport of(Study study, SampleSource source, Optional<ScenarioVariants> variants) {
        study.requireSpaceSegment("compare with the ground");
        BindingConstraint b = study.size().primary().result().binding();
        CostReport cost = study.cost();
        CostComparison c = cost.comparison();
        Sample sample = source.sample(study);
        List<VarianceShares.Share> shares = VarianceShares.of(sample);
        double cheaper = 0;
        for (double r : sample.ratio()) {
            cheaper += r < 1.0 ? 1 : 0;
        }
        List<String> notes = new ArrayList<>();
        List<VerdictReport.PresetRatio> presets = presets(variants, notes);
        CostStudyInputs inputs = new CostStage(study.catalogs()).studyInputs(study.scenario());
        TerrestrialSite site = TerrestrialSiteCatalog.load().site(study.scenario().economics().terrestrial().siteId())
                .orElseThrow();
        Footprint footprint = new FootprintModel(FootprintFactors.published()).footprint(orbit(inputs, c),
                ground(inputs.ground(), c, site));
        notes.add("carbon: launch on Falcon 9-class vehicles (178.8 kgCO2e/kg); re-entry (alumina, NOx) not counted in"
                + " CO2e; ground at the site's average grid intensity x PUE; accelerators' embodied carbon both sides");
        return new VerdictReport(study.scenario().name(), band(sample.ratio()),
                band(sample.spaceUsdPerGpuHour()), band(sample.groundUsdPerGpuHour()),
                band(sample.spaceUsdPerMwh()), band(sample.groundUsdPerMwh()),
                c.spaceToGroundRatio(), cheaper / sample.draws(), c.crossover().launchUsdPerKg(), c.crossover().note(),
                c.effectiveLaunchUsdPerKg(), shares.subList(0, Math.min(DRIVERS, shares.size())).stream()
                        .map(x -> new VerdictReport.Driver(x.input(), x.share())).toList(),
                VarianceShares.ESTIMATOR, new VerdictReport.Binding(b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        b.violation(), b.explanation()), presets, footprint, sample.method(), sample.draws(), notes);
    }

    /** P10, P50 and P90 of {@code values}. */
    private static VerdictReport.Band band(double[] values) {
        return new VerdictReport.Band(Quantiles.of(values, 0.10), Quantiles.of(values, 0.50), Quantiles.of(values, 0.90));
    }

    private static List<VerdictReport.PresetRatio> presets(Optional<ScenarioVariants> variants, List<String> notes) {
        List<VerdictReport.PresetRatio> out = new ArrayList<>();
        for (Preset p : Preset.shipped()) {
            if (variants.isEmpty()) {
                out.add(new VerdictReport.PresetRatio(p.name(), p.title(), p.sources(), OptionalDouble.empty(),
                        "no scenario file to apply overrides to"));
                continue;
            }
            try {
                CostComparison c = variants.get().with(p.overrides()).cost().comparison();
                out.add(new VerdictReport.PresetRatio(p.name(), p.title(), p.sources(),
                        OptionalDouble.of(c.spaceToGroundRatio()), ""));
            } catch (InputException e) {
                String why = String.join("; ", e.lines());
                out.add(new VerdictReport.PresetRatio(p.name(), p.title(), p.sources(), OptionalDouble.empty(), why));
                notes.add("preset " + p.name() + " not applied: " + why);
            }
        }
        return out;
    }

    /**
     * What the fleet launches and builds over the mission: the fleet, its replacements (annual
     * loss rate), and its spare accelerators (the cost model's spare allowance) with their mass.
     */
    static OrbitFootprintInputs orbit(CostStudyInputs in, CostComparison c) {
        SpaceCostInputs s = in.space();
        double years = s.missionYears();
        double replaced = 1.0 + s.satelliteLossRate() * years;
        double spare = SpareAllowance.fraction(s.acceleratorFailureRate(), years);
        double spareMassKg = spare * s.computeMassKg() * s.satellites();
        double launched = s.fleetMassKg() * replaced + spareMassKg;
        double platform = (s.satelliteMassKg() - s.computeMassKg()) * s.satellites() * replaced;
        double chips = s.gpus() * (replaced + spare);
        return new OrbitFootprintInputs(launched, platform, chips, c.space().itEnergyMwhPerYear() * years * KWH_PER_MWH);
    }

    /** The ground campus over the same horizon: grid x PUE, its WUE, its chips (spares and refreshes). */
    static GroundFootprintInputs ground(GroundCostInputs g, CostComparison c, TerrestrialSite site) {
        double refreshes = g.horizonYears() / g.hardwareLifeYears();
        double chips = g.gpus() * (1.0 + g.sparesFraction()) * refreshes;
        return new GroundFootprintInputs(site.gridGCo2ePerKwh(), g.pue(), site.waterM3PerMwh() /* m3/MWh = L/kWh */,
                chips, c.ground().itEnergyMwhPerYear() * g.horizonYears() * KWH_PER_MWH);
    }
}
