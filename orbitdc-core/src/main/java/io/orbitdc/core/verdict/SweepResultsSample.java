package io.orbitdc.core.verdict;

import io.orbitdc.core.InputException;
import io.orbitdc.core.report.html.SweepResults;
import io.orbitdc.core.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sample of an existing sweep ({@code orbitdc sweep --out DIR}): the rows of
 * {@code DIR/sweep.duckdb}'s {@code points} table without an error, in point order. The inputs are
 * the numeric axis columns (table {@code axes}) and the {@code draw.PATH} columns of the uncertain
 * inputs (table {@code uncertain}); the answers are {@code cost.spaceToGroundRatio} and
 * {@code cost.space|ground.usdPerGpuHour|usdPerMwh} (DESIGN.md "Sweep file
 * (v1)"). The sweep must have run the cost stage. Read-only; rows held in memory (8 bytes per input
 * per point).
 */
public record SweepResultsSample(Path dir) implements SampleSource {

    static final String RATIO = "cost.spaceToGroundRatio";
    static final String SPACE = "cost.space.usdPerGpuHour";
    static final String GROUND = "cost.ground.usdPerGpuHour";
    static final String SPACE_MWH = "cost.space.usdPerMwh";
    static final String GROUND_MWH = "cost.ground.usdPerMwh";
    private static final int ANSWERS = 5;

    @Override
    public Sample sample(Study study) {
        Path db = dir.resolve("sweep.duckdb");
        if (!Files.isRegularFile(db)) {
            throw new InputException("--sweep " + dir + ": no sweep.duckdb there; expected the --out directory of"
                    + " 'orbitdc sweep'");
        }
        try (Connection c = SweepResults.openReadOnly(db); Statement st = c.createStatement()) {
            List<String> columns = SweepResults.doubleColumns(st);
            for (String needed : List.of(RATIO, SPACE, GROUND, SPACE_MWH, GROUND_MWH)) {
                if (!columns.contains(needed)) {
                    throw new InputException("--sweep " + dir + ": the points table has no " + needed
                            + " column; expected a sweep whose stages include cost");
                }
            }
            List<String> inputs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT path FROM axes")) {
                while (rs.next()) {
                    if (columns.contains(rs.getString(1))) {
                        inputs.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT path FROM uncertain")) {
                while (rs.next()) {
                    String col = "draw." + rs.getString(1);
                    if (columns.contains(col)) {
                        inputs.add(col);
                    }
                }
            }
            StringBuilder q = new StringBuilder("SELECT ").append(quote(RATIO)).append(", ").append(quote(SPACE))
                    .append(", ").append(quote(GROUND)).append(", ").append(quote(SPACE_MWH)).append(", ")
                    .append(quote(GROUND_MWH));
            inputs.forEach(i -> q.append(", ").append(quote(i)));
            // every answer must be present: JDBC reads a NULL (a non-finite value the sweep stored) as 0,
            // which would enter the bands as a $0 GPU-hour
            q.append(" FROM points WHERE error IS NULL");
            for (String answer : List.of(RATIO, SPACE, GROUND, SPACE_MWH, GROUND_MWH)) {
                q.append(" AND ").append(quote(answer)).append(" IS NOT NULL");
            }
            q.append(" ORDER BY point");
            List<double[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(q.toString())) {
                while (rs.next()) {
                    double[] row = new double[ANSWERS + inputs.size()];
                    for (int k = 0; k < row.length; k++) {
                        row[k] = rs.getDouble(k + 1);
                    }
                    rows.add(row);
                }
            }
            if (rows.size() < 2) {
                throw new InputException("--sweep " + dir + ": " + rows.size() + " point(s) without error; expected at"
                        + " least 2 to read bands from");
            }
            int n = rows.size();
            double[][] x = new double[n][inputs.size()];
            double[] ratio = new double[n];
            double[] space = new double[n];
            double[] ground = new double[n];
            double[] spaceMwh = new double[n];
            double[] groundMwh = new double[n];
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                ratio[i] = r[0];
                space[i] = r[1];
                ground[i] = r[2];
                spaceMwh[i] = r[3];
                groundMwh[i] = r[4];
                System.arraycopy(r, ANSWERS, x[i], 0, inputs.size());
            }
            return new Sample(inputs, x, ratio, space, ground, spaceMwh, groundMwh, String.format(Locale.ROOT,
                    "the sweep in %s: %d points without error, %d varied inputs", dir, n, inputs.size()));
        } catch (SQLException e) {
            throw new InputException("--sweep " + dir + ": cannot read sweep.duckdb (" + e.getMessage() + ")", e);
        }
    }

    private static String quote(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\"";
    }
}
