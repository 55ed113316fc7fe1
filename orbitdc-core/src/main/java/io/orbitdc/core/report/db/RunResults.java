package io.orbitdc.core.report.db;

import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.twin.SatelliteSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;

/**
 * A committed results file, opened read-only. Every query returns rows in key order
 * (series: satellite, step; events: satellite, step, time, kind, detail; summary: key), never
 * in the file's physical order, which depends on how the writing threads interleaved.
 * Not thread-safe: one reader per thread.
 */
public final class RunResults implements AutoCloseable {
    private final Path file;
    private final Path spillDir;
    private final DuckDBConnection connection;

    private RunResults(Path file, Path spillDir, DuckDBConnection connection) {
        this.file = file;
        this.spillDir = spillDir;
        this.connection = connection;
    }

    /** Opens {@code file} read-only. */
    public static RunResults open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("results file " + file + " does not exist or is not a file");
        }
        Path spill = null;
        try {
            // sorts spill here, not beside the file: its directory may be read-only
            spill = Files.createTempDirectory("orbitdc-results-sort-");
            return new RunResults(file, spill, DuckFiles.openReadOnly(file, spill));
        } catch (SQLException | IOException e) {
            if (spill != null) {
                AtomicOutput.deleteTree(spill);
            }
            throw new ResultsFileException("cannot open results file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The {@code run} row. */
    public RunMetadata metadata() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(ResultsSchema.Table.RUN.orderedSelect())) {
            if (!rs.next()) {
                throw new IllegalStateException("results file " + file + " has no run row");
            }
            return new RunMetadata(rs.getString("scenario_name"), rs.getString("scenario_sha256"), rs.getLong("seed"),
                    rs.getObject("epoch_utc", java.time.OffsetDateTime.class).toInstant(), rs.getDouble("duration_s"), rs.getDouble("step_s"),
                    rs.getInt("record_every_steps"), rs.getInt("satellites"), rs.getString("orbitdc_version"));
        } catch (SQLException e) {
            throw failure("cannot read the run row of", e);
        }
    }

    /** {@code run.format_version}. */
    public int formatVersion() {
        return (int) scalar("SELECT format_version FROM run");
    }

    /** Rows in {@code series}. */
    public long sampleCount() {
        return scalar("SELECT count(*) FROM series");
    }

    /** Rows in {@code events}. */
    public long eventCount() {
        return scalar("SELECT count(*) FROM events");
    }

    /**
     * Streams every sample in (satellite, step) order; memory stays flat however many there are.
     * {@code action} must not query this reader (a new query ends the streamed one).
     */
    public void forEachSample(Consumer<SatelliteSample> action) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(ResultsSchema.Table.SERIES.orderedSelect())) {
            while (rs.next()) {
                action.accept(sample(rs));
            }
        } catch (SQLException e) {
            throw failure("cannot read the series of", e);
        }
    }

    /** One satellite's samples in step order. */
    public List<SatelliteSample> samples(int satellite) {
        List<SatelliteSample> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT * FROM series WHERE satellite = ? ORDER BY step")) {
            ps.setInt(1, satellite);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(sample(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot read the series of", e);
        }
    }

    /** Every event in key order. */
    public List<RunEvent> events() {
        List<RunEvent> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(ResultsSchema.Table.EVENTS.orderedSelect())) {
            while (rs.next()) {
                int satellite = rs.getInt("satellite");
                OptionalInt sat = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(satellite);
                out.add(new RunEvent(sat, rs.getInt("step"), rs.getDouble("time_s"), rs.getString("kind"),
                        rs.getString("detail")));
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot read the events of", e);
        }
    }

    /** The {@code summary} table, ordered by key. */
    public Map<String, Double> summary() {
        Map<String, Double> out = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(ResultsSchema.Table.SUMMARY.orderedSelect())) {
            while (rs.next()) {
                out.put(rs.getString("key"), rs.getDouble("value"));
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot read the summary of", e);
        }
    }

    /**
     * Writes {@code table} in key order to {@code dir/<table>.<ext>}, through a temporary file
     * moved into place, and returns the file.
     */
    public Path export(ResultsSchema.Table table, ExportFormat format, Path dir) {
        Path target = dir.resolve(table.sqlName() + "." + format.extension());
        Path tmp = AtomicOutput.temporarySibling(target);
        try (Statement st = connection.createStatement()) {
            st.execute("COPY (" + exportSelect(table, format) + ") TO " + DuckFiles.literal(tmp) + " (" + format.copyOptions() + ")");
            AtomicOutput.moveIntoPlace(tmp, target);
            return target;
        } catch (SQLException e) {
            throw failure("cannot export table " + table.sqlName() + " of", e);
        } finally {
            DuckFiles.deleteWithCompanions(tmp);
        }
    }

    /**
     * The table's rows in key order; for CSV, its text columns neutralised against spreadsheet
     * formulas (CsvCell: a cell starting with = + - @ tab or CR gets a leading quote). Parquet is
     * typed and keeps the text as stored.
     */
    private String exportSelect(ResultsSchema.Table table, ExportFormat format) throws SQLException {
        if (format != ExportFormat.CSV) {
            return table.orderedSelect();
        }
        List<String> text = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = ? AND data_type = 'VARCHAR' ORDER BY ordinal_position")) {
            ps.setString(1, table.sqlName());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.add(rs.getString(1));
                }
            }
        }
        if (text.isEmpty()) {
            return table.orderedSelect();
        }
        StringBuilder replace = new StringBuilder();
        for (String c : text) {
            String id = '"' + c.replace("\"", "\"\"") + '"';
            replace.append(replace.length() == 0 ? "" : ", ").append(io.orbitdc.core.CsvCell.neutraliseSql(id)).append(" AS ").append(id);
        }
        return "SELECT * REPLACE (" + replace + ") FROM (" + table.orderedSelect() + ")";
    }

    /** Exports every table to {@code dir} in {@code format}; returns the files in table order. */
    public List<Path> exportAll(ExportFormat format, Path dir) {
        List<Path> out = new ArrayList<>();
        for (ResultsSchema.Table t : ResultsSchema.tables()) {
            out.add(export(t, format, dir));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        } finally {
            AtomicOutput.deleteTree(spillDir);
        }
    }

    private long scalar(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("cannot query", e);
        }
    }

    private static SatelliteSample sample(ResultSet rs) throws SQLException {
        return new SatelliteSample(rs.getInt("satellite"), rs.getInt("step"), rs.getDouble("time_s"),
                rs.getDouble("sunlit_fraction"), rs.getDouble("array_w"), rs.getDouble("soc"),
                rs.getDouble("compute_w"), rs.getDouble("duty"), rs.getDouble("die_k"), rs.getDouble("radiator_k"),
                rs.getDouble("dose_rad"), rs.getInt("working_accelerators"), rs.getDouble("delivered_flop"));
    }

    private ResultsFileException failure(String what, SQLException e) {
        return new ResultsFileException(what + " results file " + file + ": " + e.getMessage(), e);
    }
}
