package io.orbitdc.cli;

import static io.orbitdc.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.orbitdc.core.report.db.RunResults;
import io.orbitdc.core.twin.SatelliteSample;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code orbitdc simulate} with what the twin has beyond power and heat: the scenario's scheduler
 * policy, a fleet-wide training job, and the results database written with {@code --out}.
 * Scenario: test resource simulate/cluster-training-6h.yaml (16 satellites, 6 h).
 */
class SimulateTwinCommandTest {

    static Path clusterScenario(Path dir, String scheduler) throws IOException {
        try {
            Path resource = Path.of(SimulateTwinCommandTest.class.getResource("/simulate/cluster-training-6h.yaml").toURI());
            Path copy = dir.resolve("cluster-" + scheduler + ".yaml");
            Files.writeString(copy, Files.readString(resource).replace("scheduler: greedy", "scheduler: " + scheduler));
            return copy;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy", "power-aware", "thermal-aware"})
    void everySchedulerFliesTheTrainingJobWithTheSameJsonOnOneOrTwoThreads(String scheduler, @TempDir Path dir)
            throws IOException {
        Path file = clusterScenario(dir, scheduler);
        CliTest.Run one = run("simulate", file.toString(), "--json", "--threads", "1");
        CliTest.Run two = run("simulate", file.toString(), "--json", "--threads", "2");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        JsonNode doc = one.json();
        assertThat(doc.at("/run/scheduler").asText()).isEqualTo(scheduler);
        JsonNode t = doc.get("training");
        assertThat(t).as("training keys").isNotNull();
        // in-memory checkpoint over the 800 Gbps link: δ = 8 bit · 16 B/parameter · 7e10 parameters /
        // (16 satellites · 800 Gbit/s) = 0.7 s, by hand (twin-training.md)
        assertThat(t.get("checkpointCostS").asDouble()).isCloseTo(8.0 * 16 * 7e10 / (16 * 800e9), within(1e-9));
        // Young's interval √(2δM) from the reported M (young-1974)
        assertThat(t.get("checkpointIntervalS").asDouble()).isCloseTo(
                Math.sqrt(2 * 0.7 * t.get("meanTimeBetweenInterruptsS").asDouble()), within(1e-6));
        // the per-satellite rollback stand-in now comes from the job: τ/2 plus the job's 150 s restart
        assertThat(doc.get("notes").toString()).contains(String.format(java.util.Locale.ROOT,
                "half the training job's %.0f s checkpoint interval plus its 150 s restart",
                t.get("checkpointIntervalS").asDouble()));
        // no detector in the scenario: every SDC on the job's chips is silent, none stops it
        assertThat(t.get("detectedSdc").asLong()).isZero();
        assertThat(t.get("sdcDetection").asDouble()).isZero();
        // effective training time is goodput over MFU (twin-training.md)
        assertThat(t.get("effectiveTrainingFraction").asDouble()).isCloseTo(t.get("goodput").asDouble() / 0.40,
                within(1e-12));
        // 16 satellites: compute per 4M-token step 6·7e10·4e6/(16·64·918e12·0.4) = 4.47 s exceeds the ring
        // all-reduce 2·15/16·1.12e12 bit/8e11 bit/s = 2.63 s, so the job is never communication-bound
        assertThat(t.get("commBoundFraction").asDouble()).isZero();
        double goodput = t.get("goodput").asDouble();
        assertThat(goodput).isGreaterThan(0.0).isLessThanOrEqualTo(0.40 + 1e-12);
        // without stragglers the job computes at MFU 0.40 whenever it is neither writing a checkpoint nor
        // rolling back or restarting. Which case runs is fixed by the scheduler: greedy and thermal-aware run
        // every satellite flat out in this scenario, so none waits for another; power-aware holds compute
        // back on satellites short of energy, and the others wait for them (stragglers), which only takes away
        double stragglers = t.get("lostToStragglersFraction").asDouble();
        double withoutStragglers = 0.40 * (1 - t.get("checkpointOverheadFraction").asDouble()
                - t.get("rollbackLossFraction").asDouble() - t.get("sdcReplayFraction").asDouble());
        if (scheduler.equals("power-aware")) {
            assertThat(stragglers).as("power-aware makes stragglers").isPositive();
            assertThat(goodput).isLessThan(withoutStragglers);
        } else {
            assertThat(stragglers).as("%s makes no stragglers", scheduler).isZero();
            assertThat(goodput).isCloseTo(withoutStragglers, within(1e-6));
        }
        // tokens = kept FLOP / 6P (kaplan-2020), averaged over the 0.25-day run
        assertThat(t.get("tokensPerDay").asDouble() * 0.25 * 6 * 7e10)
                .isCloseTo(t.get("usefulFlop").asDouble(), within(1e-9 * t.get("usefulFlop").asDouble()));
    }

    @Test
    void textReportNamesTheSchedulerAndHasATrainingLine(@TempDir Path dir) throws IOException {
        CliTest.Run r = run("simulate", clusterScenario(dir, "power-aware").toString(), "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("power-aware scheduler")
                .containsPattern("TRAINING   goodput [\\d.]+ % of its [\\d.]+ % share = MFU [\\d.]+ % x effective training"
                        + " time [\\d.]+ % \\(the job's view: of the delivered compute, what trained\\); [\\d.,e]+ tokens/day,"
                        + " [\\d.]+ d to train")
                .containsPattern("checkpoint every \\d+ s \\([\\d.]+ % of time\\); \\d+ interrupts \\(UECC, crashes,"
                        + " failures\\): rollbacks and restarts [\\d.]+ % of time")
                .containsPattern("SDC on the job: \\d+, silent \\(no detector\\)")
                .containsPattern("PRICED     [\\d.]+ % delivered = [\\d.]+ % training share x [\\d.]+ % effective training");
    }

    @Test
    void outWritesAResultsDatabaseWithOneRowPerSatelliteAndRecordedStepAndExportsCsv(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("out");
        CliTest.Run r = run("simulate", clusterScenario(dir, "greedy").toString(), "--json", "--threads", "2",
                "--out", out.toString(), "--record-every", "1 h", "--export", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        try (RunResults db = RunResults.open(out.resolve("results.duckdb"))) {
            // 16 satellites × 6 recorded steps (every 120 steps of 30 s: steps 119, 239, …, 719)
            assertThat(db.sampleCount()).isEqualTo(16L * 6);
            List<SatelliteSample> first = db.samples(0);
            assertThat(first).extracting(SatelliteSample::step).containsExactly(119, 239, 359, 479, 599, 719);
            assertThat(db.metadata().recordEverySteps()).isEqualTo(120);
            assertThat(db.metadata().satellites()).isEqualTo(16);
            Map<String, Double> summary = db.summary();
            assertThat(summary.get("training.goodput")).isEqualTo(doc.at("/training/goodput").asDouble());
            assertThat(summary.get("compute.deliveredFlop")).isEqualTo(doc.at("/compute/deliveredFlop").asDouble());
            // the twin's events stream into the events table (TwinEventsTest checks they add up in the twin)
            long crashes = db.events().stream().filter(e -> e.kind().equals("crash"))
                    .mapToLong(e -> Long.parseLong(e.detail().split(" ")[0])).sum();
            assertThat(crashes).isEqualTo(doc.at("/radiation/crashes").asLong());
            assertThat(db.events()).allSatisfy(e -> assertThat(e.kind()).isIn("accelerator-failure", "host-failure",
                    "power-string-failure", "satellite-lost", "tid-failure", "crash", "throttle-start", "throttle-end"));
        }
        for (String table : new String[] {"run", "series", "events", "summary"}) {
            assertThat(out.resolve(table + ".csv")).exists();
        }
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertThat(series.get(0)).startsWith("satellite,step,time_s,");
        assertThat(series).hasSize(1 + 16 * 6);
        assertThat(out.resolve("simulate.json")).exists();
    }

    @Test
    void withoutOutThereIsNoDatabaseAndExportNeedsOut(@TempDir Path dir) throws IOException {
        Path file = clusterScenario(dir, "greedy");
        CliTest.Run plain = run("simulate", file.toString(), "--threads", "2");
        assertThat(plain.exit()).as(plain.err()).isZero();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
        }
        CliTest.Run noOut = run("simulate", file.toString(), "--export", "csv");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("--export").contains("--out");
        CliTest.Run badFormat = run("simulate", file.toString(), "--out", dir.resolve("o").toString(), "--export", "xls");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("'xls'").contains("csv or parquet");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void unknownSchedulerIsBadInputAtItsLine(@TempDir Path dir) throws IOException {
        Path file = clusterScenario(dir, "powre-aware");
        CliTest.Run r = run("simulate", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        // line 11 of the test scenario holds the scheduler
        assertThat(r.err()).contains(file + ":11:").contains("scheduler").contains("'powre-aware'")
                .contains("power-aware").doesNotContain("Exception");
    }
}
