package io.orbitdc.examples;

import io.orbitdc.core.study.RunRecording;
import io.orbitdc.core.study.SimulateOptions;
import io.orbitdc.core.study.SimulationRun;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.twin.StepRecorder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Flies a scenario's digital twin with the {@link Study} API — what {@code orbitdc simulate --out}
 * does — recording every satellite's state into a DuckDB results database
 * (docs/results-database.md), then queries that file with plain JDBC: the lowest battery state of
 * charge and the hottest die of the run, per satellite.
 *
 * <p>Run: {@code java -cp ... io.orbitdc.examples.FlyATwinAndQueryResults scenarios/starcloud-1.yaml /tmp/run}
 */
public final class FlyATwinAndQueryResults {

    private FlyATwinAndQueryResults() {
    }

    public static void main(String[] args) throws SQLException {
        run(Path.of(args.length > 0 ? args[0] : "scenarios/starcloud-1.yaml"),
                Path.of(args.length > 1 ? args[1] : "out/example-twin"), System.out);
    }

    /** @return the lowest state of charge found in the database */
    static double run(Path scenario, Path outDir, PrintStream out) throws SQLException {
        Path database = outDir.resolve("results.duckdb");
        SimulateOptions options = SimulateOptions.of(2)
                .sampledEvery(10, StepRecorder.NONE) // every 10th step of each satellite into the database
                .recordedInto(new RunRecording(database, Optional.empty(), "example"));
        SimulationRun run = Study.load(scenario).simulate(options);
        out.printf(Locale.ROOT, "delivered %.1f %% of nameplate compute over %d steps%n",
                100 * run.twin().summary().compute().goodputFraction(), run.twin().steps());
        double lowest = 1.0;
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), readOnly);
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT satellite, min(soc) AS min_soc, max(die_k) - 273.15 AS max_die_c,"
                     + " count(*) AS samples FROM series GROUP BY satellite ORDER BY satellite")) {
            while (rs.next()) {
                lowest = Math.min(lowest, rs.getDouble("min_soc"));
                out.printf(Locale.ROOT, "satellite %d: lowest charge %.1f %%, hottest die %.1f C (%d samples)%n",
                        rs.getInt("satellite"), 100 * rs.getDouble("min_soc"), rs.getDouble("max_die_c"), rs.getLong("samples"));
            }
        }
        return lowest;
    }
}
