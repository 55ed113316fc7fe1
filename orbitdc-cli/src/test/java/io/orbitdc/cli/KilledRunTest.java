package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orbitdc.core.report.RunDirectory;
import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.report.db.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaos checks of {@code simulate --out} in child JVMs: killed with SIGKILL at seeded random
 * moments, stopped with SIGTERM, and run out of disk space, the output directory always holds one
 * whole run (its simulate.json, simulate.txt and results.duckdb from the same scenario) and, once
 * the next run has been, no temporary file (docs/reliability.md).
 */
class KilledRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The files of one simulate run, plus its file list and the lock file. */
    private static final String[] RUN_FILES = {".orbitdc-simulate.files", ".orbitdc.lock", "results.duckdb", "simulate.json", "simulate.txt"};

    private static Path scenario(Path dir, String name, String duration) throws IOException {
        String text = Files.readString(Path.of(CliTest.scenario("suncatcher-like.yaml")))
                .replace("duration: 1 d", "duration: " + duration);
        return Files.writeString(dir.resolve(name), text);
    }

    /** {@code orbitdc simulate FILE --out OUT} in a child JVM on this test's class path, stderr to a file. */
    private static Process start(Path file, Path out, Path stderr, String... more) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrbitdcCommand.class.getName(),
                "simulate", file.toString(), "--out", out.toString(), "--threads", "2"));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }

    private static int finish(Process p) throws InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("simulate did not finish in 120 s");
        }
        return p.exitValue();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A staging directory whose journal was written: the kill fell after the commit point. */
    private static boolean committedButNotMoved(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(RunDirectory.STAGING_PREFIX)
                    && Files.exists(p.resolve(".commit")));
        }
    }

    /**
     * The three files in {@code out} come from one run of {@code expected} (or, if null, of the
     * same one scenario): the database's scenario hash is that of the file simulate.json names,
     * its span is simulate.json's, and simulate.txt's header names the same file.
     */
    private static void assertOneRun(Path out, Path expected) throws IOException {
        JsonNode doc = JSON.readTree(out.resolve("simulate.json").toFile());
        Path file = Path.of(doc.get("file").asText());
        if (expected != null) {
            assertThat(file).isEqualTo(expected);
        }
        RunMetadata meta;
        try (RunResults db = RunResults.open(out.resolve("results.duckdb"))) {
            meta = db.metadata();
        }
        assertThat(meta.scenarioSha256()).as("results.duckdb comes from the scenario simulate.json names")
                .isEqualTo(RunMetadata.sha256(Files.readAllBytes(file)));
        assertThat(meta.durationS()).isEqualTo(doc.get("run").get("durationS").asDouble());
        assertThat(Files.readString(out.resolve("simulate.txt"))).contains("(" + file + ")");
    }

    @Test
    void killMinus9AtRandomMomentsNeverMixesTwoRuns(@TempDir Path dir) throws Exception {
        Path a = scenario(dir, "a.yaml", "6 h");
        Path b = scenario(dir, "b.yaml", "12 h");
        Path out = dir.resolve("out");
        assertThat(finish(start(a, out, dir.resolve("first.err")))).as(Files.readString(dir.resolve("first.err"))).isZero();
        assertOneRun(out, a);

        Random random = new Random(20_261_204L); // seeded: the same kill moments on every run of the suite
        int killed = 0;
        for (int i = 0; i < 3; i++) {
            Process p = start(i % 2 == 0 ? b : a, out, dir.resolve("killed-" + i + ".err"));
            long delayMs = 500 + random.nextInt(6_000);
            if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook runs
                p.waitFor();
                killed++;
            }
            if (!committedButNotMoved(out)) {
                assertOneRun(out, null); // before any rerun, what is visible is one whole run
            }
        }
        assertThat(killed).as("at least one run was killed mid-way (else the test proves nothing)").isPositive();
        assertThat(finish(start(a, out, dir.resolve("last.err")))).as(Files.readString(dir.resolve("last.err"))).isZero();
        assertOneRun(out, a);
        assertThat(names(out)).as("no temporary file left after the rerun").containsExactly(RUN_FILES);
    }

    @Test
    void sigtermRemovesTheStagedFilesAndKeepsThePreviousRun(@TempDir Path dir) throws Exception {
        Path a = scenario(dir, "a.yaml", "6 h");
        Path b = scenario(dir, "b.yaml", "2 d");
        Path out = dir.resolve("out");
        assertThat(finish(start(a, out, dir.resolve("first.err")))).isZero();
        Path err = dir.resolve("term.err");
        Process p = start(b, out, err, "--progress", "always");
        // stop it in the middle of the twin, while it writes its database into the staging directory
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(err).contains("simulate: twin") && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(p.isAlive()).as("still running when the twin starts: %s", Files.readString(err)).isTrue();
        Thread.sleep(300);
        p.destroy(); // SIGTERM: the shutdown hook runs
        assertThat(finish(p)).isEqualTo(143);
        assertThat(names(out)).as("the hook removed the staging directory").containsExactly(RUN_FILES);
        assertOneRun(out, a);
    }

    @Test
    void aFullDiskIsExitTwoAndKeepsThePreviousRun(@TempDir Path dir) throws Exception {
        Path fs = Files.createDirectory(dir.resolve("small-fs"));
        String why = mount(fs);
        Assumptions.assumeTrue(why == null, () -> "SKIPPED disk-full test: cannot mount a 3 MiB tmpfs here (" + why
                + "); run the suite as root (or in a container with CAP_SYS_ADMIN) to exercise it");
        try {
            Path a = scenario(dir, "a.yaml", "6 h");
            Path b = scenario(dir, "b.yaml", "1 d");
            Path out = fs.resolve("out");
            CliTest.Run first = CliTest.run("simulate", a.toString(), "--out", out.toString(), "--progress", "never");
            assertThat(first.exit()).as(first.err()).isZero();
            byte[] json = Files.readAllBytes(out.resolve("simulate.json"));
            fill(fs.resolve("filler"));
            CliTest.Run full = CliTest.run("simulate", b.toString(), "--out", out.toString(), "--progress", "never");
            assertThat(full.exit()).as(full.err()).isEqualTo(2);
            assertThat(full.err()).startsWith("orbitdc: cannot write " + out + ": no space left");
            assertThat(names(out)).containsExactly(RUN_FILES);
            assertThat(out.resolve("simulate.json")).hasBinaryContent(json);
            assertOneRun(out, a);
        } finally {
            new ProcessBuilder("umount", fs.toString()).inheritIO().start().waitFor();
        }
    }

    /** Mounts a 3 MiB tmpfs on {@code dir}; the reason it could not, or null. */
    private static String mount(Path dir) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? null : "mount exit " + p.exitValue() + ": " + said;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Fills the file system of {@code file} to the last block. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (var outStream = Files.newOutputStream(file)) {
            while (true) {
                outStream.write(block);
            }
        } catch (IOException expected) {
            // ENOSPC: the disk is full
        }
        // what a 64 KiB block did not fit, a byte at a time
        try (var outStream = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                outStream.write(0);
                outStream.flush();
            }
        } catch (IOException expected) {
            // full
        }
    }
}
