package io.orbitdc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point: bad input is exit 2 with a located message, before any Spark session starts. */
class OrbitdcSparkTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = OrbitdcSpark.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingOrBadSweepFileIsExit2WithItsLocation() throws Exception {
        Run missing = run("sweep", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("o").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml").contains("no such file");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "sweep: 1\nbase: nowhere.yaml\naxes: []\n");
        Run located = run(bad.toString(), "--out", tmp.resolve("o").toString());
        assertThat(located.exit()).isEqualTo(2);
        assertThat(located.err()).contains("bad.yaml:2:").contains("base");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aMalformedCommandLineIsExit2WithTheUsage() {
        Run r = run("sweep", "s.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("expected a sweep file and --out DIR").contains("usage: spark-submit");
        Run g = run("geometry", "f.yaml", "--tasks", "0");
        assertThat(g.exit()).isEqualTo(2);
        assertThat(g.err()).contains("--tasks 0: expected a positive whole number");
        Run missing = run("geometry", tmp.resolve("none.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yaml").contains("no such file");
    }
}
