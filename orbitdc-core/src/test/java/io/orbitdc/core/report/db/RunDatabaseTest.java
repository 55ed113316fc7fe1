package io.orbitdc.core.report.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.twin.SatelliteSample;
import io.orbitdc.core.twin.TwinEngine;
import io.orbitdc.core.twin.TwinSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDatabaseTest {
    private static final int SATELLITES = 4;
    private static final int STEPS = 1000;
    private static final int EVERY = 60;
    private static final long SEED = 9L;

    @TempDir
    Path dir;

    /** What one run stored, read back through the query API. */
    private record Stored(RunMetadata metadata, List<SatelliteSample> samples, List<RunEvent> events,
                          Map<String, Double> summary) {
    }

    /**
     * Flies the fleet on {@code threads} threads into {@code file}; every satellite also reports a
     * "throttled" event at each recorded step where its accelerators ran below full duty, from its
     * own worker thread.
     */
    private static TwinSummary fly(Path file, int threads, ConcurrentLinkedQueue<SatelliteSample> tee) {
        TwinEngine engine = ResultsFixtures.fleet(SATELLITES, STEPS, SEED);
        try (RunDatabase db = RunDatabase.create(file, ResultsFixtures.metadata(SATELLITES, STEPS, SEED, EVERY))) {
            TwinSummary summary = engine.run(threads, s -> {
                db.recorder().record(s);
                tee.add(s);
                if (s.duty() < 1.0) {
                    db.addEvent(RunEvent.of(s.satellite(), s.step(), s.timeS(), "throttled", "duty " + s.duty()));
                }
            }, EVERY);
            db.addEvent(RunEvent.fleet(STEPS - 1, STEPS * ResultsFixtures.STEP_S, "run-end", ""));
            db.writeSummary(summary);
            db.commit();
            return summary;
        }
    }

    private static Stored read(Path file) {
        try (RunResults r = RunResults.open(file)) {
            List<SatelliteSample> samples = new ArrayList<>();
            r.forEachSample(samples::add);
            assertThat(r.sampleCount()).isEqualTo(samples.size());
            return new Stored(r.metadata(), samples, r.events(), r.summary());
        }
    }

    private static List<SatelliteSample> keyOrder(ConcurrentLinkedQueue<SatelliteSample> q) {
        List<SatelliteSample> out = new ArrayList<>(q);
        out.sort(Comparator.comparingInt(SatelliteSample::satellite).thenComparingInt(SatelliteSample::step));
        return out;
    }

    private List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void samplesOfARealRunComeBackBitForBitInKeyOrder() throws IOException {
        Path file = dir.resolve("run.duckdb");
        ConcurrentLinkedQueue<SatelliteSample> seen = new ConcurrentLinkedQueue<>();
        TwinSummary summary = fly(file, 2, seen);
        Stored s = read(file);

        // 1000 steps recorded every 60: steps 59, 119, …, 959 (floor(1000/60) = 16) plus the last, 999
        int recordedSteps = STEPS / EVERY + 1;
        assertThat(s.samples()).hasSize(SATELLITES * recordedSteps);
        // record equality compares doubles bit for bit: DOUBLE columns are IEEE binary64 like Java's
        assertThat(s.samples()).isEqualTo(keyOrder(seen));
        assertThat(s.samples().get(0).step()).isEqualTo(EVERY - 1);
        assertThat(s.samples().get(recordedSteps - 1).step()).isEqualTo(STEPS - 1);
        assertThat(s.metadata()).isEqualTo(ResultsFixtures.metadata(SATELLITES, STEPS, SEED, EVERY));
        // the fleet event sorts first (NULL satellite), the satellites' events after it by satellite and step
        assertThat(s.events()).first().extracting(RunEvent::kind).isEqualTo("run-end");
        assertThat(s.events().get(0).satellite()).isEmpty();
        assertThat(s.events()).hasSizeGreaterThan(1);
        assertThat(s.events().subList(1, s.events().size()))
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo("throttled"))
                .isSortedAccordingTo(Comparator.comparingInt((RunEvent e) -> e.satellite().getAsInt())
                        .thenComparingInt(RunEvent::step));

        Map<String, Number> expected = summary.toKeyValues();
        assertThat(s.summary().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, v) -> assertThat(s.summary().get(k)).as(k).isEqualTo(v.doubleValue()));
        try (RunResults r = RunResults.open(file)) {
            assertThat(r.formatVersion()).isEqualTo(ResultsSchema.FORMAT_VERSION);
            assertThat(r.samples(2)).isEqualTo(s.samples().subList(2 * recordedSteps, 3 * recordedSteps));
        }
        // nothing but the database is left beside it: no temporary file, no write-ahead log
        assertThat(filesIn(dir)).containsExactly("run.duckdb");
    }

    @Test
    void oneAndTwoThreadsStoreTheSameContentAndExportIdenticalFiles() throws IOException {
        Path one = dir.resolve("one.duckdb");
        Path two = dir.resolve("two.duckdb");
        fly(one, 1, new ConcurrentLinkedQueue<>());
        fly(two, 2, new ConcurrentLinkedQueue<>());
        Stored a = read(one);
        Stored b = read(two);
        assertThat(b).isEqualTo(a);
        assertThat(a.events()).hasSizeGreaterThan(1);

        for (ExportFormat format : ExportFormat.values()) {
            List<Path> fromOne;
            List<Path> fromTwo;
            try (RunResults r = RunResults.open(one)) {
                fromOne = r.exportAll(format, dir.resolve("one-" + format.extension()));
            }
            try (RunResults r = RunResults.open(two)) {
                fromTwo = r.exportAll(format, dir.resolve("two-" + format.extension()));
            }
            assertThat(fromOne).hasSize(ResultsSchema.tables().size());
            for (int i = 0; i < fromOne.size(); i++) {
                assertThat(Files.readAllBytes(fromTwo.get(i))).as(fromTwo.get(i).toString())
                        .isEqualTo(Files.readAllBytes(fromOne.get(i)));
            }
            assertThat(filesIn(dir.resolve("one-" + format.extension())))
                    .containsExactly("events." + format.extension(), "intervals." + format.extension(),
                            "run." + format.extension(), "satellites." + format.extension(),
                            "series." + format.extension(), "summary." + format.extension());
        }
    }

    @Test
    void csvExportHasAHeaderAndOneLinePerSampleInKeyOrderWithRoundTrippingDoubles() throws IOException {
        Path file = dir.resolve("run.duckdb");
        fly(file, 2, new ConcurrentLinkedQueue<>());
        Stored s = read(file);
        Path csv;
        try (RunResults r = RunResults.open(file)) {
            csv = r.export(ResultsSchema.Table.SERIES, ExportFormat.CSV, dir.resolve("csv"));
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("satellite,step,time_s,time_utc,sunlit_fraction,array_w,soc,compute_w,duty,die_k,"
                + "radiator_k,dose_rad,working_accelerators,delivered_flop");
        assertThat(lines).hasSize(s.samples().size() + 1);
        for (int i = 0; i < s.samples().size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            SatelliteSample x = s.samples().get(i);
            assertThat(Integer.parseInt(f[0])).isEqualTo(x.satellite());
            assertThat(Integer.parseInt(f[1])).isEqualTo(x.step());
            // the text form must parse back to the very same double
            assertThat(Double.parseDouble(f[6])).isEqualTo(x.soc());
            assertThat(Double.parseDouble(f[13])).isEqualTo(x.deliveredFlop());
        }
    }

    @Test
    void aFailureMidRunLeavesNoFileAtTheDestinationAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("run.duckdb");
        TwinEngine engine = ResultsFixtures.fleet(SATELLITES, STEPS, SEED);
        assertThatThrownBy(() -> {
            try (RunDatabase db = RunDatabase.create(file, ResultsFixtures.metadata(SATELLITES, STEPS, SEED, 1))) {
                engine.run(2, s -> {
                    if (s.satellite() == 1 && s.step() == 500) {
                        throw new IllegalStateException("simulated failure at step 500");
                    }
                    db.recorder().record(s);
                }, 1);
                db.commit();
            }
        }).hasMessageContaining("simulated failure");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aCommittedFileReplacesAnOlderOneAndTakesNoMoreRows() throws IOException {
        Path file = dir.resolve("run.duckdb");
        Files.writeString(file, "an older result");
        RunDatabase db = RunDatabase.create(file, ResultsFixtures.metadata(1, 10, 1L, 1));
        db.recorder().record(new SatelliteSample(0, 0, 30.0, 1.0, 100.0, 0.5, 50.0, 1.0, 300.0, 290.0, 0.0, 4, 1e15));
        // until the commit the older file is untouched
        assertThat(Files.readString(file)).isEqualTo("an older result");
        db.commit();
        db.close();
        assertThat(db.samplesWritten()).isEqualTo(1);
        try (RunResults r = RunResults.open(file)) {
            assertThat(r.sampleCount()).isEqualTo(1);
            assertThat(r.summary()).isEmpty();
        }
        assertThatThrownBy(() -> db.recorder().record(new SatelliteSample(0, 1, 60.0, 1.0, 100.0, 0.5, 50.0, 1.0,
                300.0, 290.0, 0.0, 4, 1e15))).isInstanceOf(IllegalStateException.class).hasMessageContaining("committed");
        assertThatThrownBy(db::commit).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunLongerThanTheBufferNeverHoldsMoreThanTheBuffer() {
        Path file = dir.resolve("long.duckdb");
        int satellites = 3;
        int steps = 4000;
        int buffer = 32;
        TwinEngine engine = ResultsFixtures.fleet(satellites, steps, 3L);
        int highWater;
        try (RunDatabase db = RunDatabase.create(file, ResultsFixtures.metadata(satellites, steps, 3L, 1), buffer)) {
            engine.run(2, db.recorder(), 1);
            highWater = db.recorder().highWaterMark();
            assertThat(db.recorder().capacity()).isEqualTo(buffer);
            db.commit();
        }
        // 12,000 rows went through a 32-row queue: the queue filled at some point, never beyond it
        assertThat(highWater).isPositive().isLessThanOrEqualTo(buffer);
        try (RunResults r = RunResults.open(file)) {
            assertThat(r.sampleCount()).isEqualTo((long) satellites * steps);
        }
    }

    @Test
    void badInputIsRejectedWithTheFieldNamed() {
        assertThatThrownBy(() -> new RunMetadata("x", "abc", 1L, java.time.Instant.EPOCH, 10.0, 1.0, 1, 1, "v"))
                .hasMessageContaining("scenario SHA-256").hasMessageContaining("64 lowercase hex");
        assertThatThrownBy(() -> ResultsFixtures.metadata(0, 10, 1L, 1)).hasMessageContaining("satellites");
        assertThatThrownBy(() -> RunEvent.of(0, 1, 30.0, " ", "")).hasMessageContaining("event kind");
        assertThatThrownBy(() -> RunDatabase.create(dir, ResultsFixtures.metadata(1, 10, 1L, 1)))
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> RunDatabase.create(dir.resolve("x.duckdb"), ResultsFixtures.metadata(1, 10, 1L, 1), 0))
                .hasMessageContaining("recorder buffer");
        assertThatThrownBy(() -> RunResults.open(dir.resolve("missing.duckdb"))).hasMessageContaining("does not exist");
    }

    @Test
    void scenarioHashIsTheSha256OfTheFileBytes() {
        // test vector SHA-256("abc") (ref: fips-180-4)
        assertThat(RunMetadata.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
