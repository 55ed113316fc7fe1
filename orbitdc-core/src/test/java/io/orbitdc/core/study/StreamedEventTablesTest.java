package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.geometry.ExportOptions;
import io.orbitdc.core.scenario.Overrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression checks of the streamed event tables (issue 15): a run that recorded its events and a
 * run that computes them again on writing give the same files, and writing twice works (each call
 * that computed its own tables frees their temporary file and the next one makes a new one).
 */
class StreamedEventTablesTest {

    private static final Path SUNCATCHER = Path.of("..", "scenarios", "suncatcher-like.yaml");
    private static final List<String> TABLES = List.of("eclipses.csv", "contacts.csv", "saa.csv", "beta.csv", "fleet.czml");

    @Test
    void recordedAndRecomputedTablesAreByteIdentical(@TempDir Path dir) throws Exception {
        Study study = Study.load(SUNCATCHER, Overrides.parse(List.of("duration=3 h")));
        ExportOptions export = new ExportOptions(900, false, 300, 3, Instant.EPOCH);
        study.geometry(GeometryOptions.defaults().withThreads(2).withEvents()).writeOutputs(dir.resolve("recorded"), export);
        GeometryRun plain = study.geometry(GeometryOptions.defaults().withThreads(1));
        plain.writeOutputs(dir.resolve("again-1"), export);
        plain.writeOutputs(dir.resolve("again-2"), export);
        for (String table : TABLES) {
            byte[] recorded = Files.readAllBytes(dir.resolve("recorded").resolve(table));
            assertThat(Files.readAllBytes(dir.resolve("again-1").resolve(table))).as(table).isEqualTo(recorded);
            assertThat(Files.readAllBytes(dir.resolve("again-2").resolve(table))).as(table).isEqualTo(recorded);
        }
        assertThat(Files.readAllLines(dir.resolve("recorded").resolve("contacts.csv"))).hasSizeGreaterThan(81);
    }
}
