package io.orbitdc.cli;

import static io.orbitdc.cli.CliTest.run;
import static io.orbitdc.cli.CliTest.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbitdc simulate}: the twin flown from a shipped scenario, its JSON contract and its errors. */
class SimulateCommandTest {

    /** The shipped Suncatcher-like scenario cut to six hours, so a run takes about a second. */
    private static Path shortSuncatcher(Path dir, String... replace) throws IOException {
        String text = Files.readString(Path.of(scenario("suncatcher-like.yaml"))).replace("duration: 1 d", "duration: 6 h");
        for (int i = 0; i < replace.length; i += 2) {
            text = text.replace(replace[i], replace[i + 1]);
        }
        Path copy = dir.resolve("suncatcher-6h.yaml");
        Files.writeString(copy, text);
        return copy;
    }

    @Test
    void suncatcherLikeRunGivesSaneNumbersAndTheSameJsonOnOneOrTwoThreads(@TempDir Path dir) throws IOException {
        Path file = shortSuncatcher(dir);
        CliTest.Run one = run("simulate", file.toString(), "--json", "--threads", "1");
        CliTest.Run two = run("simulate", file.toString(), "--json", "--threads", "2", "--record-every", "10 min");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.exit()).as(two.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        JsonNode doc = one.json();
        assertThat(doc.get("run").get("satellites").asInt()).isEqualTo(81);
        assertThat(doc.get("run").get("steps").asInt()).isEqualTo(720);
        assertThat(doc.get("run").get("seed").asLong()).isEqualTo(42);
        JsonNode compute = doc.get("compute");
        // nameplate = 81 satellites x 64 TPU v6e x 918 TFLOP/s (bf16, Google Cloud TPU v6e docs) x 6 h
        assertThat(compute.get("nameplateFlop").asDouble()).isCloseTo(81 * 64 * 918e12 * 6 * 3600, within(1e9));
        double shares = compute.get("goodputFraction").asDouble() + compute.get("lostToEclipseFraction").asDouble()
                + compute.get("lostToThrottlingFraction").asDouble() + compute.get("lostToRadiationFraction").asDouble()
                + compute.get("lostToFailuresFraction").asDouble();
        assertThat(shares).isCloseTo(1.0, within(1e-9));
        // a dawn-dusk orbit in early January is out of its December eclipse season's deep shadows, and
        // the sized battery never goes below 1 - DoD (0.3 in the scenario)
        assertThat(compute.get("goodputFraction").asDouble()).isBetween(0.9, 1.0);
        assertThat(doc.get("battery").get("minSoc").asDouble()).isGreaterThanOrEqualTo(0.7 - 1e-9);
        JsonNode e = doc.get("energy");
        double balance = e.get("consumedJ").asDouble() + e.get("storedDeltaJ").asDouble() + e.get("lossesJ").asDouble()
                + e.get("curtailedJ").asDouble();
        assertThat(balance).isCloseTo(e.get("generatedJ").asDouble(), within(1e-9 * e.get("generatedJ").asDouble()));
        // consistency with sizing (one thermal model, two fidelities; ThermalModelConsistencyTest): the sizing
        // die temperature is the steady state at full load in constant sun, so the twin's hottest die over
        // six hours of mostly sunlit, fully loaded orbits reaches it and never exceeds it; 1 K, the bar of
        // issue 10's size-vs-simulate check. The sizing answer is itself below the TPU's 85 C limit.
        JsonNode size = run("size", file.toString(), "--json").json();
        double sizedDieC = size.at("/satellite/dieTemperatureC").asDouble();
        assertThat(sizedDieC).isLessThan(size.at("/satellite/dieLimitC").asDouble());
        assertThat(doc.get("thermal").get("maxDieC").asDouble()).isCloseTo(sizedDieC, within(1.0));
        // the service side (ServiceStageTest validates it): the shipped scenario has two polar
        // stations and a chat workload, so there is a downlink and a finite latency; the one-antenna
        // headline never exceeds the antenna-per-satellite volume
        JsonNode downlink = doc.get("downlink");
        assertThat(downlink.get("bytes").asDouble()).isPositive()
                .isLessThanOrEqualTo(downlink.get("antennaPerSatelliteBytes").asDouble());
        assertThat(doc.get("inference").get("p50S").asDouble()).isPositive()
                .isLessThan(doc.get("inference").get("p99S").asDouble());
        assertThat(doc.get("notes").toString()).contains("downlink.bytes assumes one antenna per station");
        assertThat(doc.has("threads")).isFalse();
    }

    @Test
    void textSummarySaysWhereTheComputeWentAndOutWritesBothFiles(@TempDir Path dir) throws IOException {
        Path file = shortSuncatcher(dir);
        Path out = dir.resolve("out");
        CliTest.Run r = run("simulate", file.toString(), "--out", out.toString(), "--threads", "2", "--progress", "never");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("delivered \\d+\\.\\d+ % of nameplate compute \\(the hardware's view: what ran\\):"
                + " eclipse -?[\\d.]+ %, throttling -?[\\d.]+ %, radiation rollbacks -[\\d.]+ %, failures -?[\\d.]+ %")
                .contains("ENERGY").contains("BATTERY").contains("THERMAL").contains("RADIATION").contains("FAILURES");
        // stderr only lists the files published into --out, together
        assertThat(r.err()).isEqualTo("orbitdc: wrote 3 files into " + out + ": results.duckdb, simulate.json, simulate.txt"
                + System.lineSeparator());
        assertThat(Files.readString(out.resolve("simulate.txt"))).isEqualTo(r.out());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("simulate.json").toFile()).get("compute")).isNotNull();
    }

    @Test
    void badInputExitsTwoWithALocatedMessage(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "orbitdc: 1\norbit:\n  altitude: 65O km\n");
        CliTest.Run r = run("simulate", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":3:13 orbit.altitude").doesNotContain("Exception");

        CliTest.Run ground = run("simulate", scenario("stargate-abilene.yaml"));
        assertThat(ground.exit()).isEqualTo(2);
        assertThat(ground.err()).contains("ground-only scenario has nothing to simulate");

        Path numerical = shortSuncatcher(dir, "ltan: \"06:00\"", "ltan: \"06:00\"\n  propagator: numerical");
        CliTest.Run prop = run("simulate", numerical.toString());
        assertThat(prop.exit()).as(prop.err()).isEqualTo(2);
        assertThat(prop.err()).contains("orbit.propagator").contains("'numerical'").contains("'j2-secular'");

        CliTest.Run every = run("simulate", shortSuncatcher(dir).toString(), "--record-every", "ten minutes");
        assertThat(every.exit()).isEqualTo(2);
        assertThat(every.err()).contains("--record-every");

        // an hour-long step would blur every eclipse away (the battery would never be used)
        CliTest.Run coarse = run("simulate", shortSuncatcher(dir, "step: 30 s", "step: 1 h").toString());
        assertThat(coarse.exit()).as(coarse.err()).isEqualTo(2);
        assertThat(coarse.err()).contains("step: 3600 s is too coarse").contains("expected at most");

        // --out naming a file, and absurd thread counts, are the user's input, not internal errors
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        CliTest.Run outFile = run("simulate", shortSuncatcher(dir).toString(), "--out", aFile.toString());
        assertThat(outFile.exit()).isEqualTo(2);
        assertThat(outFile.err()).contains("is a file; expected a directory");
        CliTest.Run threads = run("simulate", shortSuncatcher(dir).toString(), "--threads", "100000");
        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads 100000: expected 1 to 1024");
    }
}
