package io.orbitdc.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.orbitdc.core.InputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a sweep.duckdb for the report, and the heat map and CDF made of it, against hand-computed values. */
class SweepResultsTest {

    @Test
    void heatMapCellsAreTheMeanRatioOfTheirPointsAndTheCdfCoversEveryPoint(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sweep.duckdb").toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE axes (path VARCHAR, unit VARCHAR, steps INTEGER, kind VARCHAR)");
            st.execute("INSERT INTO axes VALUES ('target.itPower', 'W', 1, 'number'),"
                    + " ('launch.pricePerKg', 'USD/kg', 2, 'number'), ('satellite.radiator.temperature', 'K', 2, 'number')");
            st.execute("CREATE TABLE points (point BIGINT, \"target.itPower\" DOUBLE, \"launch.pricePerKg\" DOUBLE,"
                    + " \"satellite.radiator.temperature\" DOUBLE, \"cost.spaceToGroundRatio\" DOUBLE,"
                    + " \"cost.space.usdPerGpuHour\" DOUBLE, \"cost.ground.usdPerGpuHour\" DOUBLE, error VARCHAR)");
            // two draws per cell; point 5 failed; the constant itPower axis is not shown
            st.execute("INSERT INTO points VALUES"
                    + " (0, 1e9, 100, 300, 1.0, 2.0, 2.0, NULL), (1, 1e9, 100, 300, 3.0, 6.0, 2.0, NULL),"
                    + " (2, 1e9, 1000, 300, 5.0, 10.0, 2.0, NULL), (3, 1e9, 1000, 300, 7.0, 14.0, 2.0, NULL),"
                    + " (4, 1e9, 100, 350, 0.5, 1.0, 2.0, NULL), (5, 1e9, 100, 350, NULL, NULL, NULL, 'bad'),"
                    + " (6, 1e9, 1000, 350, 2.0, 4.0, 2.0, NULL)");
        }
        SweepResults sweep = SweepResults.read(dir, "--from " + dir);
        assertThat(sweep.axes()).extracting(SweepResults.Axis::path)
                .containsExactly("launch.pricePerKg", "satellite.radiator.temperature");
        assertThat(sweep.axes().get(0).values()).containsExactly("100", "1000");
        assertThat(sweep.points()).hasSize(6);
        assertThat(sweep.failed()).isEqualTo(1);

        HtmlReport.Section section = SweepSection.of(sweep);
        JsonNode cells = section.charts().get(0).option().at("/series/0/data");
        // hand means: (100, 300) = (1 + 3) / 2 = 2; (1000, 300) = (5 + 7) / 2 = 6; (100, 350) = 0.5; (1000, 350) = 2
        assertThat(cells.toString()).isEqualTo("[[0,0,2],[0,1,0.5],[1,0,6],[1,1,2]]");
        JsonNode cdf = section.charts().get(1).option().at("/series/0/data");
        assertThat(cdf.size()).isEqualTo(6);
        assertThat(cdf.get(0).toString()).isEqualTo("[0.5,0.166667]"); // 1 of 6 points at or below 0.5
        assertThat(cdf.get(5).get(1).asDouble()).isEqualTo(1.0);
        // one of six ratios below 1
        assertThat(section.figures().get(2).value()).isEqualTo("16.7 %");
        // type 7 of {0.5, 1, 2, 3, 5, 7}: P10 = 0.5 + 0.5 (1 - 0.5), P50 = (2 + 3) / 2, P90 = 5 + 0.5 (7 - 5)
        assertThat(section.figures().get(1).value()).isEqualTo("0.750 / 2.500 / 6.000");
        assertThat(sweep.points().get(0).ratio()).isCloseTo(1.0, within(0.0));
    }

    @Test
    void aSweepWithoutTheCostStageIsBadInput(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sweep.duckdb").toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE axes (path VARCHAR, unit VARCHAR, steps INTEGER, kind VARCHAR)");
            st.execute("CREATE TABLE points (point BIGINT, \"size.fleet.satellites\" DOUBLE, error VARCHAR)");
        }
        assertThatThrownBy(() -> SweepResults.read(dir, "--from x")).isInstanceOf(InputException.class)
                .hasMessageContaining("--from x: the sweep's points table has no cost.spaceToGroundRatio column");
    }
}
