package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.report.SimulationReport;
import io.orbitdc.core.economics.MarketCheck;
import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.CostStudy;
import io.orbitdc.core.economics.CostStudyInputs;
import io.orbitdc.core.economics.FacilityPowerCheck;
import io.orbitdc.core.economics.Financing;
import io.orbitdc.core.economics.GroundCostInputs;
import io.orbitdc.core.economics.GroundCostModel;
import io.orbitdc.core.economics.RentalMarket;
import io.orbitdc.core.economics.SpaceCostInputs;
import io.orbitdc.core.economics.TerrestrialSite;
import io.orbitdc.core.economics.TerrestrialSiteCatalog;
import io.orbitdc.core.launch.LaunchPlan;
import io.orbitdc.core.launch.LaunchPlanner;
import io.orbitdc.core.launch.LaunchRequest;
import io.orbitdc.core.economics.LaunchFailureExposure;
import io.orbitdc.core.launch.LaunchRisk;
import io.orbitdc.core.launch.LaunchStudy;
import io.orbitdc.core.scenario.EconomicsSettings;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioError;
import io.orbitdc.core.scenario.ScenarioException;
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
 *
 * <p>An accelerator without a price is refused at its scenario location (a ratio with the chips at
 * $0 is not a headline); a ground campus that cannot feed its units is costed at the load they
 * draw, with a named note; the ground cost per GPU-hour is read against the rental market.
 */
public final class CostStage {

    private static final double YEAR_S = 365.25 * 86400.0;
    private static final double J_PER_MWH = 3.6e9;
    /** Servers' depreciation life, for a ground-only scenario's hardware. ref: alphabet-10k-2024 */
    static final double GROUND_ONLY_HARDWARE_LIFE_YEARS = 6.0;

    private final ScenarioCatalogs catalogs;
    private final TerrestrialSiteCatalog sites;

    public CostStage(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
        this.sites = TerrestrialSiteCatalog.load();
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
        public static TwinDelivery of(SimulationReport twin) {
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
        TerrestrialSettings t = scenario.economics().terrestrial();
        if (!scenario.hasSpaceSegment()) {
            Accelerator acc = accelerator(site.acceleratorId());
            double years = scenario.missionLifeS() / YEAR_S;
            long units = t.accelerators().isPresent() ? t.accelerators().getAsInt() : site.accelerators();
            // the site's IT load per unit is the accelerator's own power (a rack's includes its hosts)
            FacilityPowerCheck facility = FacilityPowerCheck.of(t.itPowerW().orElse(site.itPowerW()), units, acc.powerW());
            facilityNote(facility, notes);
            GroundCostInputs ground = ground(t, site, requirePrice(scenario, acc, "economics.terrestrial.site"), units,
                    facility.itPowerW(), years, acc);
            if (t.hardwareLifeS().isEmpty()) {
                // no orbital side whose life to share: the servers' depreciation life
                ground = ground.withHardwareLife(GROUND_ONLY_HARDWARE_LIFE_YEARS);
            }
            CostSide side = new GroundCostModel(new Financing(scenario.economics().discountRate())).cost(ground);
            return new CostReport(scenario, null, side, OptionalDouble.empty(), false, notes, MarketCheck.of(side, acc),
                    facility);
        }
        SatelliteDesign d = scenario.satellite().orElseThrow();
        Compared compared = compared(scenario, twin, notes);
        CostComparison comparison = CostStudy.run(compared.inputs());
        return new CostReport(scenario, comparison, null, OptionalDouble.of(compared.inputs().space().deliveredFraction()),
                twin.isPresent(), notes, MarketCheck.of(comparison.ground(), d.accelerator()), compared.facility());
    }

    /**
     * The inputs {@link #run(Scenario)} compares for a scenario that flies something, for a front
     * end that varies them (the verdict's Monte Carlo); the notes the stage would print are dropped.
     */
    public CostStudyInputs studyInputs(Scenario scenario) {
        return compared(scenario, Optional.empty(), new ArrayList<>()).inputs();
    }

    private record Compared(CostStudyInputs inputs, FacilityPowerCheck facility) {
    }

    private Compared compared(Scenario scenario, Optional<TwinDelivery> twin, List<String> notes) {
        TerrestrialSite site = site(scenario);
        TerrestrialSettings t = scenario.economics().terrestrial();
        SatelliteDesign d = scenario.satellite().orElseThrow();
        double price = requirePrice(scenario, d.accelerator(), "satellite.accelerator");
        SizingReport sizing = SizingStage.run(scenario);
        SpaceCostInputs space = space(scenario, sizing, price, twin, notes);
        long units = t.accelerators().isPresent() ? t.accelerators().getAsInt()
                : (long) space.satellites() * space.acceleratorsPerSatellite();
        // a ground unit draws what it draws in orbit: the accelerator plus its share of host and network
        double itPerUnit = space.itPowerPerSatelliteW() / space.acceleratorsPerSatellite();
        FacilityPowerCheck facility = FacilityPowerCheck.of(t.itPowerW().orElse(space.fleetItPowerW()), units, itPerUnit);
        facilityNote(facility, notes);
        GroundCostInputs ground = ground(t, site, price, units, facility.itPowerW(), space.missionYears(), d.accelerator());
        return new Compared(new CostStudyInputs(space, ground, scenario.economics().discountRate()), facility);
    }

    /**
     * The accelerator's price, or a located refusal: a ratio with the chips at $0 on both sides
     * compares facilities, not data centers, and reads as a headline it is not.
     */
    private static double requirePrice(Scenario scenario, Accelerator acc, String field) {
        if (acc.priceUsd().isPresent()) {
            return acc.priceUsd().getAsDouble();
        }
        String message = String.format(Locale.ROOT, "accelerator '%s' has no price, so the orbit/ground cost ratio would"
                + " count its hardware at $0 on both sides; expected a unit price, e.g. 'price: 27500 USD' in the inline"
                + " accelerator, or a catalog 'base' that has one", acc.id());
        throw new ScenarioException(List.of(new ScenarioError(scenario.file(),
                ScenarioFieldLocation.of(scenario.file(), field), field, message)));
    }

    private static void facilityNote(FacilityPowerCheck f, List<String> notes) {
        if (f.scaled()) {
            notes.add(String.format(Locale.ROOT, "%s: the ground campus was asked for %,.2f MW of IT but its %,d units"
                    + " draw %,.0f W each = %,.2f MW; its facility, energy and water are costed at %,.2f MW",
                    FACILITY_SCALED, f.requestedItPowerW() / 1e6, f.units(), f.itPowerPerUnitW(),
                    f.requiredItPowerW() / 1e6, f.itPowerW() / 1e6));
        }
    }

    /** The name of the note (text and JSON) that says the ground facility was scaled to feed its units. */
    public static final String FACILITY_SCALED = "ground facility scaled";

    private SpaceCostInputs space(Scenario scenario, SizingReport sizing, double price, Optional<TwinDelivery> twin,
                                  List<String> notes) {
        SatelliteDesign d = scenario.satellite().orElseThrow();
        SizingResult r = sizing.primary().result();
        int satellites = sizing.shells().stream().mapToInt(s -> s.result().fleet().satellites()).sum();
        EconomicsSettings e = scenario.economics();
        OptionalDouble launchTotal = OptionalDouble.empty();
        LaunchRisk risk = null;
        double perKg = scenario.launch().pricePerKgUsd().orElse(Double.NaN);
        if (scenario.launch().pricePerKgUsd().isEmpty()) {
            LaunchPlanner planner = LaunchStudy.withShippedCatalog().planner();
            LaunchRequest request = LaunchStage.request(scenario, sizing);
            LaunchPlan plan = planner.plan(request);
            double planned = plan.totals().costUsd();
            launchTotal = OptionalDouble.of(planned);
            perKg = planned / (satellites * r.mass().totalKg());
            risk = LaunchRisk.of(plan, planner.eligibleVehicles(request), request);
            notes.add("launch cost from the launch plan (orbitdc launch); set launch.pricePerKg for a flat price");
            if (risk.expectedLossUsd() > 0) {
                notes.add(String.format(Locale.ROOT, "launch risk: %.2f expected launch failures (least reliable vehicle %s,"
                        + " posterior-mean reliability %.2f from its flight record) cost %,.0f USD in re-flights and rebuilt"
                        + " satellites; the insurance line is the larger of this and the premium (launch.pricePerKg sets a flat"
                        + " price taken to include the provider's risk; launch.excludeProviders plans without a vehicle)", risk.expectedFailures(),
                        risk.worstVehicleId(), risk.worstReliability(), risk.expectedLossUsd()));
            }
        }
        double delivered = twin.map(TwinDelivery::fraction).orElse(e.deliveredFraction());
        twin.ifPresent(tw -> notes.add(String.format(Locale.ROOT, "delivered fraction %.6g from %s, in place of"
                + " economics.deliveredFraction", tw.fraction(), tw.source())));
        return new SpaceCostInputs(satellites, r.mass().totalKg(), r.mass().computeKg(), d.acceleratorsPerSatellite(),
                d.accelerator().gpuCount(), price, r.power().itLoadW(), r.power().requiredArrayPowerW(),
                e.satelliteCostUsdPerW(), e.satelliteCostUsdPerKg(), launchTotal, perKg, e.operationsFraction(),
                e.groundSegmentUsdPerS() * YEAR_S, e.insuranceFraction(), e.acceleratorFailureRate(),
                scenario.launch().annualLossRate(), e.disposalFraction(), scenario.missionLifeS() / YEAR_S,
                delivered, risk == null ? LaunchFailureExposure.NONE
                        : scenario.launch().satelliteUnitCostUsd().isPresent()
                                ? risk.exposure().withUnitCost(scenario.launch().satelliteUnitCostUsd().getAsDouble())
                                : risk.exposure());
    }

    private static GroundCostInputs ground(TerrestrialSettings t, TerrestrialSite site, double price, long units,
                                           double itPowerW, double years, Accelerator acc) {
        return new GroundCostInputs(units, acc.gpuCount(), price, itPowerW, t.pue().orElse(site.pue()), t.utilisation(),
                t.availability(),
                t.electricityUsdPerJ().isPresent() ? t.electricityUsdPerJ().getAsDouble() * J_PER_MWH : site.electricityUsdPerMwh(),
                t.facilityCapexUsdPerW().orElse(site.facilityCapexUsdPerW()), site.backupCapexUsdPerW(),
                site.waterM3PerMwh(), t.waterUsdPerM3(),
                t.timeToPowerS().isPresent() ? t.timeToPowerS().getAsDouble() / YEAR_S : site.timeToPowerYears(),
                t.hardwareLifeS().isPresent() ? OptionalDouble.of(t.hardwareLifeS().getAsDouble() / YEAR_S) : OptionalDouble.empty(),
                t.facilityLifeS() / YEAR_S, t.sparesFraction(), t.operationsFraction(), years);
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
