package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.scenario.Overrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The results database's {@code scenario_sha256} identifies the scenario as run: the file's bytes,
 * plus the {@code --set} overrides when there are any (before, a run with {@code --set} and one
 * without recorded the same hash although they ran different scenarios).
 */
class ScenarioHashTest {

    private static final Path SUNCATCHER = Path.of("../scenarios/suncatcher-like.yaml");

    @Test
    void withoutOverridesTheHashIsTheFilesOwnSoSha256sumReproducesIt() throws IOException {
        Study study = Study.load(SUNCATCHER);
        assertThat(study.scenarioBytes()).isEqualTo(Files.readAllBytes(SUNCATCHER));
    }

    @Test
    void overridesAreAppendedOneLineEachInOrderSoDifferentRunsNeverShareAHash() throws IOException {
        Overrides days30 = Overrides.parse(List.of("duration=30 d"));
        Overrides days31 = Overrides.parse(List.of("duration=31 d"));
        byte[] file = Files.readAllBytes(SUNCATCHER);
        byte[] with = Study.load(SUNCATCHER, days30).scenarioBytes();
        // the documented form: the file, then "\n--set PATH=VALUE" per override, then "\n"
        assertThat(new String(with, StandardCharsets.UTF_8))
                .isEqualTo(new String(file, StandardCharsets.UTF_8) + "\n--set duration=30 d\n");
        assertThat(RunMetadata.sha256(with))
                .isNotEqualTo(RunMetadata.sha256(file))
                .isNotEqualTo(RunMetadata.sha256(Study.load(SUNCATCHER, days31).scenarioBytes()));
    }

    @Test
    void aScenarioThatCameAsTextHashesItsTextLikeTheFile() throws IOException {
        Study fromText = ScenarioSource.read(SUNCATCHER, Overrides.none()).study();
        assertThat(fromText.file()).isEmpty();
        assertThat(fromText.scenarioBytes()).isEqualTo(Files.readAllBytes(SUNCATCHER));
    }
}
