package io.orbitdc.core.report.db;

import io.orbitdc.core.twin.SatelliteSample;
import io.orbitdc.core.twin.StepRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams samples and events into a results file while the twin runs. Producers (the twin's
 * worker threads, any number, per the {@link StepRecorder} contract) put rows into one bounded
 * queue; a single writer thread drains it into DuckDB appenders (ref: duckdb-appender). A full
 * queue blocks the producers, so memory is bounded by the queue capacity, not by mission length.
 *
 * <p>Rows reach the table in whatever order the producers interleave; readers restore the key
 * order (satellite, step) with ORDER BY. If the writer fails, the next {@link #record} throws, so
 * the run stops instead of losing rows silently.
 */
public final class SeriesRecorder implements StepRecorder {
    /** Rows the writer takes from the queue at a time. */
    private static final int BATCH = 1024;
    /** Rows between appender flushes: bounds what DuckDB holds uncommitted in the appender. */
    private static final int FLUSH_ROWS = 1 << 16;
    private static final long POLL_MS = 20;

    private final BlockingQueue<Object> queue;
    private final int capacity;
    private final AtomicInteger highWater = new AtomicInteger();
    private final RowSink.Opener opener;
    private final Thread writer;
    private volatile boolean closed;
    private volatile boolean finishing;
    private volatile boolean aborting;
    private volatile Throwable failure;
    /** Written by the writer thread only; read after it is joined. */
    private long samplesWritten;
    private long eventsWritten;

    /**
     * @param opener   opens the sink on the writer thread
     * @param capacity queue capacity, rows (≥ 1)
     * @param name     names the writer thread
     */
    SeriesRecorder(RowSink.Opener opener, int capacity, String name) {
        if (capacity < 1) {
            throw new IllegalArgumentException("recorder buffer: found " + capacity + " rows; expected ≥ 1");
        }
        this.opener = Objects.requireNonNull(opener, "sink");
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::drain, "orbitdc-results-writer " + name);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    @Override
    public void record(SatelliteSample sample) {
        enqueue(Objects.requireNonNull(sample, "sample"));
    }

    /** Queues a twin event as a row of the events table; thread-safe, like {@link #record}. */
    @Override
    public void event(int satellite, int step, double timeS, String kind, String detail) {
        addEvent(RunEvent.of(satellite, step, timeS, kind, detail));
    }

    /** Queues an event; thread-safe, like {@link #record}. */
    public void addEvent(RunEvent event) {
        enqueue(Objects.requireNonNull(event, "event"));
    }

    /** Queue capacity, rows. */
    public int capacity() {
        return capacity;
    }

    /** Most rows ever waiting in the queue at once (≤ {@link #capacity()}): the memory bound in use. */
    public int highWaterMark() {
        return highWater.get();
    }

    private void enqueue(Object row) {
        if (closed) {
            throw new IllegalStateException("the results database is already committed or closed; no more rows can be recorded");
        }
        try {
            while (!queue.offer(row, POLL_MS, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
                if (closed) {
                    throw new IllegalStateException("the results database was closed while recording");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording results", e);
        }
        int waiting = queue.size();
        if (waiting > highWater.get()) {
            highWater.accumulateAndGet(waiting, Math::max);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("the results writer failed: " + f.getMessage(), f);
        }
    }

    /** Writer thread: drain, append, flush every {@link #FLUSH_ROWS}; close the sink on the way out. */
    private void drain() {
        List<Object> batch = new ArrayList<>(Math.min(BATCH, capacity));
        try (RowSink sink = opener.open()) {
            long sinceFlush = 0;
            while (!aborting) {
                Object first = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (finishing) {
                        break;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                for (Object row : batch) {
                    if (row instanceof SatelliteSample) {
                        sink.sample((SatelliteSample) row);
                        samplesWritten++;
                    } else {
                        sink.event((RunEvent) row);
                        eventsWritten++;
                    }
                }
                sinceFlush += batch.size();
                batch.clear();
                if (sinceFlush >= FLUSH_ROWS) {
                    sink.flush();
                    sinceFlush = 0;
                }
            }
            if (!aborting) {
                sink.flush();
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /**
     * Stops accepting rows and waits until every queued row is in the tables. Call after the run
     * returned, from the thread that commits.
     */
    void finish() {
        closed = true;
        finishing = true;
        join();
        rethrowFailure();
        if (!queue.isEmpty()) {
            throw new IllegalStateException(queue.size() + " rows were recorded after the results database was committed");
        }
    }

    /** Samples in the table; valid after {@link #finish()}. */
    long samplesWritten() {
        return samplesWritten;
    }

    /** Events in the table; valid after {@link #finish()}. */
    long eventsWritten() {
        return eventsWritten;
    }

    /** Stops the writer, dropping whatever is queued (the file is being discarded). */
    void abort() {
        closed = true;
        aborting = true;
        join();
        queue.clear();
    }

    private void join() {
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                // the writer must be done with the connection before it is closed; keep waiting
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
