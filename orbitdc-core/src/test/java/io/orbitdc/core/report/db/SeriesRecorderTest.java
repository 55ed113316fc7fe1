package io.orbitdc.core.report.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.twin.SatelliteSample;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The queue and writer thread on their own, with sinks that count or fail instead of DuckDB. */
class SeriesRecorderTest {

    private static SatelliteSample sample(int satellite, int step) {
        return new SatelliteSample(satellite, step, 30.0 * (step + 1), 1.0, 100.0, 0.5, 50.0, 1.0, 300.0, 290.0, 0.0, 4, 0.0);
    }

    /** Collects rows in arrival order; fails on the {@code failAt}-th sample if ≥ 0. */
    private static final class ListSink implements RowSink {
        final List<Object> rows = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger flushes = new AtomicInteger();
        final int failAt;

        ListSink(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void sample(SatelliteSample s) throws SQLException {
            if (rows.size() == failAt) {
                throw new SQLException("disk full (simulated)");
            }
            rows.add(s);
        }

        @Override
        public void event(RunEvent e) {
            rows.add(e);
        }

        @Override
        public void flush() {
            flushes.incrementAndGet();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyRowFromConcurrentProducersReachesTheSinkAndEachSatelliteKeepsItsStepOrder() throws Exception {
        ListSink sink = new ListSink(-1);
        SeriesRecorder r = new SeriesRecorder(() -> sink, 8, "test");
        int satellites = 4;
        int steps = 2_000;
        List<Thread> producers = new ArrayList<>();
        for (int k = 0; k < satellites; k++) {
            int sat = k;
            producers.add(new Thread(() -> {
                for (int step = 0; step < steps; step++) {
                    r.record(sample(sat, step));
                }
            }));
        }
        producers.forEach(Thread::start);
        for (Thread t : producers) {
            t.join();
        }
        r.addEvent(RunEvent.fleet(steps - 1, steps * 30.0, "run-end", ""));
        r.finish();
        assertThat(r.samplesWritten()).isEqualTo((long) satellites * steps);
        assertThat(r.eventsWritten()).isEqualTo(1);
        assertThat(sink.flushes.get()).isPositive();
        assertThat(r.highWaterMark()).isPositive().isLessThanOrEqualTo(8);
        int[] next = new int[satellites];
        for (Object row : sink.rows) {
            if (row instanceof SatelliteSample) {
                SatelliteSample s = (SatelliteSample) row;
                assertThat(s.step()).isEqualTo(next[s.satellite()]++);
            }
        }
    }

    @Test
    void aFailingWriterStopsTheProducersInsteadOfBlockingThemOnAFullQueue() throws Exception {
        // the sink fails at the 10th sample; the queue holds 4, so the producer would block forever
        // on a full queue if it did not watch the writer
        SeriesRecorder r = new SeriesRecorder(() -> new ListSink(10), 4, "test");
        Thread producer = new Thread(() -> {
            for (int step = 0; step < 100_000; step++) {
                r.record(sample(0, step));
            }
        });
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        producer.setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        producer.start();
        producer.join(30_000);
        assertThat(producer.isAlive()).as("producer still blocked").isFalse();
        assertThat(thrown).singleElement().satisfies(e -> assertThat(e)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("results writer failed")
                .hasMessageContaining("disk full (simulated)"));
        assertThatThrownBy(r::finish).hasMessageContaining("disk full (simulated)");
    }

    @Test
    void aWriterThatCannotOpenItsSinkIsReportedOnTheFirstRecord() {
        SeriesRecorder r = new SeriesRecorder(() -> {
            throw new SQLException("no such table: series (simulated)");
        }, 2, "test");
        assertThatThrownBy(() -> {
            for (int step = 0; step < 1_000; step++) {
                r.record(sample(0, step));
            }
        }).hasMessageContaining("no such table");
        r.abort();
    }
}
