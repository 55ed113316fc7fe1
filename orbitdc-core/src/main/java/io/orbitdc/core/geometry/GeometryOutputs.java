package io.orbitdc.core.geometry;

import io.orbitdc.core.files.AtomicOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orekit.propagation.Propagator;

/**
 * Writes every output of a geometry run into a directory, each file atomically:
 * {@code report.json}, {@code eclipses.csv}, {@code contacts.csv}, {@code saa.csv},
 * {@code beta.csv}, {@code fleet.czml} and, when asked, {@code oem/<id>.oem} per
 * evaluated satellite, each under the satellite's id (file names made safe by {@link #uniqueFileName}).
 * Returns the paths written, in that order.
 */
public final class GeometryOutputs {

    private final OrekitDataSetup data;

    public GeometryOutputs(OrekitDataSetup data) {
        this.data = data;
    }

    /** The report as pretty JSON (the {@code --json} output). */
    public static String reportJson(GeometryReport report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise geometry report: " + e.getMessage(), e);
        }
    }

    /**
     * A file name for satellite {@code id}: its characters outside {@code [A-Za-z0-9._-]} replaced
     * by {@code _} (no path separators, no control characters), and a {@code -2}, {@code -3}, ...
     * suffix when another satellite already took that name (ids "A/B" and "A_B" would collide).
     * Compared case-insensitively, as on macOS and Windows file systems. Adds the name to {@code taken}.
     */
    static String uniqueFileName(String id, java.util.Set<String> taken) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "_" + base; // never hidden, never "." or ".."
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** As {@link #writeAll(Path, GeometryRequest, GeometryResult, ExportOptions)} with both steps {@code sampleStepS}, OEM 3.0 created at the start. */
    public List<Path> writeAll(Path dir, GeometryRequest request, GeometryResult result, double sampleStepS, boolean oem) {
        return writeAll(dir, request, result, new ExportOptions(sampleStepS, oem, sampleStepS, 3, request.start()));
    }

    /**
     * Writes the event tables of {@code result}, the CZML of its satellites (at most
     * {@link #MAX_CZML_SATELLITES}, evenly spaced, so that a browser can load it) and, if asked,
     * one OEM per satellite. Each file is streamed: memory does not grow with the span.
     */
    public List<Path> writeAll(Path dir, GeometryRequest request, GeometryResult result, ExportOptions options) {
        List<Path> written = new ArrayList<>();
        Path report = dir.resolve("report.json");
        AtomicOutput.write(report, w -> w.write(reportJson(result.report())));
        written.add(report);
        Path ecl = dir.resolve("eclipses.csv");
        EventTables.writeEclipses(ecl, result.rows());
        written.add(ecl);
        Path con = dir.resolve("contacts.csv");
        EventTables.writeContacts(con, result.rows());
        written.add(con);
        Path saa = dir.resolve("saa.csv");
        EventTables.writeSaaPasses(saa, result.rows());
        written.add(saa);
        Path beta = dir.resolve("beta.csv");
        EventTables.writeBetaAngles(beta, result.rows());
        written.add(beta);

        Path czml = dir.resolve("fleet.czml");
        double pad = CzmlExport.paddingS(options.czmlStepS());
        new CzmlExport(data).write(czml, "orbitdc geometry",
                GeometryEngine.subset(result.evaluatedSatellites(), MAX_CZML_SATELLITES),
                s -> propagator(request, s, pad), request.stations(), result.rows(),
                request.start(), request.end(), options.czmlStepS());
        written.add(czml);
        if (options.oem()) {
            OemExport export = new OemExport(data);
            java.util.Set<String> taken = new java.util.HashSet<>();
            for (Satellite s : result.evaluatedSatellites()) {
                Path f = dir.resolve("oem").resolve(uniqueFileName(s.id(), taken) + ".oem");
                export.write(f, s, propagator(request, s, 0), request.start(), request.end(), options.oemStepS(),
                        options.creationDate(), options.oemVersion());
                written.add(f);
            }
        }
        return written;
    }

    /** Satellites a CZML holds at most: a year of 1,000 satellites at the default step is ~1 GB already. */
    public static final int MAX_CZML_SATELLITES = 1000;

    /** A satellite's propagator over the request's span widened by {@code padS} on each side. */
    private Propagator propagator(GeometryRequest request, Satellite s, double padS) {
        return GeometryEngine.boundedIfIntegrated(request.fleet().propagator().build(s, request.fleet().body(), data),
                data.date(request.start()).shiftedBy(-padS), data.date(request.end()).shiftedBy(padS));
    }
}
