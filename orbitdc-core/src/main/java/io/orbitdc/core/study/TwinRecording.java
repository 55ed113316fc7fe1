package io.orbitdc.core.study;

import io.orbitdc.core.report.SimulationReport;
import io.orbitdc.core.InputException;
import io.orbitdc.core.report.db.RunDatabase;
import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.report.db.RunResults;
import io.orbitdc.core.report.db.SatelliteRow;
import java.nio.file.Path;

/**
 * Flies a twin run while recording it into a results database (docs/results-database.md): the
 * database is created beside its destination, filled as the satellites fly, given the run's
 * summary, and moved into place only then (RunDatabase commits atomically); an export of its
 * tables, if asked for, is written from the committed file.
 */
final class TwinRecording {

    private TwinRecording() {
    }

    static SimulationReport fly(Study study, SimulateStage.Simulation sim, SimulateOptions options,
                                              RunRecording target) {
        RunMetadata meta = RunMetadata.of(sim.scenario(), study.scenarioBytes(), options.everySteps(),
                sim.timeline().satelliteCount(), target.orbitdcVersion());
        RunDatabase created;
        try {
            created = RunDatabase.create(target.database(), meta);
        } catch (RuntimeException e) {
            // a file where the directory should be, a directory where the database should be, no
            // permission: the user's output location, not an internal error
            throw new InputException("cannot create " + target.database() + ": " + e.getMessage(), e);
        }
        SimulationReport report;
        try (RunDatabase db = created) {
            db.writeSatellites(SatelliteRow.of(sim.request().fleet().satellites(), sim.data().context().getTimeScales()));
            report = SimulateStage.run(sim, options.threads(), options.progress().andThen(db.recorder()),
                    options.everySteps());
            options.phases().phase("writing results database");
            db.writeSummary(report.summary());
            db.commit();
        }
        target.export().ifPresent(f -> {
            options.phases().phase("exporting tables");
            try (RunResults results = RunResults.open(target.database())) {
                results.exportAll(f, target.database().toAbsolutePath().getParent());
            }
        });
        return report;
    }
}
