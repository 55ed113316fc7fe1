package io.orbitdc.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.InputException;
import io.orbitdc.core.study.Study;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an existing sweep's points table (DESIGN.md "Sweep file (v1)") as the verdict's sample. */
class SweepResultsSampleTest {

    @Test
    void readsRowsWithoutErrorInPointOrder(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sweep.duckdb").toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE axes (path VARCHAR, unit VARCHAR, steps INTEGER, kind VARCHAR)");
            st.execute("INSERT INTO axes VALUES ('launch.pricePerKg', 'USD/kg', 5, 'grid')");
            st.execute("CREATE TABLE uncertain (path VARCHAR, unit VARCHAR, nominal DOUBLE, grade VARCHAR,"
                    + " spread DOUBLE, source VARCHAR)");
            st.execute("INSERT INTO uncertain VALUES ('economics.acceleratorFailureRate', '/yr', 0.09, 'U', 0.5, 'x')");
            st.execute("CREATE TABLE points (point BIGINT, \"launch.pricePerKg\" DOUBLE, seed BIGINT,"
                    + " \"draw.economics.acceleratorFailureRate\" DOUBLE, \"cost.spaceToGroundRatio\" DOUBLE,"
                    + " \"cost.space.usdPerGpuHour\" DOUBLE, \"cost.ground.usdPerGpuHour\" DOUBLE, \"cost.space.usdPerMwh\" DOUBLE,"
                    + " \"cost.ground.usdPerMwh\" DOUBLE, error VARCHAR)");
            // ratio = price / 100; point 2 failed; rows inserted out of order
            st.execute("INSERT INTO points VALUES (3, 300, 1, 0.1, 3.0, 3.0, 1.0, 30, 10, NULL),"
                    + " (0, 0, 1, 0.1, 0.0, 0.0, 1.0, 0, 10, NULL), (1, 100, 1, 0.1, 1.0, 1.0, 1.0, 10, 10, NULL),"
                    + " (2, 200, 1, 0.1, NULL, NULL, NULL, NULL, NULL, 'bad'), (4, 400, 1, 0.1, 4.0, 4.0, 1.0, 40, 10, NULL)");
        }
        Study study = Study.load(Path.of("../scenarios/suncatcher-like.yaml"));
        Sample s = new SweepResultsSample(dir).sample(study);
        assertThat(s.inputs()).containsExactly("launch.pricePerKg", "draw.economics.acceleratorFailureRate");
        assertThat(s.ratio()).containsExactly(0.0, 1.0, 3.0, 4.0);
        assertThat(s.x()[2][0]).isEqualTo(300.0);
        assertThat(s.spaceUsdPerMwh()).containsExactly(0.0, 10.0, 30.0, 40.0);
        // type-7 median of {0, 1, 3, 4} = 2
        assertThat(Quantiles.of(s.ratio(), 0.50)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void aDirectoryWithoutASweepIsBadInput(@TempDir Path dir) {
        Study study = Study.load(Path.of("../scenarios/suncatcher-like.yaml"));
        assertThatThrownBy(() -> new SweepResultsSample(dir).sample(study)).isInstanceOf(InputException.class)
                .hasMessageContaining("no sweep.duckdb");
    }
}
