package io.orbitdc.core.report.db;

import io.orbitdc.core.twin.SatelliteSample;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to the {@code series} and {@code events} tables with DuckDB's Appender, which
 * caches rows and writes them to the table on flush or close (ref: duckdb-appender). Column order
 * follows {@link ResultsSchema.Table}.
 */
final class AppenderSink implements RowSink {
    private final DuckDBAppender series;
    private final DuckDBAppender events;
    private final long epochMicros;

    /** {@code epoch} is the run's start: {@code time_utc} = epoch + time_s, to the microsecond. */
    AppenderSink(DuckDBConnection connection, java.time.Instant epoch) throws SQLException {
        this.epochMicros = RunDatabase.micros(epoch, 0);
        this.series = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, ResultsSchema.Table.SERIES.sqlName());
        DuckDBAppender ev = null;
        try {
            ev = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, ResultsSchema.Table.EVENTS.sqlName());
        } finally {
            if (ev == null) {
                series.close();
            }
        }
        this.events = ev;
    }

    @Override
    public void sample(SatelliteSample s) throws SQLException {
        series.beginRow()
                .append(s.satellite()).append(s.step()).append(s.timeS()).appendEpochMicros(utcMicros(s.timeS()))
                .append(s.sunlitFraction())
                .append(s.arrayW()).append(s.soc()).append(s.computeW()).append(s.duty()).append(s.dieK())
                .append(s.radiatorK()).append(s.doseRad()).append(s.workingAccelerators()).append(s.deliveredFlop())
                .endRow();
    }

    @Override
    public void event(RunEvent e) throws SQLException {
        events.beginRow();
        if (e.satellite().isPresent()) {
            events.append(e.satellite().getAsInt());
        } else {
            events.appendNull();
        }
        events.append(e.step()).append(e.timeS()).appendEpochMicros(utcMicros(e.timeS())).append(e.kind())
                .append(e.detail()).endRow();
    }

    private long utcMicros(double timeS) {
        return epochMicros + Math.round(timeS * 1e6);
    }

    @Override
    public void flush() throws SQLException {
        series.flush();
        events.flush();
    }

    @Override
    public void close() throws SQLException {
        try {
            series.close();
        } finally {
            events.close();
        }
    }
}
