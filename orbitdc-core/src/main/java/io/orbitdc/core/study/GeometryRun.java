package io.orbitdc.core.study;

import io.orbitdc.core.geometry.GeometryOutputs;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * The answer of {@link Study#geometry(GeometryOptions)}: the fleet report, and what is needed to
 * write its detailed outputs (event tables, CZML, CCSDS OEM) on request.
 *
 * @param scenario the scenario flown
 * @param request  the geometry request built from it (fleet, span, stations)
 * @param data     the Orekit data context used
 * @param report   the fleet report (eclipses, beta, contacts, SAA, drag, links)
 */
public record GeometryRun(Scenario scenario, GeometryRequest request, OrekitDataSetup data, GeometryReport report) {

    /**
     * Writes the event tables, CZML and (with {@code oem}) one CCSDS OEM per evaluated satellite
     * into {@code dir}; these come from Orekit's detectors on the evaluated subset of the fleet.
     *
     * @return the files written
     */
    public List<Path> writeOutputs(Path dir, boolean oem) {
        GeometryResult events = GeometryStage.run(request, data);
        return new GeometryOutputs(data).writeAll(dir, request, events, scenario.stepS(), oem);
    }
}
