package io.orbitdc.core.study;

import io.orbitdc.core.geometry.ExportOptions;
import io.orbitdc.core.geometry.GeometryOutputs;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.report.db.IntervalRow;
import io.orbitdc.core.report.db.RunDatabase;
import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.report.db.SatelliteRow;
import io.orbitdc.core.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link Study#geometry(GeometryOptions)}: the fleet report, and what is needed to
 * write its detailed outputs (event tables, CZML, CCSDS OEM) on request.
 *
 * @param scenario the scenario flown
 * @param request  the geometry request built from it (fleet, span, stations)
 * @param data     the Orekit data context used
 * @param report   the fleet report (eclipses, beta, contacts, SAA, drag, links)
 * @param events   the event lists of the same run, when {@link GeometryOptions#recordEvents()} asked for them
 * @param threads  worker threads, for a run that has to record its events again
 * @param scenarioSha256 SHA-256 of the scenario file (the results database's run row)
 */
public record GeometryRun(Scenario scenario, GeometryRequest request, OrekitDataSetup data, GeometryReport report,
                          Optional<GeometryResult> events, int threads, String scenarioSha256) {

    /** Name of the results database {@link #writeOutputs} writes beside the tables. */
    public static final String DATABASE = "results.duckdb";

    public GeometryRun {
        events = events == null ? Optional.empty() : events;
        threads = Math.max(1, threads);
        scenarioSha256 = scenarioSha256 == null ? RunMetadata.sha256(new byte[0]) : scenarioSha256;
    }

    /** A run without recorded events. */
    public GeometryRun(Scenario scenario, GeometryRequest request, OrekitDataSetup data, GeometryReport report) {
        this(scenario, request, data, report, Optional.empty(), 1, null);
    }

    /**
     * Writes the event tables, CZML and (with {@code oem}) one CCSDS OEM 3.0 per evaluated satellite
     * into {@code dir}, with the default steps and the real creation time.
     *
     * @return the files written
     */
    public List<Path> writeOutputs(Path dir, boolean oem) {
        return writeOutputs(dir, ExportOptions.defaults().withOem(oem));
    }

    /**
     * Writes the event tables, CZML and OEM files as {@code options} say into {@code dir}. The
     * tables are those of this run when it recorded its events (the fleet scan for J2-secular
     * fleets, Orekit's detectors on the evaluated subset otherwise); else the geometry runs again.
     *
     * @return the files written
     */
    public List<Path> writeOutputs(Path dir, ExportOptions options) {
        GeometryResult lists = eventLists();
        try {
            List<Path> written = new java.util.ArrayList<>(new GeometryOutputs(data).writeAll(dir, request, lists, options));
            written.add(writeDatabase(dir.resolve(DATABASE), lists));
            return written;
        } finally {
            if (events.isEmpty()) {
                lists.rows().close(); // computed for this call only: free its temporary file now
            }
        }
    }

    /**
     * The results database of a geometry run (docs/results-database.md): its {@code run} row, the
     * {@code satellites} table (the same ids as the CSV, CZML and OEM files) and the {@code intervals}
     * table (eclipses, contacts, SAA passes with UTC timestamps); the twin's tables stay empty.
     */
    private Path writeDatabase(Path file, GeometryResult lists) {
        List<Satellite> fleet = request.fleet().satellites();
        String version = Optional.ofNullable(GeometryRun.class.getPackage().getImplementationVersion())
                .orElse("0.1.0-SNAPSHOT");
        RunMetadata meta = new RunMetadata(scenario.name(), scenarioSha256, scenario.seed(), request.start(),
                request.duration().toNanos() * 1e-9, scenario.stepS(), 1, fleet.size(), version);
        try (RunDatabase db = RunDatabase.create(file, meta)) {
            db.writeSatellites(SatelliteRow.of(fleet, data.context().getTimeScales()));
            db.writeIntervals(IntervalRow.of(lists.rows(), fleet, request.start()));
            return db.commit();
        }
    }

    /** This run's event lists, computed now if the run did not record them. */
    public GeometryResult eventLists() {
        if (events.isPresent()) {
            return events.get();
        }
        try (FleetWorkers workers = new FleetWorkers(threads)) {
            return GeometryStage.events(scenario, request, data, workers, true);
        }
    }
}
