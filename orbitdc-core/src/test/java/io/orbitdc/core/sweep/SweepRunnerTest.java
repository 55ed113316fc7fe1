package io.orbitdc.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.InputException;
import io.orbitdc.core.study.ShippedCatalogs;
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

/** The sweep runner: determinism across thread counts, resume after a kill, failure isolation, completion flag. */
class SweepRunnerTest {

    private static final ShippedCatalogs CATALOGS = ShippedCatalogs.load();
    private static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private SweepPlan plan(String body) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "sweep: 1\nbase: " + SCENARIOS.resolve("suncatcher-like.yaml") + "\n" + body);
        return SweepPlan.create(SweepFileReader.read(f), CATALOGS);
    }

    private static final String GRID = """
            stages: [size, cost]
            axes:
              - { path: launch.pricePerKg, from: 100 USD/kg, to: 3600 USD/kg, steps: 4, scale: log }
              - { path: satellite.radiator.temperature, values: [25 C, 65 C] }
            random: { draws: 3, method: latin-hypercube, seed: 7, uncertain: catalog }
            """;

    @Test
    void pointIdsAreTheCartesianProductTimesDrawsWithTheLastAxisFastest() throws Exception {
        SweepPlan p = plan(GRID);
        assertThat(p.size()).isEqualTo(4 * 2 * 3);
        SweepPoint point = p.point(3); // draw 0 of (price 0, temperature 1)
        assertThat(point.axisValues().get(0).number()).isEqualTo(100.0);
        assertThat(point.axisValues().get(1).text()).isEqualTo("65 C");
        assertThat(p.point(23).axisValues().get(0).number()).isEqualTo(3600.0);
        // common random numbers: the same draw index gives the same draws at every grid point
        assertThat(p.point(3).drawn()).containsExactly(p.point(0).drawn());
        assertThat(p.point(1).drawn()).isNotEqualTo(p.point(0).drawn());
    }

    @Test
    void latinHypercubePutsOneDrawInEachStratumOfEveryInput() throws Exception {
        SweepPlan p = plan("stages: [cost]\nrandom: { draws: 20, method: latin-hypercube, seed: 3, uncertain: catalog }\n");
        for (int j = 0; j < p.uncertain().size(); j++) {
            UncertainInput u = p.uncertain().get(j);
            boolean[] seen = new boolean[20];
            for (int d = 0; d < 20; d++) {
                double v = p.point(d).drawn()[j];
                if (v <= u.min() || v >= u.max()) {
                    continue; // clamped: its stratum cannot be told from the value
                }
                // invert the lognormal: z, then the standard normal CDF gives the stratum
                double z = Math.log(v / u.nominal()) / (Math.log1p(u.spread()) / GradeSpreads.Z90);
                double cdf = 0.5 * org.hipparchus.special.Erf.erfc(-z / Math.sqrt(2));
                int stratum = (int) Math.floor(cdf * 20);
                assertThat(seen[stratum]).as("input %s stratum %d twice", u.path(), stratum).isFalse();
                seen[stratum] = true;
            }
        }
    }

    @Test
    void resultsDoNotDependOnThreadsAndARunResumesWithNoPointLostOrDuplicated() throws Exception {
        SweepPlan p = plan(GRID);
        SweepRunner.run(p, tmp.resolve("one"), SweepRunner.Options.of(1).withBatch(5));
        SweepRunner.run(p, tmp.resolve("two"), SweepRunner.Options.of(2).withBatch(7));
        List<String> one = rows(tmp.resolve("one"));
        assertThat(one).hasSize(24);
        assertThat(rows(tmp.resolve("two"))).isEqualTo(one);

        // a kill after 2 batches (10 points): the test hook throws from the progress callback
        Path killed = tmp.resolve("killed");
        assertThatThrownBy(() -> SweepRunner.run(p, killed, SweepRunner.Options.of(2).withBatch(5).withProgress((done, total, failed) -> {
            if (done >= 10) {
                throw new IllegalStateException("killed by the test after " + done + " points");
            }
        }))).hasMessageContaining("killed by the test");
        assertThat(query(killed, "SELECT count(*) FROM points")).containsExactly("10");
        assertThat(query(killed, "SELECT complete FROM sweep_run")).containsExactly("false");
        SweepRunner.Summary again = SweepRunner.run(p, killed, SweepRunner.Options.of(2).withBatch(4));
        assertThat(again.resumedFrom()).isEqualTo(10);
        assertThat(rows(killed)).isEqualTo(one);
        assertThat(query(killed, "SELECT complete FROM sweep_run")).containsExactly("true");
    }

    @Test
    void aStopAsksNoFurtherPointAndLeavesAPrefixThatARerunCompletes() throws Exception {
        SweepPlan p = plan(GRID);
        SweepRunner.run(p, tmp.resolve("whole"), SweepRunner.Options.of(1));
        List<String> whole = rows(tmp.resolve("whole"));
        Path stopped = tmp.resolve("stopped");
        // one worker, batches of 5: the stop is first true inside the second batch (call 9 of
        // loop check, 5 points, loop check, 2 points), where the parallel stream may have skipped any point
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        SweepRunner.Summary part = SweepRunner.run(p, stopped, SweepRunner.Options.of(1).withBatch(5)
                .withStop(() -> asked.incrementAndGet() > 9));
        assertThat(part.complete()).isFalse();
        long done = Long.parseLong(query(stopped, "SELECT count(*) FROM points").get(0));
        assertThat(done).isBetween(5L, 7L).isEqualTo(part.evaluated());
        // a prefix: the points stored are exactly 0 … done−1
        assertThat(query(stopped, "SELECT max(point) FROM points")).containsExactly(String.valueOf(done - 1));
        assertThat(query(stopped, "SELECT complete FROM sweep_run")).containsExactly("false");
        SweepRunner.Summary rest = SweepRunner.run(p, stopped, SweepRunner.Options.of(3).withBatch(4));
        assertThat(rest.resumedFrom()).isEqualTo(done);
        assertThat(rest.complete()).isTrue();
        assertThat(rows(stopped)).isEqualTo(whole);
    }

    @Test
    void aFailingPointRecordsItsErrorAndTheSweepGoesOn() throws Exception {
        // an emissivity above 1 is refused by the scenario's bounds at that point only
        SweepPlan p = plan("stages: [size]\naxes:\n  - { path: satellite.radiator.emissivity, values: [0.9, 1.5, 0.8] }\n");
        SweepRunner.run(p, tmp.resolve("f"), SweepRunner.Options.of(2));
        List<String> errors = query(tmp.resolve("f"), "SELECT coalesce(error, 'ok') FROM points ORDER BY point");
        assertThat(errors.get(0)).isEqualTo("ok");
        assertThat(errors.get(1)).startsWith("--set satellite.radiator.emissivity").contains("expected");
        assertThat(errors.get(2)).isEqualTo("ok");
        assertThat(query(tmp.resolve("f"), "SELECT \"size.satellite.massKg\" IS NULL FROM points ORDER BY point"))
                .containsExactly("false", "true", "false");
    }

    @Test
    void aDifferentSweepInTheSameDirectoryIsRefused() throws Exception {
        SweepRunner.run(plan("stages: [size]\naxes:\n  - { path: satellite.shielding, values: [5 mm] }\n"), tmp.resolve("d"),
                SweepRunner.Options.of(1));
        SweepPlan other = plan("stages: [size]\naxes:\n  - { path: satellite.shielding, values: [6 mm] }\n");
        assertThatThrownBy(() -> SweepRunner.run(other, tmp.resolve("d"), SweepRunner.Options.of(1)))
                .isInstanceOf(InputException.class).hasMessageContaining("different sweep");
    }

    @Test
    void anAxisTheBaseRefusesIsALocatedErrorOfTheSweepFile() {
        assertThatThrownBy(() -> plan("axes:\n  - { path: launch.pricePerKgg, values: [1 USD/kg] }\n"))
                .hasMessageContaining("s.yaml:4:5 axes[0]: value '1 USD/kg' for launch.pricePerKgg: unknown field; did you mean 'pricePerKg'?");
    }

    private static List<String> rows(Path dir) throws SQLException {
        return query(dir, "SELECT * FROM points ORDER BY point");
    }

    private static List<String> query(Path dir, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(SweepStore.FILE).toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
