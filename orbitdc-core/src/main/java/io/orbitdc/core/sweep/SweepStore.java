package io.orbitdc.core.sweep;

import io.orbitdc.core.InputException;
import io.orbitdc.core.InputLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * {@code DIR/sweep.duckdb}: the {@code points} table (one row per point: {@code point}, one column per
 * axis path, {@code seed}, one {@code draw.PATH} column per uncertain input, the headline outputs,
 * {@code error}), the {@code axes} and {@code uncertain} tables describing the inputs, and the
 * {@code sweep_run} manifest (fingerprint of the sweep file and base scenario, points planned,
 * points done, {@code complete}).
 *
 * <p>Rows are written in batches, each in one transaction, in point order; so after a kill the
 * table holds exactly the points {@code 0 … done−1} and a rerun continues at {@code done}. A
 * different sweep in the same directory is refused. Only {@link #complete()} sets
 * {@code sweep_run.complete = true}: a partial run is never mistaken for a whole one.
 */
public final class SweepStore implements AutoCloseable {

    public static final String FILE = "sweep.duckdb";

    private final Connection db;
    private final Path dir;
    private final List<String> columns;
    private final SweepPlan plan;
    private final List<Headline> headlines;
    private long done;

    private SweepStore(Connection db, Path dir, SweepPlan plan, List<Headline> headlines, List<String> columns, long done) {
        this.db = db;
        this.dir = dir;
        this.plan = plan;
        this.headlines = headlines;
        this.columns = columns;
        this.done = done;
    }

    /** Opens or creates the store of {@code plan} in {@code dir}; resumes when it holds the same sweep. */
    public static SweepStore open(Path dir, SweepPlan plan, List<Headline> headlines) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(new InputLocation("--out " + dir, 0, 0, ""), "cannot create the directory ("
                    + e.getMessage() + "); expected a writable directory");
        }
        String fingerprint = fingerprint(plan);
        try {
            Properties p = new Properties();
            p.setProperty("autoinstall_known_extensions", "false");
            Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath(), p);
            List<String> columns = columns(plan, headlines);
            try (Statement st = db.createStatement()) {
                boolean exists;
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'sweep_run'")) {
                    rs.next();
                    exists = rs.getLong(1) > 0;
                }
                if (exists) {
                    String old;
                    try (ResultSet rs = st.executeQuery("SELECT fingerprint FROM sweep_run")) {
                        old = rs.next() ? rs.getString(1) : "";
                    }
                    if (!old.equals(fingerprint)) {
                        db.close();
                        throw new InputException(new InputLocation("--out " + dir, 0, 0, ""), FILE
                                + " holds the results of a different sweep (or base scenario); expected the same sweep to resume, or a new --out directory");
                    }
                    long done;
                    try (ResultSet rs = st.executeQuery("SELECT count(*), coalesce(max(point), -1) FROM points")) {
                        rs.next();
                        done = rs.getLong(1);
                        if (rs.getLong(2) != done - 1) {
                            throw new IllegalStateException(FILE + " has " + done + " points but the last is " + rs.getLong(2));
                        }
                    }
                    return new SweepStore(db, dir, plan, headlines, columns, done);
                }
                db.setAutoCommit(false);
                st.execute("CREATE TABLE sweep_run (fingerprint VARCHAR, sweep_file VARCHAR, base VARCHAR, points BIGINT, "
                        + "done BIGINT, complete BOOLEAN, sweep_text VARCHAR)");
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO sweep_run VALUES (?, ?, ?, ?, 0, false, ?)")) {
                    ps.setString(1, fingerprint);
                    ps.setString(2, plan.spec().file());
                    ps.setString(3, plan.spec().base().toString());
                    ps.setLong(4, plan.size());
                    ps.setString(5, plan.spec().text());
                    ps.execute();
                }
                st.execute("CREATE TABLE axes (path VARCHAR, unit VARCHAR, steps INTEGER, kind VARCHAR)");
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO axes VALUES (?, ?, ?, ?)")) {
                    for (Axis a : plan.axes()) {
                        ps.setString(1, a.path());
                        ps.setString(2, a.unit());
                        ps.setInt(3, a.values().size());
                        ps.setString(4, a.numeric() ? "number" : "text");
                        ps.execute();
                    }
                }
                st.execute("CREATE TABLE uncertain (path VARCHAR, unit VARCHAR, nominal DOUBLE, grade VARCHAR, spread DOUBLE, source VARCHAR)");
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO uncertain VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (UncertainInput u : plan.uncertain()) {
                        ps.setString(1, u.path());
                        ps.setString(2, u.unit());
                        ps.setDouble(3, u.nominal());
                        ps.setString(4, u.grade().letter());
                        ps.setDouble(5, u.spread());
                        ps.setString(6, u.source());
                        ps.execute();
                    }
                }
                StringBuilder create = new StringBuilder("CREATE TABLE points (point BIGINT");
                for (Axis a : plan.axes()) {
                    create.append(", ").append(quote(a.column())).append(a.numeric() ? " DOUBLE" : " VARCHAR");
                }
                create.append(", seed BIGINT");
                for (UncertainInput u : plan.uncertain()) {
                    create.append(", ").append(quote(u.column())).append(" DOUBLE");
                }
                for (Headline h : headlines) {
                    create.append(", ").append(quote(h.column())).append(h.text() ? " VARCHAR" : " DOUBLE");
                }
                create.append(", error VARCHAR)");
                st.execute(create.toString());
                db.commit();
                db.setAutoCommit(true);
            }
            return new SweepStore(db, dir, plan, headlines, columns, 0);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot open " + dir.resolve(FILE) + ": " + e.getMessage(), e));
        }
    }

    private static List<String> columns(SweepPlan plan, List<Headline> headlines) {
        List<String> c = new ArrayList<>();
        c.add("point");
        plan.axes().forEach(a -> c.add(a.column()));
        c.add("seed");
        plan.uncertain().forEach(u -> c.add(u.column()));
        headlines.forEach(h -> c.add(h.column()));
        c.add("error");
        return List.copyOf(c);
    }

    /** The column names of {@code points}, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Points already stored: ids 0 … done−1. */
    public long done() {
        return done;
    }

    /** Appends a batch of results, which must be points {@code done … done+n−1} in order, in one transaction. */
    public void append(List<PointResult> batch) {
        if (batch.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO points VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(")");
        // counted locally and kept only once the batch is committed: a failed batch leaves `done` as the table has it
        long next = done;
        try {
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
                for (PointResult r : batch) {
                    if (r.point().id() != next) {
                        throw new IllegalStateException("point " + r.point().id() + " appended where " + next + " was due");
                    }
                    int c = 1;
                    ps.setLong(c++, r.point().id());
                    for (AxisValue v : r.point().axisValues()) {
                        if (Double.isNaN(v.number())) {
                            ps.setString(c++, v.text());
                        } else {
                            ps.setDouble(c++, v.number());
                        }
                    }
                    ps.setLong(c++, r.point().seed());
                    for (double d : r.point().drawn()) {
                        ps.setDouble(c++, d);
                    }
                    for (Object o : r.values()) {
                        if (o == null || (o instanceof Double d && !Double.isFinite(d))) {
                            ps.setNull(c++, Types.NULL);
                        } else if (o instanceof Double d) {
                            ps.setDouble(c++, d);
                        } else {
                            ps.setString(c++, o.toString());
                        }
                    }
                    if (r.error().isPresent()) {
                        ps.setString(c++, r.error().get());
                    } else {
                        ps.setNull(c++, Types.VARCHAR);
                    }
                    ps.addBatch();
                    next++;
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("UPDATE sweep_run SET done = ?")) {
                ps.setLong(1, next);
                ps.execute();
            }
            db.commit();
            db.setAutoCommit(true);
            done = next;
        } catch (SQLException e) {
            rollBack();
            throw new UncheckedIOException(new IOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
    }

    /** Undoes a half-written batch, so that the table and {@code done} still agree. */
    private void rollBack() {
        try {
            db.rollback();
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is unusable; the run aborts and a rerun resumes from the committed rows
        }
    }

    /** Marks the run complete (every planned point stored) and, if asked, writes {@code points.parquet} atomically. */
    public void complete(boolean parquet) {
        if (done != plan.size()) {
            throw new IllegalStateException("complete() after " + done + " of " + plan.size() + " points");
        }
        try (Statement st = db.createStatement()) {
            if (parquet) {
                Path tmp = dir.resolve("points.parquet.tmp");
                st.execute("COPY (SELECT * FROM points ORDER BY point) TO '" + tmp.toAbsolutePath().toString().replace("'", "''")
                        + "' (FORMAT parquet, COMPRESSION zstd)");
                Files.move(tmp, dir.resolve("points.parquet"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            st.execute("UPDATE sweep_run SET complete = true");
        } catch (SQLException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot finish " + dir.resolve(FILE) + ": " + e.getMessage(), e));
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    /** The sweep file's text, the base scenario's bytes, the shared overrides and the table's columns: what must match to resume. */
    static String fingerprint(SweepPlan plan) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(plan.spec().text().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Files.readAllBytes(plan.spec().base()));
            md.update((byte) 0);
            md.update(plan.fixedOverrides().toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.join(",", columns(plan, Headline.of(plan.spec().stages()))).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quote(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\"";
    }
}
