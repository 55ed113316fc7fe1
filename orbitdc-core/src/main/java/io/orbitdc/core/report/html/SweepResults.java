package io.orbitdc.core.report.html;

import io.orbitdc.core.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the report shows of a sweep ({@code orbitdc sweep --out DIR}, DESIGN.md "Sweep file (v1)"):
 * the two axes with the most distinct values, and each point without an error that has a
 * cost answer: its values on those axes (as text, as the sweep wrote them) and its orbit/ground
 * ratio and $ per GPU-hour on each side. Read-only; held in memory (a few doubles per point).
 *
 * @param file      the sweep database
 * @param axes      up to two axes (path and unit), most distinct values first
 * @param points    the points with a ratio, in point order
 * @param failed    points the sweep recorded with an error or without a ratio
 */
public record SweepResults(Path file, List<Axis> axes, List<Point> points, long failed) {

    /** The sweep's database name in its --out directory. */
    public static final String FILE = "sweep.duckdb";
    static final String RATIO = "cost.spaceToGroundRatio";
    static final String SPACE = "cost.space.usdPerGpuHour";
    static final String GROUND = "cost.ground.usdPerGpuHour";

    public SweepResults {
        axes = List.copyOf(axes);
        points = List.copyOf(points);
    }

    /** An axis: the scenario path it varies, its unit and its distinct values in first-seen point order. */
    public record Axis(String path, String unit, List<String> values) {
        public Axis {
            values = List.copyOf(values);
        }
    }

    /** One point: its values on {@link #axes()} and its answers. */
    public record Point(long point, List<String> at, double ratio, double spaceUsdPerGpuHour,
                        double groundUsdPerGpuHour) {
        public Point {
            at = List.copyOf(at);
        }
    }

    /** Whether {@code dir} holds a sweep database. */
    public static boolean in(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /**
     * Reads {@code dir/sweep.duckdb}; {@code option} names the option that gave the directory in
     * errors (e.g. "--from DIR"). A sweep without the cost stage, or without a point that has a ratio,
     * is bad input.
     */
    public static SweepResults read(Path dir, String option) {
        Path db = dir.resolve(FILE);
        try (Connection c = openReadOnly(db); Statement st = c.createStatement()) {
            List<String> doubles = doubleColumns(st);
            for (String needed : List.of(RATIO, SPACE, GROUND)) {
                if (!doubles.contains(needed)) {
                    throw new InputException(option + ": the sweep's points table has no " + needed
                            + " column; expected a sweep whose stages include cost");
                }
            }
            List<String[]> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT path, unit FROM axes")) {
                while (rs.next()) {
                    all.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            List<Axis> axes = new ArrayList<>();
            for (String[] a : all) {
                List<String> values = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT CAST(" + quote(a[0]) + " AS VARCHAR) AS v,"
                        + " min(point) AS first FROM points GROUP BY v ORDER BY first")) {
                    while (rs.next()) {
                        values.add(label(rs.getString(1)));
                    }
                }
                axes.add(new Axis(a[0], a[1] == null ? "" : a[1], values));
            }
            // the two axes that vary most; a stable sort keeps the sweep file's order between ties
            axes.sort((x, y) -> Integer.compare(y.values().size(), x.values().size()));
            List<Axis> shown = List.copyOf(axes.subList(0, Math.min(2, axes.size())));
            StringBuilder q = new StringBuilder("SELECT point, ").append(quote(RATIO)).append(", ").append(quote(SPACE))
                    .append(", ").append(quote(GROUND));
            shown.forEach(a -> q.append(", CAST(").append(quote(a.path())).append(" AS VARCHAR)"));
            q.append(" FROM points WHERE error IS NULL AND ").append(quote(RATIO)).append(" IS NOT NULL AND ")
                    .append(quote(SPACE)).append(" IS NOT NULL AND ").append(quote(GROUND))
                    .append(" IS NOT NULL ORDER BY point");
            List<Point> points = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(q.toString())) {
                while (rs.next()) {
                    List<String> at = new ArrayList<>();
                    for (int k = 0; k < shown.size(); k++) {
                        at.add(label(rs.getString(5 + k)));
                    }
                    double ratio = rs.getDouble(2);
                    double space = rs.getDouble(3);
                    double ground = rs.getDouble(4);
                    if (Double.isFinite(ratio) && Double.isFinite(space) && Double.isFinite(ground)) {
                        points.add(new Point(rs.getLong(1), at, ratio, space, ground));
                    }
                }
            }
            long total;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM points")) {
                rs.next();
                total = rs.getLong(1);
            }
            if (points.isEmpty()) {
                throw new InputException(option + ": the sweep has no point with a cost answer (" + total
                        + " points, all failed or not yet run)");
            }
            return new SweepResults(db, shown, points, total - points.size());
        } catch (SQLException e) {
            throw new InputException(option + ": cannot read " + FILE + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Opens a sweep database read-only (several readers may share it; no extension is installed).
     * Also what the verdict's {@code --sweep} reads with.
     */
    public static Connection openReadOnly(Path db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("access_mode", "READ_ONLY");
        p.setProperty("autoinstall_known_extensions", "false");
        return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
    }

    /** The numeric ({@code DOUBLE}) columns of the {@code points} table, in table order. */
    public static List<String> doubleColumns(Statement st) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name ="
                + " 'points' AND data_type = 'DOUBLE' ORDER BY ordinal_position")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** An axis value as the page shows it: a number to 4 significant digits, text as written. */
    static String label(String value) {
        if (value == null) {
            return "(none)";
        }
        try {
            double v = Double.parseDouble(value);
            if (Double.isFinite(v)) {
                return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
            }
        } catch (NumberFormatException e) {
            // text axis: shown as written
        }
        return value;
    }

    private static String quote(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\"";
    }
}
