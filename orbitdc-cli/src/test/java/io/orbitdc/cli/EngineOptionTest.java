package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine}: without orbitdc-spark on the classpath (this module's tests never have it),
 * {@code --engine spark} is refused with exit 2 and says how to get the engine; the Spark path
 * itself is tested in orbitdc-spark (CliOnSparkTest), where the engine is on the classpath.
 */
class EngineOptionTest {

    @TempDir
    Path tmp;

    private Path sweep() throws Exception {
        Path sweep = tmp.resolve("s.yaml");
        Files.writeString(sweep, "sweep: 1\nbase: " + Path.of("..", "scenarios", "suncatcher-like.yaml").toAbsolutePath()
                + "\nstages: [size]\naxes:\n  - { path: satellite.shielding, values: [5 mm] }\n");
        return sweep;
    }

    @Test
    void sparkWithoutTheSparkModuleIsExit2SayingHowToGetIt() throws Exception {
        CliTest.Run r = CliTest.run("sweep", sweep().toString(), "--out", tmp.resolve("o").toString(), "--engine", "spark",
                "--master", "local[2]");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--engine spark: the Spark engine (module orbitdc-spark) is not on the classpath")
                .contains("./orbitdc").contains("spark-submit");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anUnknownEngineOrAMasterWithoutSparkIsExit2() throws Exception {
        CliTest.Run r = CliTest.run("sweep", sweep().toString(), "--engine", "flink");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--engine flink: expected local or spark");
        CliTest.Run m = CliTest.run("sweep", sweep().toString(), "--master", "local[2]");
        assertThat(m.exit()).isEqualTo(2);
        assertThat(m.err()).contains("--master local[2]: only with --engine spark");
    }

    @Test
    void geometryOnSparkWithoutTheSparkModuleIsExit2() {
        CliTest.Run r = CliTest.run("geometry", CliTest.scenario("suncatcher-like.yaml"), "--engine", "spark");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--engine spark: the Spark engine (module orbitdc-spark) is not on the classpath");
    }
}
