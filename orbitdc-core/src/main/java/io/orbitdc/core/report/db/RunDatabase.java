package io.orbitdc.core.report.db;

import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.twin.TwinSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.duckdb.DuckDBConnection;

/**
 * One run's results file being written. It is built under a hidden temporary name beside the
 * destination; {@link #commit()} checkpoints it, closes it and moves it into place atomically, and
 * {@link #close()} without a commit deletes it, so an interrupted or failed run never leaves a
 * half-written database under the final name.
 *
 * <p>Typical use: {@code try (RunDatabase db = RunDatabase.create(out, meta)) { summary =
 * engine.run(threads, db.recorder(), every); db.writeSummary(summary); db.commit(); }}.
 * {@link #recorder()} and {@link #addEvent} are thread-safe; create, summary, commit and close
 * belong to one thread.
 */
public final class RunDatabase implements AutoCloseable {
    /** Default queue capacity, rows (~100 bytes each): about 1 MB whatever the mission length. */
    public static final int DEFAULT_BUFFER_ROWS = 8192;

    private final Path destination;
    private final Path temporary;
    private final DuckDBConnection connection;
    private final SeriesRecorder recorder;
    private final Map<String, Number> summary = new LinkedHashMap<>();
    private final java.time.Instant epoch;
    private java.util.List<SatelliteRow> satellites = java.util.List.of();
    private IntervalRow.Source intervals = sink -> { };
    private boolean committed;
    private boolean closed;

    private RunDatabase(Path destination, Path temporary, DuckDBConnection connection, int bufferRows,
                        java.time.Instant epoch) {
        this.destination = destination;
        this.temporary = temporary;
        this.connection = connection;
        this.epoch = epoch;
        this.recorder = new SeriesRecorder(() -> new AppenderSink(connection, epoch), bufferRows,
                destination.getFileName().toString());
    }

    /** Starts a results file for {@code destination} with the default buffer. */
    public static RunDatabase create(Path destination, RunMetadata metadata) {
        return create(destination, metadata, DEFAULT_BUFFER_ROWS);
    }

    /**
     * Starts a results file for {@code destination} (replaced on commit if it exists) whose
     * recorder buffers at most {@code bufferRows} rows.
     */
    public static RunDatabase create(Path destination, RunMetadata metadata, int bufferRows) {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(metadata, "run metadata");
        if (bufferRows < 1) {
            throw new IllegalArgumentException("recorder buffer: found " + bufferRows + " rows; expected ≥ 1");
        }
        if (Files.isDirectory(destination)) {
            throw new IllegalArgumentException("results file " + destination + " is a directory; expected a file path");
        }
        Path tmp = AtomicOutput.temporarySibling(destination);
        DuckDBConnection c = null;
        try {
            c = DuckFiles.openForWriting(tmp);
            try (Statement st = c.createStatement()) {
                for (ResultsSchema.Table t : ResultsSchema.tables()) {
                    st.execute(t.ddl());
                }
            }
            insertRun(c, metadata);
            return new RunDatabase(destination, tmp, c, bufferRows, metadata.epoch());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            DuckFiles.deleteWithCompanions(tmp);
            if (e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            throw new ResultsFileException("cannot create results file " + destination + ": " + e.getMessage(), e);
        }
    }

    private static void insertRun(DuckDBConnection c, RunMetadata m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.scenarioName());
            ps.setString(2, m.scenarioSha256());
            ps.setLong(3, m.seed());
            ps.setObject(4, java.time.OffsetDateTime.ofInstant(m.epoch(), java.time.ZoneOffset.UTC));
            ps.setDouble(5, m.durationS());
            ps.setDouble(6, m.stepS());
            ps.setInt(7, m.recordEverySteps());
            ps.setInt(8, m.satellites());
            ps.setString(9, m.orbitdcVersion());
            ps.setInt(10, ResultsSchema.FORMAT_VERSION);
            ps.executeUpdate();
        }
    }

    /** The recorder to hand {@code TwinEngine.run}: streams samples into {@code series}. */
    public SeriesRecorder recorder() {
        return recorder;
    }

    /** Adds an event (thread-safe; streamed like the samples). */
    public void addEvent(RunEvent event) {
        recorder.addEvent(event);
    }

    /** Sets the {@code summary} table to the run's fleet totals (written on commit). */
    public void writeSummary(TwinSummary twinSummary) {
        writeSummary(twinSummary.toKeyValues());
    }

    /** Sets the {@code summary} table to {@code keyValues} (written on commit; replaces earlier ones). */
    public void writeSummary(Map<String, ? extends Number> keyValues) {
        ensureOpen();
        summary.clear();
        keyValues.forEach((k, v) -> summary.put(Objects.requireNonNull(k, "summary key"),
                Objects.requireNonNull(v, () -> "summary value of " + k)));
    }

    /** Sets the {@code satellites} table (written on commit; replaces earlier rows). */
    public void writeSatellites(java.util.List<SatelliteRow> rows) {
        ensureOpen();
        satellites = java.util.List.copyOf(rows);
    }

    /**
     * Sets the {@code intervals} table to the rows {@code rows} gives, read on commit and streamed
     * into DuckDB's appender one at a time (a year of a fleet's intervals is never held whole).
     */
    public void writeIntervals(IntervalRow.Source rows) {
        ensureOpen();
        intervals = java.util.Objects.requireNonNull(rows, "interval rows");
    }

    /**
     * Waits for every recorded row, writes the summary, checkpoints, closes and moves the file to
     * its destination. On failure the temporary file is deleted and the exception thrown.
     *
     * @return the destination
     */
    public Path commit() {
        ensureOpen();
        closed = true;
        try {
            recorder.finish();
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO summary VALUES (?, ?)")) {
                for (Map.Entry<String, Number> e : summary.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setDouble(2, e.getValue().doubleValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            appendSatellites();
            appendIntervals();
            try (Statement st = connection.createStatement()) {
                // fold the write-ahead log into the file so the moved file stands alone
                st.execute("CHECKPOINT");
            }
            connection.close();
            if (Files.exists(DuckFiles.sibling(temporary, ".wal"))) {
                // moving the file without its log would lose rows; refuse rather than publish it
                throw new IllegalStateException("results file " + destination
                        + ": DuckDB left a write-ahead log after the checkpoint; the file is not self-contained");
            }
            AtomicOutput.moveIntoPlace(temporary, destination);
            committed = true;
            return destination;
        } catch (SQLException e) {
            throw new ResultsFileException("cannot write results file " + destination + ": " + e.getMessage(), e);
        } finally {
            if (!committed) {
                discard();
            }
        }
    }

    private void appendSatellites() throws SQLException {
        try (org.duckdb.DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                ResultsSchema.Table.SATELLITES.sqlName())) {
            for (SatelliteRow r : satellites) {
                a.beginRow().append(r.satellite()).append(r.id()).append(r.shell());
                if (r.plane().isPresent()) {
                    a.append(r.plane().getAsInt());
                } else {
                    a.appendNull();
                }
                a.append(r.slot()).appendEpochMicros(micros(r.elementsEpoch(), 0)).append(r.aM()).append(r.e())
                        .append(r.iRad()).append(r.raanRad()).append(r.argpRad()).append(r.meanAnomalyRad()).endRow();
            }
        }
    }

    private void appendIntervals() throws SQLException {
        // the appender's own buffer bounds memory; the rows come from the source as they are read
        try (org.duckdb.DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                ResultsSchema.Table.INTERVALS.sqlName())) {
            intervals.forEach(r -> {
                try {
                    a.beginRow().append(r.satellite()).append(r.kind());
                    if (r.station().isPresent()) {
                        a.append(r.station().get());
                    } else {
                        a.appendNull();
                    }
                    a.append(r.startS()).append(r.endS()).appendEpochMicros(micros(epoch, r.startS()))
                            .appendEpochMicros(micros(epoch, r.endS())).append(r.endS() - r.startS())
                            .append(r.truncated()).endRow();
                } catch (SQLException e) {
                    throw new java.io.IOException(e.getMessage(), e);
                }
            });
        } catch (java.io.IOException e) {
            throw new ResultsFileException("cannot write the intervals of results file " + destination + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code t0 + offsetS} in microseconds since 1970 (the TIMESTAMPTZ unit). */
    static long micros(java.time.Instant t0, double offsetS) {
        return Math.addExact(Math.multiplyExact(t0.getEpochSecond(), 1_000_000L), t0.getNano() / 1000)
                + Math.round(offsetS * 1e6);
    }

    /** Samples written; valid after {@link #commit()}. */
    public long samplesWritten() {
        return recorder.samplesWritten();
    }

    /** Discards the file unless it was committed. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            discard();
        }
    }

    private void discard() {
        recorder.abort();
        closeQuietly(connection);
        DuckFiles.deleteWithCompanions(temporary);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("results file " + destination + " is already committed or closed");
        }
    }

    private static void closeQuietly(DuckDBConnection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // discarding the file anyway
            }
        }
    }
}
