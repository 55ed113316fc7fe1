package io.orbitdc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        return cli(new StringWriter(), err, args);
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = OrbitdcCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void geometryWithEngineSparkPrintsTheLocalReportsKeysAndNumbers() throws Exception {
        LocalSpark.context();
        String[] small = {"--set", "constellation.satellites=2000", "--set", "constellation.planes=40", "--set", "duration=1 h",
            "--json"};
        String scenario = Path.of("src/test/resources/walker-10k.yaml").toString();
        StringWriter err = new StringWriter();
        StringWriter sparkOut = new StringWriter();
        StringWriter localOut = new StringWriter();
        assertThat(cli(sparkOut, err, concat(new String[] {"geometry", scenario, "--engine", "spark", "--master", "local[2]"}, small)))
                .as(err.toString()).isZero();
        assertThat(cli(localOut, err, concat(new String[] {"geometry", scenario}, small))).as(err.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode spark = json.readTree(sparkOut.toString());
        JsonNode local = json.readTree(localOut.toString());
        assertThat(fields(spark)).isEqualTo(fields(local));
        assertThat(spark.at("/fleet/satellites").asInt()).isEqualTo(2000);
        assertThat(spark.at("/links/meanNeighbours").asDouble()).isEqualTo(local.at("/links/meanNeighbours").asDouble());
        assertThat(spark.at("/fleet/umbraCount")).isEqualTo(local.at("/fleet/umbraCount"));
        assertThat(spark.at("/fleet/sunlitFraction")).isEqualTo(local.at("/fleet/sunlitFraction"));
        assertThat(spark.at("/stations")).isNotEmpty();
        // built from the same per-satellite values and graph figures by the same code: equal, not close
        assertThat(spark.get("distributions")).isNotNull().isEqualTo(local.get("distributions"));
        assertThat(spark.at("/distributions/links/componentGraphs").asInt()).isPositive();
        assertThat(spark.get("sky")).isNotNull().isEqualTo(local.get("sky"));
        assertThat(spark).isEqualTo(local); // the whole document
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every field path of a JSON document (array elements by index). */
    private static java.util.List<String> fields(JsonNode n) {
        java.util.List<String> out = new java.util.ArrayList<>();
        walk("", n, out);
        return out;
    }

    private static void walk(String at, JsonNode n, java.util.List<String> out) {
        out.add(at);
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(f -> walk(at + "/" + f, n.get(f), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(at + "/" + i, n.get(i), out);
            }
        }
    }
}
