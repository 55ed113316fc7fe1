package io.orbitdc.core.report.db;

import io.orbitdc.core.twin.SatelliteSample;
import java.sql.SQLException;

/**
 * Where the writer thread of a {@link SeriesRecorder} puts rows. Used by that one thread only,
 * from opening to closing; separate from the queue so that each can be tested on its own.
 */
interface RowSink extends AutoCloseable {
    void sample(SatelliteSample s) throws SQLException;

    void event(RunEvent e) throws SQLException;

    /** Makes every row given so far part of the table. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;

    /** Opens a sink; called on the writer thread. */
    @FunctionalInterface
    interface Opener {
        RowSink open() throws SQLException;
    }
}
