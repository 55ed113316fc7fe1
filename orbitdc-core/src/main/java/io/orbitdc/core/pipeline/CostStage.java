package io.orbitdc.core.pipeline;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.CostStudy;
import io.orbitdc.core.economics.CostStudyInputs;
import io.orbitdc.core.economics.Financing;
import io.orbitdc.core.economics.GroundCostInputs;
import io.orbitdc.core.economics.GroundCostModel;
import io.orbitdc.core.economics.SpaceCostInputs;
import io.orbitdc.core.economics.TerrestrialSite;
import io.orbitdc.core.economics.TerrestrialSiteCatalog;
import io.orbitdc.core.launch.LaunchStudy;
import io.orbitdc.core.scenario.EconomicsSettings;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import io.orbitdc.core.scenario.TerrestrialSettings;
import io.orbitdc.core.sizing.SizingResult;
import java.util.ArrayList;
import io.orbitdc.core.twin.TwinInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The economics stage. For a scenario that flies something: the fleet from sizing, its launch
 * cost from the launch plan (or the scenario's flat {@code launch.pricePerKg}), against a ground
 * campus carrying the same accelerators and IT load at the chosen site's rates. For a ground-only
 * scenario: the site itself. The orbital side's delivered fraction is the scenario's
 * {@code economics.deliveredFraction}, or a digital-twin run's ({@link TwinDelivery}).
 */
public final class CostStage {

    private static final double YEAR_S = 365.25 * 86400.0;
    private static final double J_PER_MWH = 3.6e9;

    private final ScenarioCatalogs catalogs;
    private final TerrestrialSiteCatalog sites;

    public CostStage(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
        this.sites = TerrestrialSiteCatalog.load();
    }

    /**
     * The result of the stage: a comparison, or only the ground side, and the notes a reader needs.
     *
     * @param deliveredFraction the orbital side's delivered fraction (empty for a ground-only scenario)
     * @param fromTwin          whether it came from a digital-twin run rather than the scenario
     */
    public record CostReport(Scenario scenario, CostComparison comparison, CostSide groundOnly,
                             OptionalDouble deliveredFraction, boolean fromTwin, List<String> notes) {
        public CostReport {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The delivered-compute fraction a digital-twin run measured, priced instead of the scenario's
     * {@code economics.deliveredFraction}.
     *
     * @param fraction delivered / nameplate compute, (0, 1]
     * @param source   where it came from, for the report's notes
     */
    public record TwinDelivery(double fraction, String source) {
        public TwinDelivery {
            if (!(fraction > 0.0 && fraction <= 1.0)) {
                throw new TwinInputException(source + " is " + fraction + ": the twin delivered no compute, so there"
                        + " is no $/GPU-hour to give; expected a delivered fraction in (0, 1]");
            }
        }

        /**
         * The twin's {@code compute.pricedDeliveredFraction} (TwinSummary#pricedDeliveredFraction):
         * GPU-hours delivered per nameplate GPU-hour, each workload at what it delivers — the
         * training job's share at its effective training time (goodput / MFU: MFU itself is shared
         * with the ground side's utilisation), the rest at the hardware delivered fraction with
         * failed hardware made good (the cost model already buys spares and replacements for the
         * same failure rates; counting the twin's failure loss too would charge failures twice).
         */
        public static TwinDelivery of(SimulateStage.SimulationReport twin) {
            Scenario s = twin.scenario();
            var summary = twin.summary();
            String how = summary.training().map(t -> String.format(Locale.ROOT, "the digital twin's"
                    + " compute.pricedDeliveredFraction = %.3g training share x %.4g effective training time"
                    + " (training.effectiveTrainingFraction) + %.3g x the rest's compute.goodputFraction +"
                    + " lostToFailuresFraction", t.share(), t.effectiveTrainingFraction(), 1.0 - t.share()))
                    .orElse("the digital twin's compute.pricedDeliveredFraction = compute.goodputFraction +"
                            + " lostToFailuresFraction");
            return new TwinDelivery(summary.pricedDeliveredFraction(), String.format(Locale.ROOT,
                    "%s (failures are made good by the spares and replacements priced here) over the scenario's %.4g d"
                    + " (orbitdc simulate; the mission life is %.3g yr)", how, s.durationS() / 86400.0,
                    s.missionLifeS() / YEAR_S));
        }
    }

    public CostReport run(Scenario scenario) {
        return run(scenario, Optional.empty());
    }

    /** The stage, pricing the orbital side at {@code twin}'s delivered fraction when given. */
    public CostReport run(Scenario scenario, Optional<TwinDelivery> twin) {
        List<String> notes = new ArrayList<>();
        TerrestrialSite site = site(scenario);
        if (!scenario.hasSpaceSegment()) {
            Accelerator acc = accelerator(site.acceleratorId());
            double years = scenario.missionLifeS() / YEAR_S;
            if (acc.priceUsd().isEmpty()) {
                notes.add(acc.id() + " has no catalog price: IT hardware is counted at $0");
            }
            GroundCostInputs ground = ground(scenario.economics().terrestrial(), site, acc, site.accelerators(),
                    site.itPowerW(), years);
            CostSide side = new GroundCostModel(new Financing(scenario.economics().discountRate())).cost(ground);
            return new CostReport(scenario, null, side, OptionalDouble.empty(), false, notes);
        }
        SizingReport sizing = SizingStage.run(scenario);
        SpaceCostInputs space = space(scenario, sizing, twin, notes);
        long units = (long) space.satellites() * space.acceleratorsPerSatellite();
        Accelerator acc = scenario.satellite().get().accelerator();
        GroundCostInputs ground = ground(scenario.economics().terrestrial(), site, acc, units, space.fleetItPowerW(),
                space.missionYears());
        CostComparison comparison = CostStudy.run(new CostStudyInputs(space, ground, scenario.economics().discountRate()));
        return new CostReport(scenario, comparison, null, OptionalDouble.of(space.deliveredFraction()),
                twin.isPresent(), notes);
    }

    private SpaceCostInputs space(Scenario scenario, SizingReport sizing, Optional<TwinDelivery> twin,
                                  List<String> notes) {
        SatelliteDesign d = scenario.satellite().orElseThrow();
        SizingResult r = sizing.primary().result();
        int satellites = sizing.shells().stream().mapToInt(s -> s.result().fleet().satellites()).sum();
        EconomicsSettings e = scenario.economics();
        double price = d.accelerator().priceUsd().orElse(0);
        if (d.accelerator().priceUsd().isEmpty()) {
            notes.add(d.accelerator().id() + " has no catalog price: IT hardware is counted at $0 on both sides"
                    + " (set satellite.accelerator.price to include it)");
        }
        OptionalDouble launchTotal = OptionalDouble.empty();
        double perKg = scenario.launch().pricePerKgUsd().orElse(Double.NaN);
        if (scenario.launch().pricePerKgUsd().isEmpty()) {
            double planned = LaunchStudy.withShippedCatalog().planner().plan(LaunchStage.request(scenario, sizing)).totals().costUsd();
            launchTotal = OptionalDouble.of(planned);
            perKg = planned / (satellites * r.mass().totalKg());
            notes.add("launch cost from the launch plan (orbitdc launch); set launch.pricePerKg for a flat price");
        }
        double delivered = twin.map(TwinDelivery::fraction).orElse(e.deliveredFraction());
        twin.ifPresent(t -> notes.add(String.format(Locale.ROOT, "delivered fraction %.6g from %s, in place of"
                + " economics.deliveredFraction", t.fraction(), t.source())));
        return new SpaceCostInputs(satellites, r.mass().totalKg(), r.mass().computeKg(), d.acceleratorsPerSatellite(),
                d.accelerator().gpuCount(), price, r.power().itLoadW(), e.satelliteCostUsdPerW(), e.satelliteCostUsdPerKg(),
                launchTotal, perKg, e.groundSegmentUsdPerS() * YEAR_S, e.insuranceFraction(), e.acceleratorFailureRate(),
                scenario.launch().annualLossRate(), e.disposalFraction(), scenario.missionLifeS() / YEAR_S,
                delivered);
    }

    private static GroundCostInputs ground(TerrestrialSettings t, TerrestrialSite site, Accelerator acc, long units,
                                           double itPowerW, double years) {
        double price = acc.priceUsd().orElse(0);
        return new GroundCostInputs(t.accelerators().isPresent() ? t.accelerators().getAsInt() : units, acc.gpuCount(),
                price, t.itPowerW().orElse(itPowerW), t.pue().orElse(site.pue()), t.utilisation(), t.availability(),
                t.electricityUsdPerJ().isPresent() ? t.electricityUsdPerJ().getAsDouble() * J_PER_MWH : site.electricityUsdPerMwh(),
                t.facilityCapexUsdPerW().orElse(site.facilityCapexUsdPerW()), site.backupCapexUsdPerW(),
                site.waterM3PerMwh(), t.waterUsdPerM3(),
                t.timeToPowerS().isPresent() ? t.timeToPowerS().getAsDouble() / YEAR_S : site.timeToPowerYears(),
                t.hardwareLifeS() / YEAR_S, t.facilityLifeS() / YEAR_S, t.sparesFraction(), years);
    }

    private TerrestrialSite site(Scenario scenario) {
        String id = scenario.economics().terrestrial().siteId();
        return sites.site(id).orElseThrow(() -> new IllegalArgumentException("unknown terrestrial site " + id));
    }

    private Accelerator accelerator(String id) {
        return catalogs.accelerator(id).orElseThrow(
                () -> new IllegalStateException("terrestrial-site catalog names unknown accelerator " + id));
    }
}
