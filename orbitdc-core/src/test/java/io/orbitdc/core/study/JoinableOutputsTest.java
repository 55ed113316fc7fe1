package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orbitdc.core.geometry.ExportOptions;
import io.orbitdc.core.scenario.Overrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression checks of the joinable outputs (issue 15): one id per satellite in every output, and
 * DuckDB tables that join on the satellite index and on UTC time, checked with DuckDB itself.
 */
class JoinableOutputsTest {

    private static final Path SUNCATCHER = Path.of("..", "scenarios", "suncatcher-like.yaml");

    @Test
    void geometryIdsAreTheSameInTheCsvTheCzmlAndTheDatabase(@TempDir Path dir) throws Exception {
        Study study = Study.load(SUNCATCHER, Overrides.parse(List.of("duration=2 h")));
        GeometryRun run = study.geometry(GeometryOptions.defaults().withThreads(2).withEvents());
        run.writeOutputs(dir, new ExportOptions(900, false, 300, 3, Instant.EPOCH));
        Set<String> csv = new TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve("contacts.csv")).subList(1, Files.readAllLines(dir.resolve("contacts.csv")).size())) {
            csv.add(line.split(",")[0]);
        }
        Set<String> czml = new TreeSet<>();
        for (JsonNode packet : new ObjectMapper().readTree(dir.resolve("fleet.czml").toFile())) {
            if (packet.has("position") && packet.at("/position/cartesian").isArray()) {
                czml.add(packet.get("id").asText());
            }
        }
        try (Connection c = open(dir.resolve(GeometryRun.DATABASE))) {
            Set<String> db = new TreeSet<>(strings(c, "SELECT id FROM satellites ORDER BY satellite"));
            assertThat(db).hasSize(81).isEqualTo(czml);
            // every contact row of the CSV is a contact interval of the database, named through the satellites table
            Set<String> joined = new TreeSet<>(strings(c,
                    "SELECT DISTINCT s.id FROM intervals i JOIN satellites s USING (satellite) WHERE i.kind = 'contact'"));
            assertThat(joined).isEqualTo(csv);
            assertThat(count(c, "SELECT count(*) FROM intervals WHERE kind = 'contact'"))
                    .isEqualTo(Files.readAllLines(dir.resolve("contacts.csv")).size() - 1L);
            // start_utc = run.epoch_utc + start_s, to the microsecond, for every interval
            assertThat(count(c, "SELECT count(*) FROM intervals, run WHERE start_utc <> epoch_utc"
                    + " + to_microseconds(CAST(round(start_s * 1e6) AS BIGINT))")).isZero();
            assertThat(strings(c, "SELECT plane || '/' || slot FROM satellites WHERE id = 'shell-1-0_0'"))
                    .containsExactly("0/0");
        }
    }

    @Test
    void simulateSeriesJoinTheSatellitesTableByIndexAndCarryUtcTimes(@TempDir Path dir) throws Exception {
        Study study = Study.load(SUNCATCHER, Overrides.parse(List.of("duration=2 h")));
        Path db = dir.resolve("results.duckdb");
        study.simulate(SimulateOptions.of(2).recordedInto(new RunRecording(db, Optional.empty(), "test")));
        try (Connection c = open(db)) {
            assertThat(strings(c, "SELECT typeof(epoch_utc) FROM run")).containsExactly("TIMESTAMP WITH TIME ZONE");
            long series = count(c, "SELECT count(*) FROM series");
            assertThat(series).isPositive();
            // time_utc = epoch + time_s for every sample, and every sample's satellite has an id
            assertThat(count(c, "SELECT count(*) FROM series s JOIN satellites USING (satellite), run"
                    + " WHERE s.time_utc = run.epoch_utc + to_microseconds(CAST(round(s.time_s * 1e6) AS BIGINT))"))
                    .isEqualTo(series);
            assertThat(strings(c, "SELECT min(time_utc)::VARCHAR FROM series WHERE step = 0")).hasSize(1);
            assertThat(count(c, "SELECT count(DISTINCT id) FROM satellites")).isEqualTo(81);
        }
    }

    private static Connection open(Path file) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
