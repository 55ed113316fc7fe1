package io.orbitdc.core.report.db;

import io.orbitdc.core.scenario.Scenario;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What identifies a run: the one row of the {@code run} table. It holds only what determines
 * the results (scenario, seed, time grid, code version), never the thread count or wall time, so
 * the same scenario and seed give the same row.
 *
 * @param scenarioName     scenario name
 * @param scenarioSha256   SHA-256 of the scenario file's bytes, 64 lowercase hex digits
 * @param seed             run seed
 * @param epoch            mission start (UTC)
 * @param durationS        simulated span, s (&gt; 0)
 * @param stepS            time step, s (&gt; 0)
 * @param recordEverySteps recording interval, steps (≥ 1)
 * @param satellites       satellites flown (≥ 1)
 * @param orbitdcVersion   version of orbitdc that wrote the file (e.g. "0.1.0-SNAPSHOT")
 */
public record RunMetadata(String scenarioName, String scenarioSha256, long seed, Instant epoch, double durationS,
                          double stepS, int recordEverySteps, int satellites, String orbitdcVersion) {

    public RunMetadata {
        Objects.requireNonNull(scenarioName, "scenario name");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(orbitdcVersion, "orbitdc version");
        if (scenarioSha256 == null || !scenarioSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("scenario SHA-256: found " + scenarioSha256
                    + "; expected 64 lowercase hex digits");
        }
        if (!(durationS > 0.0) || !Double.isFinite(durationS)) {
            throw new IllegalArgumentException("duration: found " + durationS + " s; expected a finite value > 0");
        }
        if (!(stepS > 0.0) || !Double.isFinite(stepS)) {
            throw new IllegalArgumentException("step: found " + stepS + " s; expected a finite value > 0");
        }
        if (recordEverySteps < 1) {
            throw new IllegalArgumentException("recording interval: found " + recordEverySteps + " steps; expected ≥ 1");
        }
        if (satellites < 1) {
            throw new IllegalArgumentException("satellites: found " + satellites + "; expected ≥ 1");
        }
    }

    /** The metadata of a run of {@code scenario}, whose file held {@code scenarioBytes}. */
    public static RunMetadata of(Scenario scenario, byte[] scenarioBytes, int recordEverySteps, int satellites,
                                 String orbitdcVersion) {
        return new RunMetadata(scenario.name(), sha256(scenarioBytes), scenario.seed(), scenario.epoch(),
                scenario.durationS(), scenario.stepS(), recordEverySteps, satellites, orbitdcVersion);
    }

    /** SHA-256 of {@code bytes} as 64 lowercase hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (java.security.MessageDigest Javadoc)
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
