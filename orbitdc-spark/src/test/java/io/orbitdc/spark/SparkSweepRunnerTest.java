package io.orbitdc.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.sweep.SweepFileReader;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression check across engines: the same sweep (a grid, a Latin-hypercube design over the
 * catalog's graded inputs, a point the scenario's bounds refuse) run by the local runner and on
 * Spark local[2] gives the same points table, column for column, type for type, row for row.
 */
class SparkSweepRunnerTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private SweepSource source() throws Exception {
        Path f = tmp.resolve("s.yaml");
        // 500 C (a middle value: the plan checks the first and last) is above the scenario's radiator bound (330 C):
        // those points fail and record their error
        Files.writeString(f, "sweep: 1\nbase: " + SCENARIOS.resolve("suncatcher-like.yaml") + "\n" + """
                stages: [size, cost]
                axes:
                  - { path: launch.pricePerKg, from: 100 USD/kg, to: 3600 USD/kg, steps: 2, scale: log }
                  - { path: satellite.radiator.temperature, values: [25 C, 500 C, 65 C] }
                random: { draws: 4, method: latin-hypercube, seed: 11, uncertain: catalog }
                """);
        return SweepSource.of(SweepFileReader.read(f), Overrides.none());
    }

    @Test
    void sparkWritesTheLocalRunnersPointsTableRowForRow() throws Exception {
        SweepSource source = source();
        SweepPlan plan = SweepPlan.create(SweepFileReader.read(Path.of(source.sweepFile())));
        SweepRunner.run(plan, tmp.resolve("local"), SweepRunner.Options.of(2));
        SweepRunner.Summary s = SparkSweepRunner.run(LocalSpark.context(), source, tmp.resolve("spark"),
                SweepRunner.Options.of(1).withBatch(5).withParquet(true));

        assertThat(s.points()).isEqualTo(24);
        List<String> local = table(tmp.resolve("local"), "SELECT * FROM points ORDER BY point");
        assertThat(local).hasSize(25); // header + 24 points
        assertThat(table(tmp.resolve("spark"), "SELECT * FROM points ORDER BY point")).isEqualTo(local);
        assertThat(table(tmp.resolve("spark"), "SELECT * FROM points")).as("stored in id order").isEqualTo(local);
        assertThat(table(tmp.resolve("spark"), "SELECT * FROM read_parquet('" + tmp.resolve("spark/points.parquet") + "')"))
                .isEqualTo(local);
        assertThat(table(tmp.resolve("spark"), "SELECT complete FROM sweep_run")).containsExactly("complete:BOOLEAN", "true");
        assertThat(table(tmp.resolve("spark"), "SELECT count(*) FROM points WHERE error LIKE '--set satellite.radiator.temperature%'"))
                .containsExactly("count_star():BIGINT", "8");
        assertThat(s.failed()).isEqualTo(8);
    }

    @Test
    void sparkResumesALocalRunKilledHalfWayWithNoPointLostOrDuplicated() throws Exception {
        SweepSource source = source();
        SweepPlan plan = source.plan();
        Path dir = tmp.resolve("killed");
        assertThatThrownBy(() -> SweepRunner.run(plan, dir, SweepRunner.Options.of(1).withBatch(5).withProgress((done, total, failed) -> {
            if (done >= 10) {
                throw new IllegalStateException("killed by the test after " + done + " points");
            }
        }))).hasMessageContaining("killed by the test");
        SweepRunner.Summary s = SparkSweepRunner.run(LocalSpark.context(), source, dir, SweepRunner.Options.of(1));
        assertThat(s.resumedFrom()).isEqualTo(10);
        assertThat(s.evaluated()).isEqualTo(14);
        SweepRunner.run(plan, tmp.resolve("whole"), SweepRunner.Options.of(1));
        assertThat(table(dir, "SELECT * FROM points")).isEqualTo(table(tmp.resolve("whole"), "SELECT * FROM points ORDER BY point"));
    }

    /** The result as text lines: a header of name:type per column, then one line per row. */
    static List<String> table(Path dir, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sweep.duckdb").toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> out = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                head.append(i > 1 ? "|" : "").append(md.getColumnName(i)).append(':').append(md.getColumnTypeName(i));
            }
            out.add(head.toString());
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }
}
