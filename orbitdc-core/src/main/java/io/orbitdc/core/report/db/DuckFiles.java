package io.orbitdc.core.report.db;

import io.orbitdc.core.files.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * Opening DuckDB files and removing one with its companions: the write-ahead log
 * ({@code FILE.wal}) and the spill directory ({@code FILE.tmp}) DuckDB keeps beside a database
 * (ref: duckdb-storage).
 */
final class DuckFiles {
    private DuckFiles() {
    }

    /**
     * DuckDB's buffer-pool cap, MB: 256 MB, raised to 128 MB per core where there are more than
     * two (DuckDB's working minimum per thread). DuckDB's default is 80 % of the machine's memory,
     * and written blocks stay cached up to it, so resident memory would grow with the file; a cap
     * makes DuckDB evict them to the file and spill sorts to disk instead (ref: duckdb-config).
     */
    static String memoryLimit() {
        return Math.max(256, 128 * Runtime.getRuntime().availableProcessors()) + "MB";
    }

    /** Opens (creating if absent) a database file for writing. */
    static DuckDBConnection openForWriting(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("memory_limit", memoryLimit());
        return connect(file, p);
    }

    /**
     * Opens an existing database file read-only, streaming query results instead of materialising
     * them. Sorting (every query and export is ordered) spills to {@code spillDir} beyond
     * {@link #memoryLimit()}, so memory stays bounded for files of any size.
     */
    static DuckDBConnection openReadOnly(Path file, Path spillDir) throws SQLException {
        Properties p = new Properties();
        p.setProperty("memory_limit", memoryLimit());
        p.setProperty("temp_directory", spillDir.toAbsolutePath().toString());
        // the default, spelled out: COPY of an ordered query must keep the order (ref: duckdb-config)
        p.setProperty("preserve_insertion_order", "true");
        p.setProperty(DuckDBDriver.DUCKDB_ACCESS_MODE_PROPERTY, DuckDBDriver.DUCKDB_ACCESS_MODE_READ_ONLY);
        p.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        return connect(file, p);
    }

    private static DuckDBConnection connect(Path file, Properties p) throws SQLException {
        // never fetch an extension over the network: CSV and Parquet are built into the JDBC
        // driver, and orbitdc must run offline (ref: duckdb-config)
        p.setProperty("autoinstall_known_extensions", "false");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p).unwrap(DuckDBConnection.class);
    }

    /** Deletes a database file and its companions, quietly: used on the way out of a failure. */
    static void deleteWithCompanions(Path file) {
        for (Path p : new Path[] {file, sibling(file, ".wal"), sibling(file, ".tmp")}) {
            try {
                if (Files.isDirectory(p)) {
                    AtomicOutput.deleteTree(p);
                } else {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless; the error that brought us here matters more
            }
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** A path as a single-quoted SQL string literal (COPY takes no bind parameters). */
    static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
