package io.orbitdc.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Physical-economic invariants of the cost models over random designs. */
class CostPropertiesTest {

    static SpaceCostInputs space(int satellites, double massKg, double launchUsdPerKg, double failureRate) {
        return new SpaceCostInputs(satellites, massKg, massKg * 0.2, 8, 1, 27_500, 8 * 945, 49, OptionalDouble.empty(),
                OptionalDouble.empty(), launchUsdPerKg, 5e6, 0.06, failureRate, 0.02, 0.02, 5, 1);
    }

    static GroundCostInputs ground(long units) {
        return new GroundCostInputs(units, 1, 27_500, units * 945.0, 1.3, 0.9, 0.99, 80, 15, 0.5, 0.485, 2, 1, 6, 15,
                0.05, 5);
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

    @Property(tries = 100)
    void aCrossoverWhenFoundMakesBothSidesCostTheSame(@ForAll @IntRange(min = 1, max = 500) int satellites,
                                                       @ForAll @DoubleRange(min = 100, max = 3000) double massKg,
                                                       @ForAll @DoubleRange(min = 0, max = 0.3) double failureRate) {
        CostStudyInputs in = new CostStudyInputs(space(satellites, massKg, 1000, failureRate),
                ground((long) satellites * 8), 0.08);
        Crossover c = CostStudy.run(in).crossover();
        if (c.launchUsdPerKg().isPresent()) {
            CostStudyInputs atCrossover = in.with(in.space().withLaunchPrice(c.launchUsdPerKg().getAsDouble()), in.ground());
            assertThat(CostStudy.ratio(atCrossover)).isCloseTo(1.0, withinPercentage(0.1));
        } else {
            assertThat(c.note()).startsWith("none in range");
        }
    }

    @Property(tries = 100)
    void moreFailuresNeverMakeOrbitCheaper(@ForAll @DoubleRange(min = 0, max = 0.5) double rate,
                                           @ForAll @DoubleRange(min = 0, max = 0.5) double extra) {
        SpaceCostModel model = new SpaceCostModel(new Financing(0.05));
        assertThat(model.cost(space(81, 1000, 500, rate + extra)).totalUsd())
                .isGreaterThanOrEqualTo(model.cost(space(81, 1000, 500, rate)).totalUsd());
    }

    @Property(tries = 50)
    void tornadoIsSortedBySwingAndCoversEveryInput(@ForAll @IntRange(min = 1, max = 200) int satellites) {
        var bars = CostStudy.tornado(new CostStudyInputs(space(satellites, 800, 500, 0.09), ground(satellites * 8L), 0.08));
        assertThat(bars).hasSize(SensitivityInput.values().length);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i - 1).swing()).isGreaterThanOrEqualTo(bars.get(i).swing());
        }
    }
}
