package io.orbitdc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.PartitionedFleetScan;
import io.orbitdc.core.study.ScenarioSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The executor-wide fleet cache: one fleet per scenario source, at most {@link ExecutorFleets#CAPACITY} kept. */
class ExecutorFleetsTest {

    private static final Path SCENARIO = Path.of("src/test/resources/walker-10k.yaml");

    private static ScenarioSource withSatellites(int n) {
        return ScenarioSource.read(SCENARIO, Overrides.parse(List.of("constellation.satellites=" + n)));
    }

    @Test
    void equalSourcesShareOneFleetAndTheCacheStaysBounded() {
        ScenarioSource a = withSatellites(200);
        PartitionedFleetScan first = ExecutorFleets.of(a);
        // a source read again (as a task deserialises it) is equal by value: the same fleet object
        assertThat(ExecutorFleets.of(withSatellites(200))).isSameAs(first);
        assertThat(first.satellites()).isEqualTo(200);
        assertThat(ExecutorFleets.of(withSatellites(300)).satellites()).isEqualTo(300);
        assertThat(ExecutorFleets.of(withSatellites(400)).satellites()).isEqualTo(400);
        assertThat(ExecutorFleets.held()).isLessThanOrEqualTo(ExecutorFleets.CAPACITY);
        // the least recently used (200) was dropped: asking again generates a new, equal-sized fleet
        PartitionedFleetScan again = ExecutorFleets.of(a);
        assertThat(again).isNotSameAs(first);
        assertThat(again.satellites()).isEqualTo(200);
    }
}
