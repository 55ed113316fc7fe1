package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set} on the verbs and {@code orbitdc sweep}: exit codes and messages of the CLI contract. */
class SetAndSweepCommandTest {

    @TempDir
    Path tmp;

    @Test
    void setChangesTheAnswerAsTheFileWould() throws Exception {
        CliTest.Run cheap = CliTest.run("cost", CliTest.scenario("suncatcher-like.yaml"), "--json", "--set", "launch.pricePerKg=100 USD/kg");
        CliTest.Run dear = CliTest.run("cost", CliTest.scenario("suncatcher-like.yaml"), "--json", "--set", "launch.pricePerKg=3000 USD/kg");
        assertThat(cheap.exit()).as(cheap.err()).isZero();
        assertThat(cheap.json().get("spaceToGroundRatio").asDouble()).isLessThan(dear.json().get("spaceToGroundRatio").asDouble());
        assertThat(CliTest.run("validate", CliTest.scenario("suncatcher-like.yaml"), "--set", "satellite.radiator.temperature=60 C").exit())
                .isZero();
    }

    @Test
    void badSetIsExit2NamingTheOverride() {
        CliTest.Run r = CliTest.run("size", CliTest.scenario("suncatcher-like.yaml"), "--set", "satellite.radiator.temprature=60 C");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--set satellite.radiator.temprature: unknown field; did you mean 'temperature'?");
        CliTest.Run unit = CliTest.run("cost", CliTest.scenario("suncatcher-like.yaml"), "--set", "launch.pricePerKg=200 km");
        assertThat(unit.exit()).isEqualTo(2);
        assertThat(unit.err()).startsWith("--set launch.pricePerKg: ").contains("expected");
    }

    @Test
    void sweepWritesThePointsTableAndABadSweepFileIsExit2() throws Exception {
        Path sweep = tmp.resolve("s.yaml");
        Files.writeString(sweep, "sweep: 1\nbase: " + Path.of("..", "scenarios", "suncatcher-like.yaml").toAbsolutePath()
                + "\nstages: [cost]\naxes:\n  - { path: launch.pricePerKg, values: [100 USD/kg, 1000 USD/kg] }\n");
        CliTest.Run r = CliTest.run("sweep", sweep.toString(), "--out", tmp.resolve("out").toString(), "--json", "--format", "parquet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("points").asLong()).isEqualTo(2);
        assertThat(r.json().get("complete").asBoolean()).isTrue();
        assertThat(tmp.resolve("out").resolve("sweep.duckdb")).exists();
        assertThat(tmp.resolve("out").resolve("points.parquet")).exists();
        CliTest.Run again = CliTest.run("sweep", sweep.toString(), "--out", tmp.resolve("out").toString(), "--json");
        assertThat(again.json().get("resumedFrom").asLong()).isEqualTo(2);
        assertThat(again.json().get("evaluated").asLong()).isZero();

        Files.writeString(sweep, "sweep: 1\nbase: nowhere.yaml\naxes: []\n");
        CliTest.Run bad = CliTest.run("sweep", sweep.toString(), "--out", tmp.resolve("bad").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("s.yaml:2:7 base: no such file");
    }
}
