package io.orbitdc.core.geometry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * Reads the SGP4 mean elements of a CCSDS Orbit Mean-elements Message in KVN form (CCSDS
 * 502.0-B-3 §4) and builds the equivalent Orekit {@link TLE}. Our own reader, because Orekit's
 * OMM parser resolves CENTER_NAME through JPL ephemerides, which the bundled data lacks.
 * Supports one object per file, MEAN_ELEMENT_THEORY = SGP4 (or SGP/4), TIME_SYSTEM = UTC.
 * MEAN_MOTION_DOT/DDOT are converted like TLE fields; SGP4 does not use them.
 */
final class OmmKvnReader {

    private OmmKvnReader() {
    }

    /** (name, TLE) of the message. */
    record Entry(String name, TLE tle) {
    }

    static Entry read(String fileName, String text, OrekitDataSetup data) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("COMMENT") || eq < 0) {
                continue;
            }
            kv.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        String theory = kv.getOrDefault("MEAN_ELEMENT_THEORY", "");
        if (!theory.replace("/", "").equalsIgnoreCase("SGP4")) {
            throw new IllegalArgumentException(fileName + ": MEAN_ELEMENT_THEORY '" + theory + "'; expected SGP4");
        }
        String ts = kv.getOrDefault("TIME_SYSTEM", "");
        if (!ts.equalsIgnoreCase("UTC")) {
            throw new IllegalArgumentException(fileName + ": TIME_SYSTEM '" + ts + "'; expected UTC");
        }
        String epochText = require(kv, "EPOCH", fileName);
        Instant epoch = Instant.parse(epochText.endsWith("Z") ? epochText : epochText + "Z");
        String objectId = kv.getOrDefault("OBJECT_ID", "2000-001A");
        int launchYear = 0;
        int launchNumber = 0;
        String piece = "A";
        if (objectId.matches("\\d{4}-\\d{3}[A-Z]{1,3}")) {
            launchYear = Integer.parseInt(objectId.substring(2, 4));
            launchNumber = Integer.parseInt(objectId.substring(5, 8));
            piece = objectId.substring(8);
        }
        double revPerDayToRadPerS = 2.0 * Math.PI / 86400.0;
        // Same scaling as the TLE fields (rev/day² and rev/day³ with the TLE's ½ and ⅙ conventions).
        double ndot = num(kv, "MEAN_MOTION_DOT", 0.0, fileName) * Math.PI / 1.86624e9;
        double nddot = num(kv, "MEAN_MOTION_DDOT", 0.0, fileName) * Math.PI / 5.3747712e13;
        TLE tle = new TLE((int) num(kv, "NORAD_CAT_ID", 99999, fileName), kv.getOrDefault("CLASSIFICATION_TYPE", "U").charAt(0),
                launchYear, launchNumber, piece, (int) num(kv, "EPHEMERIS_TYPE", 0, fileName),
                (int) num(kv, "ELEMENT_SET_NO", 999, fileName), data.date(epoch),
                num(kv, "MEAN_MOTION", Double.NaN, fileName) * revPerDayToRadPerS, ndot, nddot,
                num(kv, "ECCENTRICITY", Double.NaN, fileName), Math.toRadians(num(kv, "INCLINATION", Double.NaN, fileName)),
                Math.toRadians(num(kv, "ARG_OF_PERICENTER", Double.NaN, fileName)),
                Math.toRadians(num(kv, "RA_OF_ASC_NODE", Double.NaN, fileName)),
                Math.toRadians(num(kv, "MEAN_ANOMALY", Double.NaN, fileName)), (int) num(kv, "REV_AT_EPOCH", 0, fileName),
                num(kv, "BSTAR", 0.0, fileName), data.utc());
        return new Entry(kv.getOrDefault("OBJECT_NAME", "NORAD-" + tle.getSatelliteNumber()), tle);
    }

    private static String require(Map<String, String> kv, String key, String fileName) {
        String v = kv.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(fileName + ": missing " + key);
        }
        return v;
    }

    private static double num(Map<String, String> kv, String key, double fallback, String fileName) {
        String v = kv.get(key);
        if (v == null || v.isBlank()) {
            if (Double.isNaN(fallback)) {
                throw new IllegalArgumentException(fileName + ": missing " + key);
            }
            return fallback;
        }
        try {
            return Double.parseDouble(v.split("\\s+")[0].replace("[", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(fileName + ": " + key + " = '" + v + "' is not a number");
        }
    }
}
