package io.orbitdc.core.geometry;

import io.orbitdc.core.files.AtomicOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orekit.propagation.Propagator;

/**
 * Writes every output of a geometry run into a directory, each file atomically:
 * {@code report.json}, {@code eclipses.csv}, {@code contacts.csv}, {@code saa.csv},
 * {@code beta.csv}, {@code fleet.czml} and, when {@code oem} is set, {@code oem/<id>.oem} per
 * evaluated satellite. Returns the paths written, in that order.
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

    public List<Path> writeAll(Path dir, GeometryRequest request, GeometryResult result, double sampleStepS, boolean oem) {
        List<Path> written = new ArrayList<>();
        Path report = dir.resolve("report.json");
        AtomicOutput.write(report, w -> w.write(reportJson(result.report())));
        written.add(report);
        Path ecl = dir.resolve("eclipses.csv");
        EventTables.writeEclipses(ecl, result.eclipses());
        written.add(ecl);
        Path con = dir.resolve("contacts.csv");
        EventTables.writeContacts(con, result.contacts());
        written.add(con);
        Path saa = dir.resolve("saa.csv");
        EventTables.writeSaaPasses(saa, result.saaPasses());
        written.add(saa);
        Path beta = dir.resolve("beta.csv");
        EventTables.writeBetaAngles(beta, result.betaAngles());
        written.add(beta);

        Map<String, Propagator> props = new LinkedHashMap<>();
        for (Satellite s : result.evaluatedSatellites()) {
            props.put(s.id(), GeometryEngine.boundedIfIntegrated(request.fleet().propagator().build(s, request.fleet().body(), data),
                    data.date(request.start()), data.date(request.end())));
        }
        Path czml = dir.resolve("fleet.czml");
        new CzmlExport(data).write(czml, "orbitdc geometry", result.evaluatedSatellites(), props, request.stations(),
                result.eclipses(), result.contacts(), request.start(), request.end(), sampleStepS);
        written.add(czml);
        if (oem) {
            OemExport export = new OemExport(data);
            java.util.Set<String> taken = new java.util.HashSet<>();
            for (Satellite s : result.evaluatedSatellites()) {
                Path f = dir.resolve("oem").resolve(uniqueFileName(s.id(), taken) + ".oem");
                export.write(f, s, props.get(s.id()), request.start(), request.end(), sampleStepS, request.start());
                written.add(f);
            }
        }
        return written;
    }
}
