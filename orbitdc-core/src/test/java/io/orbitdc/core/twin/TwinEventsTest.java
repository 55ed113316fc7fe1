package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwinEventsTest {

    /** Collects events as sorted text lines (order across satellites is not defined). */
    private static final class Collector implements StepRecorder {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void record(SatelliteSample sample) {
        }

        @Override
        public void event(int satellite, int step, double timeS, String kind, String detail) {
            lines.add(String.format("%03d %08d %s %s", satellite, step, kind, detail));
        }

        List<String> sorted() {
            List<String> copy = new ArrayList<>(lines);
            Collections.sort(copy);
            return copy;
        }

        long units(String kind) {
            return lines.stream().filter(l -> l.contains(" " + kind + " "))
                    .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(kind) + kind.length() + 1).split(" ")[0]))
                    .sum();
        }

        long count(String kind) {
            return lines.stream().filter(l -> l.contains(" " + kind + " ")).count();
        }
    }

    private static TwinSummary fly(Collector c, int threads) {
        // an undersized radiator (bursts), high failure rates and the fixtures' radiation: every kind happens
        SatelliteTwinSpec spec = TwinFixtures.satellite(40.0, 8e6, 1.2).withFailureRates(new FailureRates(5.0, 2.0, 1.0, 12.0));
        return TwinEngine.uniform(TwinFixtures.orbit(6, 20 * 2880, TwinFixtures.UMBRA_S, 20.0), spec, 11L)
                .run(threads, c, Integer.MAX_VALUE);
    }

    @Test
    void eventsAddUpToTheSummaryAndDoNotDependOnThreads() {
        Collector one = new Collector();
        Collector two = new Collector();
        TwinSummary s = fly(one, 1);
        assertThat(fly(two, 2)).isEqualTo(s);
        assertThat(two.sorted()).isEqualTo(one.sorted());

        assertThat(one.units("accelerator-failure")).isEqualTo(s.failures().acceleratorFailures()).isPositive();
        assertThat(one.units("host-failure")).isEqualTo(s.failures().hostFailures());
        assertThat(one.units("power-string-failure")).isEqualTo(s.failures().powerStringFailures());
        assertThat(one.count("satellite-lost")).isEqualTo(s.failures().satellitesLost()).isPositive();
        assertThat(one.units("crash")).isEqualTo(s.radiation().crashes());
        // a throttle that starts either ends or is still on at the end
        long starts = one.count("throttle-start");
        assertThat(starts).isPositive();
        assertThat(one.count("throttle-end")).isBetween(starts - 6, starts);
    }
}
