package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class StepRecorderTest {
    private static TwinEngine fleet() {
        CircularOrbitTimeline timeline = TwinFixtures.orbit(5, 1000, TwinFixtures.UMBRA_S, 20.0);
        return TwinEngine.uniform(timeline, TwinFixtures.satellite(40.0, 8e6, 3.0)
                .withFailureRates(new FailureRates(5.0, 1.0, 1.0, 2.0)), 9L);
    }

    private static List<SatelliteSample> record(int threads) {
        ConcurrentLinkedQueue<SatelliteSample> out = new ConcurrentLinkedQueue<>();
        fleet().run(threads, out::add, 60);
        List<SatelliteSample> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(SatelliteSample::satellite).thenComparingInt(SatelliteSample::step));
        return sorted;
    }

    @Test
    void samplesComeAtTheIntervalAndTheLastStepIdenticallyForAnyThreadCount() {
        List<SatelliteSample> one = record(1);
        // 1000 steps every 60: steps 59, 119, …, 959 (16 samples) and the last step 999
        assertThat(one).hasSize(5 * 17);
        assertThat(one.get(0).step()).isEqualTo(59);
        assertThat(one.get(16).step()).isEqualTo(999);
        assertThat(one.get(16).timeS()).isEqualTo(1000 * TwinFixtures.STEP_S);
        assertThat(record(2)).isEqualTo(one);
        for (SatelliteSample s : one) {
            assertThat(s.soc()).isBetween(0.0, 1.0);
            assertThat(s.dieK()).isFinite().isPositive();
            assertThat(s.duty()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void lastSampleCarriesTheSatelliteTotals() {
        ConcurrentLinkedQueue<SatelliteSample> out = new ConcurrentLinkedQueue<>();
        TwinSummary summary = fleet().run(1, out::add, 1000);
        double delivered = out.stream().mapToDouble(SatelliteSample::deliveredFlop).sum();
        assertThat(out).hasSize(5);
        assertThat(delivered).isCloseTo(summary.compute().deliveredFlop(),
                org.assertj.core.api.Assertions.within(1e-9 * summary.compute().deliveredFlop()));
    }

    @Test
    void andThenHandsEverySampleToBothRecordersInOrder() {
        ConcurrentLinkedQueue<SatelliteSample> first = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<SatelliteSample> second = new ConcurrentLinkedQueue<>();
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        StepRecorder a = s -> {
            first.add(s);
            order.add("a" + s.satellite() + ":" + s.step());
        };
        StepRecorder b = s -> {
            second.add(s);
            order.add("b" + s.satellite() + ":" + s.step());
        };
        fleet().run(1, a.andThen(b), 60);
        assertThat(first).hasSize(5 * 17).containsExactlyElementsOf(second);
        // with one thread each sample goes to a, then to b, before the next sample
        for (int i = 0; i < order.size(); i += 2) {
            assertThat(order.get(i + 1)).isEqualTo("b" + order.get(i).substring(1));
        }
    }
}
