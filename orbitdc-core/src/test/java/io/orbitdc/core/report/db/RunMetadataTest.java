package io.orbitdc.core.report.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMetadataTest {
    private static final String SCENARIO = """
            orbitdc: 1
            name: metadata-test
            epoch: 2027-01-01T12:00:00Z
            duration: 2 d
            step: 60 s
            seed: 77
            orbit: { altitude: 650 km, inclination: sso, ltan: "06:00" }
            satellite: { accelerator: google-tpu-v6e, acceleratorsPerSatellite: 8 }
            """;

    @TempDir
    Path dir;

    @Test
    void metadataOfAScenarioCarriesItsIdentityAndTheHashOfItsBytesAndSurvivesTheFile() {
        Scenario s = new ScenarioLoader(ShippedCatalogs.load()).parse("metadata-test.yaml", SCENARIO, Path.of("."));
        byte[] bytes = SCENARIO.getBytes(StandardCharsets.UTF_8);
        RunMetadata m = RunMetadata.of(s, bytes, 10, 3, "1.2.3");
        // values written in the scenario text above, converted by hand: 2 d = 172,800 s
        assertThat(m.scenarioName()).isEqualTo("metadata-test");
        assertThat(m.epoch()).isEqualTo(Instant.parse("2027-01-01T12:00:00Z"));
        assertThat(m.durationS()).isEqualTo(172_800.0);
        assertThat(m.stepS()).isEqualTo(60.0);
        assertThat(m.seed()).isEqualTo(77L);
        assertThat(m.scenarioSha256()).isEqualTo(RunMetadata.sha256(bytes)).hasSize(64);
        // one changed byte changes the hash
        assertThat(RunMetadata.sha256(SCENARIO.replace("77", "78").getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(m.scenarioSha256());

        Path file = dir.resolve("m.duckdb");
        try (RunDatabase db = RunDatabase.create(file, m)) {
            db.commit();
        }
        try (RunResults r = RunResults.open(file)) {
            assertThat(r.metadata()).isEqualTo(m);
            assertThat(r.sampleCount()).isZero();
            assertThat(r.events()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedByName() throws Exception {
        Path notADatabase = dir.resolve("notes.duckdb");
        Files.writeString(notADatabase, "not a database");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunResults.open(notADatabase))
                .isInstanceOf(ResultsFileException.class).hasMessageContaining("cannot open results file")
                .hasMessageContaining("notes.duckdb");
    }
}
