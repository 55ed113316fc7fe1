package io.orbitdc.core.study;

import io.orbitdc.core.geometry.ExportOptions;
import io.orbitdc.core.geometry.GeometryOutputs;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.batch.FleetWorkers;
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
 */
public record GeometryRun(Scenario scenario, GeometryRequest request, OrekitDataSetup data, GeometryReport report,
                          Optional<GeometryResult> events, int threads) {

    public GeometryRun {
        events = events == null ? Optional.empty() : events;
        threads = Math.max(1, threads);
    }

    /** A run without recorded events. */
    public GeometryRun(Scenario scenario, GeometryRequest request, OrekitDataSetup data, GeometryReport report) {
        this(scenario, request, data, report, Optional.empty(), 1);
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
        return new GeometryOutputs(data).writeAll(dir, request, eventLists(), options);
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
