package io.orbitdc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.cli.OrbitdcCommand;
import io.orbitdc.core.scaleout.ScaleOutEngines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line with orbitdc-spark on its classpath: {@code --engine spark} finds the engine
 * through the ServiceLoader and writes the same points table as {@code --engine local}.
 */
class CliOnSparkTest {

    @TempDir
    Path tmp;

    @Test
    void theSparkEngineIsFoundByName() {
        assertThat(ScaleOutEngines.names()).contains("spark");
        assertThat(ScaleOutEngines.find("spark")).get().isInstanceOf(SparkEngine.class);
    }

    @Test
    void sweepWithEngineSparkWritesWhatTheLocalEngineWrites() throws Exception {
        LocalSpark.context(); // the shared local[2] session: the engine joins it
        Path sweep = tmp.resolve("s.yaml");
        Files.writeString(sweep, "sweep: 1\nbase: " + Path.of("..", "scenarios", "suncatcher-like.yaml").toAbsolutePath()
                + "\nstages: [size, cost]\naxes:\n  - { path: launch.pricePerKg, values: [200 USD/kg, 1500 USD/kg] }\n"
                + "random: { draws: 3, method: monte-carlo, seed: 5, uncertain: catalog }\n");
        StringWriter err = new StringWriter();
        assertThat(cli(err, "sweep", sweep.toString(), "--out", tmp.resolve("spark").toString(), "--engine", "spark",
                "--master", "local[2]", "--set", "launch.pricePerKg=300 USD/kg")).as(err.toString()).isZero();
        assertThat(cli(err, "sweep", sweep.toString(), "--out", tmp.resolve("local").toString(), "--threads", "2",
                "--set", "launch.pricePerKg=300 USD/kg")).as(err.toString()).isZero();
        String q = "SELECT * FROM points ORDER BY point";
        assertThat(SparkSweepRunnerTest.table(tmp.resolve("spark"), q)).hasSize(7)
                .isEqualTo(SparkSweepRunnerTest.table(tmp.resolve("local"), q));
    }

    private static int cli(StringWriter err, String... args) {
        CommandLine cl = OrbitdcCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
