package io.orbitdc.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Physical-economic invariants of the cost models over random designs. */
class CostPropertiesTest {

    /** A fleet of satellites of 8 H100-class units at 945 W of IT each (700 W plus 35 % host share). */
    static SpaceCostInputs space(int satellites, double massKg, double launchUsdPerKg, double failureRate,
                                 double platformUsdPerW, double lossRate) {
        return new SpaceCostInputs(satellites, massKg, massKg * 0.2, 8, 1, 27_500, 8 * 945, 8 * 945 * 1.3, platformUsdPerW,
                OptionalDouble.empty(), OptionalDouble.empty(), launchUsdPerKg, 0.01, 0, 0.06, failureRate, lossRate,
                0.02, 5, 1);
    }

    static SpaceCostInputs space(int satellites, double massKg, double launchUsdPerKg, double failureRate) {
        return space(satellites, massKg, launchUsdPerKg, failureRate, 49, 0.02);
    }

    /** A ground campus with the same units and IT load. */
    static GroundCostInputs ground(long units) {
        return new GroundCostInputs(units, 1, 27_500, units * 945.0, 1.3, 0.9, 0.99, 80, 15, 0.5, 0.485, 2, 1,
                OptionalDouble.empty(), 15, 0.05, 0.02, 5);
    }

    @Property(tries = 200)
    void higherLaunchPriceNeverLowersSpaceCost(@ForAll @IntRange(min = 1, max = 5000) int satellites,
                                               @ForAll @DoubleRange(min = 50, max = 50_000) double massKg,
                                               @ForAll @DoubleRange(min = 0, max = 20_000) double price,
                                               @ForAll @DoubleRange(min = 0, max = 20_000) double more) {
        SpaceCostModel model = new SpaceCostModel(new Financing(0.08));
        double cheap = model.cost(space(satellites, massKg, price, 0.09)).usdPerGpuHour();
        double dear = model.cost(space(satellites, massKg, price + more, 0.09)).usdPerGpuHour();
        assertThat(dear).isGreaterThanOrEqualTo(cheap);
    }

    /**
     * With a cheap platform (≤ $5/W) and no losses in orbit, orbit at free launch is cheaper than
     * a ground campus that pays for a facility, energy and operations (hand check per unit-year at
     * 8 %: orbit ≈ $8.9k, ground ≈ $10.8k), and at $70,000/kg dearer: so a crossover must be found,
     * and at it both sides cost the same. No branch: the crossover is asserted on every try.
     */
    @Property(tries = 100)
    void aCheapPlatformAlwaysHasACrossoverThatEqualisesBothSides(
            @ForAll @IntRange(min = 1, max = 500) int satellites,
            @ForAll @DoubleRange(min = 100, max = 3000) double massKg,
            @ForAll @DoubleRange(min = 0, max = 5) double platformUsdPerW) {
        CostStudyInputs in = new CostStudyInputs(space(satellites, massKg, 1000, 0, platformUsdPerW, 0),
                ground((long) satellites * 8), 0.08);
        Crossover c = CostStudy.run(in).crossover();
        assertThat(c.launchUsdPerKg()).as(c.note()).isPresent();
        CostStudyInputs atCrossover = in.with(in.space().withLaunchPrice(c.launchUsdPerKg().getAsDouble()), in.ground());
        assertThat(CostStudy.ratio(atCrossover)).isCloseTo(1.0, withinPercentage(0.1));
    }

    /**
     * Over platforms from $0 to $60/W and failure rates to 30 %/yr, both answers occur (checked by
     * coverage, so neither branch is vacuous): a crossover equalises both sides; "none in range"
     * means orbit is dearer even with free launch.
     */
    @Property(tries = 200)
    void theCrossoverAnswerIsRightInBothBranches(@ForAll @IntRange(min = 1, max = 500) int satellites,
                                                 @ForAll @DoubleRange(min = 100, max = 3000) double massKg,
                                                 @ForAll @DoubleRange(min = 0, max = 0.3) double failureRate,
                                                 @ForAll @DoubleRange(min = 0, max = 60) double platformUsdPerW) {
        CostStudyInputs in = new CostStudyInputs(space(satellites, massKg, 1000, failureRate, platformUsdPerW, 0.02),
                ground((long) satellites * 8), 0.08);
        Crossover c = CostStudy.run(in).crossover();
        boolean found = c.launchUsdPerKg().isPresent();
        Statistics.label("crossover found").collect(found);
        if (found) {
            CostStudyInputs atCrossover = in.with(in.space().withLaunchPrice(c.launchUsdPerKg().getAsDouble()), in.ground());
            assertThat(CostStudy.ratio(atCrossover)).isCloseTo(1.0, withinPercentage(0.1));
        } else {
            assertThat(c.note()).startsWith("none in range: orbit costs more than ground even at $0/kg");
            assertThat(CostStudy.ratio(in.with(in.space().withLaunchPrice(0), in.ground()))).isGreaterThan(1);
        }
        Statistics.label("crossover found").coverage(cov -> {
            cov.check(true).percentage(p -> p >= 10);
            cov.check(false).percentage(p -> p >= 10);
        });
    }

    @Property(tries = 100)
    void moreFailuresNeverMakeOrbitCheaper(@ForAll @DoubleRange(min = 0, max = 0.5) double rate,
                                           @ForAll @DoubleRange(min = 0, max = 0.5) double extra) {
        SpaceCostModel model = new SpaceCostModel(new Financing(0.05));
        assertThat(model.cost(space(81, 1000, 500, rate + extra)).totalUsd())
                .isGreaterThanOrEqualTo(model.cost(space(81, 1000, 500, rate)).totalUsd());
    }

    /** Operations scale with the fleet: a fleet twice as large costs exactly twice as much (no fixed floor). */
    @Property(tries = 50)
    void costPerGpuHourDoesNotDependOnFleetSizeWithoutAFixedGroundSegment(
            @ForAll @IntRange(min = 1, max = 1000) int satellites) {
        SpaceCostModel model = new SpaceCostModel(new Financing(0.08));
        double one = model.cost(space(satellites, 800, 500, 0.09)).usdPerGpuHour();
        double twice = model.cost(space(2 * satellites, 800, 500, 0.09)).usdPerGpuHour();
        assertThat(twice).isCloseTo(one, withinPercentage(1e-9));
    }

    /** Spares apply to what fails: with no accelerator failures and no satellite losses there are none. */
    @Property(tries = 50)
    void nothingFailsNothingIsSpared(@ForAll @DoubleRange(min = 0, max = 100) double platformUsdPerW) {
        CostSide s = new SpaceCostModel(new Financing(0.08)).cost(space(81, 1000, 500, 0, platformUsdPerW, 0));
        assertThat(s.line(SpaceCostModel.SPARES).usd()).isZero();
    }

    @Property(tries = 50)
    void tornadoIsSortedBySwingAndCoversEveryInput(@ForAll @IntRange(min = 1, max = 200) int satellites) {
        var bars = CostStudy.tornado(new CostStudyInputs(space(satellites, 800, 500, 0.09), ground(satellites * 8L), 0.08));
        assertThat(bars).hasSize(SensitivityInput.values().length);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i - 1).swing()).isGreaterThanOrEqualTo(bars.get(i).swing());
        }
    }
    /**
     * The cost of risk is the larger of the premium and the expected launch loss: a premium below the
     * expected loss is not on offer, and no loss makes the premium vanish. Hand check of both branches.
     */
    @Property(tries = 200)
    void insuranceIsTheLargerOfPremiumAndExpectedLaunchLoss(@ForAll @IntRange(min = 1, max = 500) int satellites,
                                                          @ForAll @DoubleRange(min = 0, max = 5e9) double risk) {
        SpaceCostModel model = new SpaceCostModel(new Financing(0.08));
        SpaceCostInputs base = space(satellites, 2_000, 1_000, 0.09);
        SpaceCostInputs withRisk = base.withLaunchExposure(new LaunchFailureExposure(0, 1, java.util.OptionalDouble.of(risk)));
        // premium: 6 % of hardware (8 x 27,500 per satellite) + platform (8 x 945 W x $49) + launch (2 t x $1,000)
        double premium = 0.06 * satellites * (8 * 27_500.0 + 8 * 945 * 49.0 + 2_000 * 1_000.0);
        double insurance = model.cost(withRisk).lines().stream().filter(l -> l.name().equals(SpaceCostModel.INSURANCE))
                .findFirst().orElseThrow().usd();
        assertThat(insurance).isCloseTo(Math.max(premium, risk), withinPercentage(1e-9));
        Statistics.label("branch").collect(risk > premium ? "expected loss" : "premium");
        Statistics.label("branch").coverage(c -> {
            c.check("expected loss").count(n -> n > 0);
            c.check("premium").count(n -> n > 0);
        });
    }

    /**
     * The expected launch loss is re-priced by whatever a draw changes: the launch price (the re-flights) and the
     * accelerator price or platform cost (the rebuilt satellites). Before, a launch-price draw dropped the loss
     * altogether and a platform-cost draw kept it at the base unit cost. Hand calculation of the expected branch.
     */
    @Property(tries = 200)
    void theLaunchLossFollowsTheLaunchPriceAndTheUnitCost(@ForAll @IntRange(min = 1, max = 200) int satellites,
                                                          @ForAll @DoubleRange(min = 0.5, max = 5) double reflightShare,
                                                          @ForAll @DoubleRange(min = 300, max = 30_000) double usdPerKg,
                                                          @ForAll @DoubleRange(min = 20, max = 120) double usdPerW) {
        SpaceCostModel model = new SpaceCostModel(new Financing(0.08));
        double lost = 0.4 * satellites;
        SpaceCostInputs base = space(satellites, 2_000, 1_000, 0.09);
        SpaceCostInputs exposed = base.withLaunchExposure(new LaunchFailureExposure(reflightShare, lost,
                        java.util.OptionalDouble.empty()))
                .withLaunchPrice(usdPerKg).withSatelliteCostPerW(usdPerW);
        // unit cost: 8 accelerators x $27,500 + platform 8 x 945 W x usdPerW; launch: satellites x 2 t x usdPerKg
        double unit = 8 * 27_500.0 + 8 * 945 * usdPerW;
        double launch = satellites * 2_000 * usdPerKg;
        double loss = reflightShare * launch + lost * unit;
        double premium = 0.06 * satellites * (unit + 2_000 * usdPerKg);
        double insurance = model.cost(exposed).lines().stream().filter(l -> l.name().equals(SpaceCostModel.INSURANCE))
                .findFirst().orElseThrow().usd();
        // reflightShare ≥ 0.5 of the launch alone exceeds a 6 % premium: the loss branch always runs here
        assertThat(loss).isGreaterThan(premium);
        assertThat(insurance).isCloseTo(loss, withinPercentage(1e-9));
    }
}
