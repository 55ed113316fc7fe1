package io.orbitdc.core.study;

import io.orbitdc.core.report.db.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and how {@link Study#simulate(SimulateOptions)} records a twin run.
 *
 * @param database       the results database file to create (docs/results-database.md); it appears,
 *                       or replaces an older one, only once the run is complete
 * @param export         also export its tables into the database's folder in this format
 * @param orbitdcVersion version string stored in the run's metadata
 */
public record RunRecording(Path database, Optional<ExportFormat> export, String orbitdcVersion) {

    public RunRecording {
        if (database == null || export == null || orbitdcVersion == null) {
            throw new IllegalArgumentException("database, export and version must be given");
        }
    }
}
