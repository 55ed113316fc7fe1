package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.InputException;
import io.orbitdc.core.budget.WorkLimits;
import io.orbitdc.core.scenario.Overrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The up-front work estimate through the Study API, on the shipped scenarios. */
class WorkEstimatesTest {

    /** A 4 GiB JVM with the default time budget, on the 2-core reference machine. */
    private static final WorkLimits FOUR_GIB = new WorkLimits(WorkLimits.DEFAULT_WALL_S, (long) (0.8 * (4L << 30)));

    private static Study study(String name) {
        return Study.load(Path.of("..", "scenarios", name));
    }

    @Test
    void everyShippedOrbitalScenarioButTheMillionIsAcceptedForGeometryAndSimulate() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            Study study = Study.load(f);
            if (!study.scenario().hasSpaceSegment() || f.getFileName().toString().equals("spacex-odc-1m.yaml")) {
                continue;
            }
            assertThat(study.estimateGeometry(2).refusal(FOUR_GIB)).as("geometry %s", f).isEmpty();
            assertThat(study.estimateSimulation(2).refusal(FOUR_GIB)).as("simulate %s", f).isEmpty();
        }
    }

    @Test
    void theMillionIsRefusedAtTheScenarioFileNamingTheHeap() {
        Study million = study("spacex-odc-1m.yaml");
        assertThatThrownBy(() -> million.requireWithin(million.estimateGeometry(2), FOUR_GIB))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isPresent())
                .hasMessageContaining("-Xmx");
        assertThatThrownBy(() -> million.requireWithin(million.estimateSimulation(2), FOUR_GIB))
                .isInstanceOf(InputException.class).hasMessageContaining("-Xmx");
    }

    @Test
    void aHundredThousandSatellitesAtTheDefaultThousandKilometreRangeAreRefusedNamingTheRange() {
        Study wide = Study.load(Path.of("..", "scenarios", "spacex-odc-100k.yaml"),
                Overrides.none().with("links.range", "1000 km"));
        assertThatThrownBy(() -> wide.requireWithin(wide.estimateGeometry(2), FOUR_GIB))
                .isInstanceOf(InputException.class).hasMessageContaining("links.range");
        // the same fleet with the shipped 250 km range passes
        Study shipped = study("spacex-odc-100k.yaml");
        assertThat(shipped.requireWithin(shipped.estimateGeometry(2), FOUR_GIB).meanDegree()).isBetween(10.0, 30.0);
    }
}
