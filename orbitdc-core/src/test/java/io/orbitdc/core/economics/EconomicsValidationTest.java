package io.orbitdc.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The cost models fed the published inputs of the parity arguments, compared with the published
 * outputs (docs/models/economics.md, validation table). Each case builds orbitdc's own inputs
 * from the publication's and runs orbitdc's models; the tolerance is justified on its line.
 */
class EconomicsValidationTest {

    private static final double HOURS = 8766.0;

    /** An orbital side of one satellite with nothing but what the case names (all else 0). */
    private static SpaceCostInputs bareSpace(int satellites, double massKg, double computeMassKg, int units,
                                             double unitPrice, double itW, double satellitePowerW, double platformUsdPerW,
                                             double launchUsdPerKg, double opsFraction, double failureRate,
                                             double years) {
        return new SpaceCostInputs(satellites, massKg, computeMassKg, units, 1, unitPrice, itW, satellitePowerW,
                platformUsdPerW, OptionalDouble.empty(), OptionalDouble.empty(), launchUsdPerKg, opsFraction, 0, 0,
                failureRate, 0, 0, years, 1);
    }

    /** A ground side with nothing but what the case names: PUE 1, fully used, no water, no wait. */
    private static GroundCostInputs bareGround(long units, double unitPrice, double itW, double pue,
                                               double electricityUsdPerMwh, double facilityUsdPerW, double hardwareLife,
                                               double facilityLife, double opsFraction, double years) {
        return new GroundCostInputs(units, 1, unitPrice, itW, pue, 1, 1, electricityUsdPerMwh, facilityUsdPerW, 0, 0, 0,
                0, OptionalDouble.of(hardwareLife), facilityLife, 0, opsFraction, years);
    }

    /**
     * Suncatcher's launched-power cost on THEIR normalisation: a Starlink-v2-class satellite of
     * 575 kg and 28 kW (48.7 W/kg), 5 years. ref: suncatcher-2025 — ~$14.7k per kW-year at
     * $3,600/kg and ~$810 at $200/kg (secondary reports; the formula gives $14,784 and $821).
     * Tolerance 2 %: the published figures are rounded and the 48.7 W/kg is itself rounded.
     */
    @Test
    void suncatcherLaunchedPowerOnTheirSatellitePowerNormalisation() {
        for (double[] c : new double[][] {{3600, 14_700}, {200, 810}}) {
            SpaceCostInputs space = bareSpace(1, 575, 0, 1, 0, 28_000, 28_000, 0, c[0], 0, 0, 5);
            GroundCostInputs ground = bareGround(1, 0, 28_000, 1, 60, 0, 5, 5, 0, 5);
            CostComparison r = CostStudy.run(new CostStudyInputs(space, ground, 0));
            assertThat(r.launchedPower().satelliteWattsPerKg()).isCloseTo(48.7, within(0.05));
            assertThat(r.launchedPower().usdPerKwYearOfSatellitePower()).as("$%.0f/kg", c[0])
                    .isCloseTo(c[1], withinPercentage(2));
        }
    }

    /**
     * The same metric on orbitdc's IT normalisation differs by exactly the ratio of the two specific
     * powers (hand check: a 575 kg satellite carrying 6.85 kW of IT of its 28 kW, 11.9 W/kg of IT,
     * pays 28/6.85 = 4.09x more per kW-year of IT). Exact up to rounding.
     */
    @Test
    void launchedPowerPerKwOfItIsTheSatelliteFigureTimesThePowerRatio() {
        SpaceCostInputs space = bareSpace(1, 575, 0, 1, 0, 6_850, 28_000, 0, 3600, 0, 0, 5);
        LaunchedPower p = CostStudy.run(new CostStudyInputs(space, bareGround(1, 0, 6_850, 1, 60, 0, 5, 5, 0, 5), 0))
                .launchedPower();
        assertThat(p.itWattsPerKg()).isCloseTo(11.9, within(0.05));
        assertThat(p.usdPerKwYearOfIt() / p.usdPerKwYearOfSatellitePower()).isCloseTo(28_000 / 6_850.0, within(1e-9));
    }

    /**
     * Suncatcher's parity argument with its inputs: launch is the only extra cost in orbit and power
     * the only one it saves (their comparison is launch cost against power cost). 48.7 W/kg, 5 years,
     * ground power at the EIA July 2026 US industrial price, 9.77 c/kWh, PUE 1 (their comparison
     * has no cooling overhead). Hand check: p* = 97.7 $/MWh x 8.766 MWh/kW-yr x 5 yr x 0.0487
     * kW/kg = $208.5/kg. ref: suncatcher-2025 — launch "≲ $200/kg" makes space power cost-comparable.
     * Tolerance 10 %: $200/kg is a round threshold, and the terrestrial power cost it is compared
     * with is a range ($570-3,000 per kW-year); at the EIA price the crossover lands 4 % above it.
     */
    @Test
    void suncatcherParityLandsNearTwoHundredDollarsPerKg() {
        double massKg = 1e6 / 48.7;
        SpaceCostInputs space = bareSpace(1, massKg, 0, 1, 0, 1e6, 1e6, 0, 3600, 0, 0, 5);
        GroundCostInputs ground = bareGround(1, 0, 1e6, 1, 97.7, 0, 5, 5, 0, 5);
        Crossover c = CostStudy.run(new CostStudyInputs(space, ground, 0)).crossover();
        assertThat(c.launchUsdPerKg()).as(c.note()).isPresent();
        assertThat(c.launchUsdPerKg().getAsDouble()).isCloseTo(97.7 * HOURS / 1000 * 5 * 48.7 / 1000, withinPercentage(0.1));
        assertThat(c.launchUsdPerKg().getAsDouble()).isCloseTo(200, withinPercentage(10));
    }

    /**
     * Forethought's 5-year cost per GW, fed to orbitdc's models. Their published inputs: IT held at
     * $25.6B/GW on both sides; Earth grid campus $37.6B over 5 years (so $12.0B of facility and
     * power); ODC $48.2B at $250/kg and $30.3B at $50/kg, which fix the ODC's launched mass (89,500 t
     * per GW, the slope) and its non-IT, non-launch cost ($0.225B, the intercept less IT). Only their
     * third point ($35.0B at $100/kg) is independent of what we fed in: validation, 2 % (their
     * rounding to $0.1B). ref: forethought-2026.
     */
    @Test
    void forethoughtHundredDollarPointFollowsFromTheirOtherTwoThroughOurModel() {
        Forethought f = Forethought.inputs();
        assertThat(new SpaceCostModel(new Financing(0)).cost(f.space()).totalUsd()).as("their $100/kg point")
                .isCloseTo(35.0e9, withinPercentage(2));
    }

    /**
     * Consistency check, not a validation: the crossover solver finds the root of the line fitted
     * through Forethought's $50 and $250/kg points against their $37.6B ground side (which is
     * $25.6B + $12.0B of our own inputs). By hand: 50 + (37.6 − 30.3) / ((48.2 − 30.3) / 200) =
     * $131.56/kg; 0.1 % (the solver's tolerance). That it lies in ($100, $250) — their "parity at
     * ~$100/kg" — follows from the $100/kg point validated above.
     */
    @Test
    void consistencyCheckCrossoverSolverFindsTheRootOfTheForethoughtLine() {
        Forethought f = Forethought.inputs();
        Crossover c = CostStudy.run(new CostStudyInputs(f.space(), f.ground(), 0)).crossover();
        assertThat(c.launchUsdPerKg()).as(c.note()).isPresent();
        assertThat(c.launchUsdPerKg().getAsDouble()).isCloseTo(50 + (37.6 - 30.3) / ((48.2 - 30.3) / 200),
                withinPercentage(0.1));
    }

    /** Forethought's inputs in orbitdc's terms (see the two tests above). */
    private record Forethought(SpaceCostInputs space, GroundCostInputs ground) {
        static Forethought inputs() {
            double slopeKg = (48.2e9 - 30.3e9) / (250 - 50);   // kg launched per GW
            double nonItUsd = 30.3e9 - slopeKg * 50 - 25.6e9;  // their non-IT, non-launch ODC cost per GW
            long units = 1_000_000;                            // 1 GW as a million 1 kW units
            SpaceCostInputs space = bareSpace(1, slopeKg, 0, (int) units, 25.6e9 / units, 1e9, 1e9, nonItUsd / 1e9,
                    100, 0, 0, 5);
            GroundCostInputs ground = bareGround(units, 25.6e9 / units, 1e9, 1, 0, 12.0, 5, 5, 0, 5);
            return new Forethought(space, ground);
        }
    }

    /** Starcloud's 40 MW, 10-year comparison with their assumptions: no hardware on either side (it is the same), PUE 1. */
    @Test
    void starcloudFortyMegawattTenYearComparisonUnderTheirAssumptions() {
        Financing undiscounted = new Financing(0);
        // ground: 40 MW at $0.04/kWh for 10 years, chillers $7M (as facility capex over the 10 years), backup $20M
        GroundCostInputs ground = new GroundCostInputs(1, 1, 0, 40e6, 1.0, 1.0, 1.0, 40.0,
                7e6 / 40e6, 20e6 / 40e6, 0, 0, 0, OptionalDouble.of(10), 10, 0, 0, 10);
        CostSide g = new GroundCostModel(undiscounted).cost(ground);
        // validation: ref starcloud-wp — energy $140M (40 MW x 87,600 h x $0.04; we use 87,660 h: +0.07 %);
        // 2 % (the paper rounds to $1M)
        assertThat(g.line(GroundCostModel.ELECTRICITY).usd()).isCloseTo(140e6, withinPercentage(2));
        // consistency (input plumbing, not validation): cooling $7M and backup $20M are the paper's figures
        // fed in, so the ground total is the energy line plus our inputs and nothing else:
        // 140.26 + 7 + 20 = $167.26M by hand (the paper's $167M)
        assertThat(g.totalUsd()).isCloseTo(40e6 * 87_660 * 0.04 / 1000 + 7e6 + 20e6, within(1.0));

        // space: one Starship, 100 t at $50/kg = $5M; solar $2M ($0.05/W) and shielding ~$1.2M (inferred) as platform
        SpaceCostInputs space = bareSpace(1, 100_000, 0, 1, 0, 40e6, 40e6, (2e6 + 1.2e6) / 40e6, 50, 0, 0, 10);
        CostSide s = new SpaceCostModel(undiscounted).cost(space);
        // consistency (input plumbing): every space line is an input of the paper's ($5M + $2M + $1.2M, the
        // last inferred so that the paper's $8.2M total closes), so the total only shows no other line is
        // charged; the "~20x" ratio (167.26 / 8.2 = 20.4 by hand) follows from the validated energy line
        assertThat(s.totalUsd()).isCloseTo(100_000 * 50 + 2e6 + 1.2e6, within(1.0));
        assertThat(g.totalUsd() / s.totalUsd()).isCloseTo(20.4, withinPercentage(0.1));
    }

    /**
     * Turyshev's lifetime penalty λT/(1 − e^−λT): the hardware flown per unit of mean delivered
     * hardware when failures are not repaired. orbitdc's spares are the same quantity minus one, and
     * the spares line charges exactly that fraction of the accelerators. ref: turyshev-2026 —
     * 1.2707 (λ 0.1/yr, T 5 yr) and 1.5820 (λ 0.2/yr); 5e-5, the published rounding.
     */
    @Test
    void turyshevLifetimePenalty() {
        assertThat(1 + SpareAllowance.fraction(0.1, 5)).isCloseTo(1.2707, within(5e-5));
        assertThat(1 + SpareAllowance.fraction(0.2, 5)).isCloseTo(1.5820, within(5e-5));
        CostSide s = new SpaceCostModel(new Financing(0)).cost(bareSpace(1, 1000, 0, 100, 10_000, 1e5, 1e5, 0, 0, 0, 0.1, 5));
        assertThat(s.line(SpaceCostModel.SPARES).usd() / s.line(SpaceCostModel.IT_HARDWARE).usd())
                .isCloseTo(0.2707, within(5e-5));
    }

    /**
     * Shapiro's orbital-compute workbook, tab A1 (1 GW, 10 yr, WACC 12 %). Ground: $38,000/kW of which
     * 60 % IT (life 5 yr) and 40 % facility (14 yr), $0.0834/kWh at PUE 1.15, opex 2 %/yr of capex.
     * Orbit: 36.5 W/kg (27,397 t) + 5,000 t of radiators at $1,000/kg, hardware $49/W, GPU failures
     * 9 %/yr, ops 1 %/yr of capex. ref: shapiro-orbital-economics-2026 — CRF 0.176984, capex $81.40B,
     * ground annual $10.218B, orbit annual $22.096B, orbit-inference/ground 2.162 (equal MFU).
     */
    @Test
    void shapiroWorkbookTabA1() {
        assertThat(new Financing(0.12).capitalRecoveryFactor(10)).isCloseTo(0.176984, within(5e-7));

        // ground, in orbitdc's model: a million 1 kW units at $22,800, facility $15.2/W
        GroundCostInputs ground = new GroundCostInputs(1_000_000, 1, 22_800, 1e9, 1.15, 1, 1, 83.4, 15.2, 0, 0, 0, 0,
                OptionalDouble.of(5), 14, 0, 0.02, 10);
        CostSide g = new GroundCostModel(new Financing(0.12)).cost(ground);
        // 0.1 %: the workbook's 8,760-hour year against our 8,766 moves the energy line by 0.07 %
        assertThat(g.annualUsd()).isCloseTo(10.218e9, withinPercentage(0.1));

        // orbit: 1,000 satellites of 1 MW; the failing part is the hardware and its own (non-radiator) mass
        double massKg = 27_397 + 5_000;
        SpaceCostInputs space = bareSpace(1000, massKg, 27_397, 1000, 49_000, 1e6, 1e6, 0, 1000, 0.01, 0.09, 10);
        CostSide s = new SpaceCostModel(new Financing(0.12)).cost(space);
        double capex = s.line(SpaceCostModel.IT_HARDWARE).usd() + s.line(SpaceCostModel.LAUNCH).usd();
        assertThat(capex).isCloseTo(81.40e9, withinPercentage(0.01));
        // 1 %: the workbook replaces 9 %/yr of hardware each year; orbitdc flies the spares up front
        // (Turyshev's penalty), which at λT = 0.9 and 12 % costs 1.6 % more on the failure line
        assertThat(s.annualUsd()).isCloseTo(22.096e9, withinPercentage(1));
        assertThat(s.annualUsd() / g.annualUsd()).isCloseTo(2.162, withinPercentage(1));
    }

    @Test
    void financingFactorsMatchTheStandardTables() {
        // ref: grant-ireson-1990 — CRF(8 %, 5 yr) = 0.25046, annuity factor (8 %, 10 yr) = 6.7101
        assertThat(new Financing(0.08).capitalRecoveryFactor(5)).isCloseTo(0.25046, within(1e-5));
        assertThat(new Financing(0.08).annuityFactor(10)).isCloseTo(6.7101, within(1e-4));
        assertThat(new Financing(0).capitalRecoveryFactor(4)).isEqualTo(0.25);
    }

    /** Transcription guard (R): the site catalog holds the figures typed from its sources. */
    @Test
    void transcriptionGuardTerrestrialSiteCatalogLoadsTheThreeReferenceSites() {
        TerrestrialSiteCatalog sites = TerrestrialSiteCatalog.load();
        assertThat(sites.ids()).contains("stargate-abilene", "xai-colossus", "typical-us-ai-dc");
        // ref: dcd-abilene-2025 — 1.2 GW campus; our IT load is that over the assumed PUE
        TerrestrialSite abilene = sites.site("stargate-abilene").orElseThrow();
        assertThat(abilene.itPowerW() * abilene.pue()).isCloseTo(1.2e9, withinPercentage(1));
        // ref: semianalysis-colossus-2025 — 200,000 H100/H200 GPUs
        assertThat(sites.site("xai-colossus").orElseThrow().accelerators()).isEqualTo(200_000);
    }

    /**
     * The H100 rental reference (transcription guard: the three prices are typed from gpu-rental-2026),
     * and an H100-equivalent hour by dense BF16 (hand check: TPU v6e 918 TFLOPS, 989 / 918 H100-hours).
     */
    @Test
    void rentalMarketReadsPerH100EquivalentHour() {
        RentalMarket m = RentalMarket.H100_ON_DEMAND_2026;
        // transcription guard, ref: gpu-rental-2026 — $1.99-5.00 per GPU-hour, median ~$2.95
        assertThat(new double[] {m.lowUsdPerGpuHour(), m.medianUsdPerGpuHour(), m.highUsdPerGpuHour()})
                .containsExactly(1.99, 2.95, 5.00);
        assertThat(RentalMarket.perH100EquivalentHour(1.00, 918e12)).isCloseTo(989.0 / 918, within(1e-12));
        assertThat(m.position(1.5)).isEqualTo("below");
        assertThat(m.position(3.0)).isEqualTo("within");
        assertThat(m.position(6.0)).isEqualTo("above");
    }

    @Test
    void aCampusThatCannotFeedItsUnitsIsScaledToThem() {
        // 91,400 units x 875 W = 79.975 MW on a 40 MW request (issue 10's starcloud-40mw case)
        FacilityPowerCheck f = FacilityPowerCheck.of(40e6, 91_400, 875);
        assertThat(f.scaled()).isTrue();
        assertThat(f.itPowerW()).isCloseTo(79.975e6, within(1.0));
        assertThat(FacilityPowerCheck.of(40e6, 45_700, 875).scaled()).as("39.99 MW fits in 40 MW").isFalse();
    }
}
