package io.orbitdc.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.InputException;
import io.orbitdc.core.files.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression checks of the run-directory transaction: publish together, discard, lock, sweep, roll forward. */
class RunDirectoryTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitPublishesEveryStagedFileTogetherAndLeavesOtherFilesAlone(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.md"), "mine");
        Files.writeString(dir.resolve("run.json"), "old");
        List<Path> published;
        try (RunDirectory run = RunDirectory.open(dir)) {
            Files.writeString(run.staging().resolve("run.json"), "new");
            Files.createDirectories(run.staging().resolve("oem"));
            Files.writeString(run.staging().resolve("oem").resolve("a.oem"), "x");
            // before the commit nothing of the run is visible
            assertThat(Files.readString(dir.resolve("run.json"))).isEqualTo("old");
            assertThat(dir.resolve("oem")).doesNotExist();
            published = run.commit();
        }
        assertThat(published).containsExactly(dir.toAbsolutePath().resolve("oem/a.oem"), dir.toAbsolutePath().resolve("run.json"));
        assertThat(Files.readString(dir.resolve("run.json"))).isEqualTo("new");
        assertThat(Files.readString(dir.resolve("notes.md"))).isEqualTo("mine");
        assertThat(names(dir)).containsExactly(".orbitdc.lock", "notes.md", "oem", "run.json");
    }

    @Test
    void aRunRemovesWhatThePreviousRunOfTheSameVerbWroteAndItDoesNot(@TempDir Path dir) throws IOException {
        try (RunDirectory run = RunDirectory.open(dir)) {
            Files.writeString(run.staging().resolve("simulate.json"), "1");
            Files.writeString(run.staging().resolve("series.csv"), "1");
            run.commit("simulate");
        }
        Files.writeString(dir.resolve("size.json"), "another verb's");
        try (RunDirectory run = RunDirectory.open(dir)) {
            Files.writeString(run.staging().resolve("simulate.json"), "2");
            run.commit("simulate");
        }
        assertThat(names(dir)).containsExactly(".orbitdc-simulate.files", ".orbitdc.lock", "simulate.json", "size.json");
        assertThat(dir.resolve(".orbitdc-simulate.files")).hasContent("simulate.json");
    }

    @Test
    void closingWithoutCommitLeavesThePreviousRunAndNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("run.json"), "old");
        try (RunDirectory run = RunDirectory.open(dir)) {
            Files.writeString(run.staging().resolve("run.json"), "half");
        }
        assertThat(names(dir)).containsExactly(".orbitdc.lock", "run.json");
        assertThat(Files.readString(dir.resolve("run.json"))).isEqualTo("old");
    }

    @Test
    void aFailedRunIntoANewDirectoryLeavesNoDirectory(@TempDir Path tmp) {
        Path dir = tmp.resolve("fresh");
        RunDirectory.open(dir).close();
        assertThat(dir).doesNotExist();
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheLock(@TempDir Path dir) {
        try (RunDirectory first = RunDirectory.open(dir)) {
            assertThatThrownBy(() -> RunDirectory.open(dir)).isInstanceOf(InputException.class)
                    .hasMessageContaining("cannot write " + dir + ": another orbitdc run is writing into it");
        }
        RunDirectory.open(dir).close(); // released
    }

    @Test
    void theNextRunSweepsUncommittedStagingAndLegacyTemporaryFiles(@TempDir Path dir) throws IOException {
        Path killed = Files.createDirectory(dir.resolve(RunDirectory.STAGING_PREFIX + "dead"));
        Files.writeString(killed.resolve("results.duckdb"), "half");
        Files.writeString(dir.resolve(".results.duckdb.123.tmp"), "x");
        Files.writeString(dir.resolve(".results.duckdb.123.tmp.wal"), "x");
        Files.writeString(dir.resolve("results.duckdb"), "previous");
        RunDirectory.open(dir).close();
        assertThat(names(dir)).containsExactly(".orbitdc.lock", "results.duckdb");
        assertThat(Files.readString(dir.resolve("results.duckdb"))).isEqualTo("previous");
    }

    @Test
    void theNextRunFinishesARunKilledAfterItsCommitPoint(@TempDir Path dir) throws IOException {
        // a run killed after writing its journal and moving one of two files
        Files.writeString(dir.resolve("a.json"), "new a");
        Files.writeString(dir.resolve("b.json"), "old b");
        Path staged = Files.createDirectory(dir.resolve(RunDirectory.STAGING_PREFIX + "committed"));
        Files.writeString(staged.resolve("b.json"), "new b");
        Files.writeString(staged.resolve(RunDirectory.JOURNAL), "+a.json\n+b.json\n");
        RunDirectory.open(dir).close();
        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("new a");
        assertThat(Files.readString(dir.resolve("b.json"))).isEqualTo("new b");
        assertThat(names(dir)).containsExactly(".orbitdc.lock", "a.json", "b.json");
    }

    @Test
    void unusableDirectoriesAreRefusedBeforeAnyWork(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThatThrownBy(() -> RunDirectory.open(file)).hasMessageContaining("is a file; expected a directory");
        assertThatThrownBy(() -> RunDirectory.open(file.resolve("sub"))).hasMessageContaining(file + " is a file");
        assertThatThrownBy(() -> RunDirectory.open(Path.of(""))).hasMessageContaining("empty output directory name");
        assertThatThrownBy(() -> RunDirectory.open(Path.of("/proc/orbitdc-out"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot write /proc/orbitdc-out: ");
        assertThat(file).hasContent("x");
    }

    @Test
    void reportFilesTakeTheUmaskModeNotOwnerOnly(@TempDir Path dir) throws IOException {
        Path reference = dir.resolve("reference");
        Files.newOutputStream(reference).close(); // what any program creates under this umask
        Path written = dir.resolve("report.txt");
        AtomicOutput.writeString(written, "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(expected);
    }

    @Test
    void aFullDiskIsNamed() {
        assertThat(RunDirectory.reason(new IOException("write failed", new IOException("No space left on device"))))
                .isEqualTo("no space left on the device");
    }
}
