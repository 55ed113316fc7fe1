package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;

/**
 * Satellites read from a two-line-element file (2- or 3-line format, an optional name line
 * before each pair) or from a single CCSDS OMM in KVN or XML form (read by Orekit's OmmParser,
 * {@link OmmReader}), to be propagated with SGP4/SDP4.
 * The initial {@link Satellite#orbit()} is the SGP4 state at the TLE epoch, converted to GCRF.
 * Validity: as SGP4 (km-level accuracy near epoch, growing ~1–3 km/day). ref: vallado-2006-sgp4
 */
public final class TleFleet {

    private TleFleet() {
    }

    /** Reads a TLE or OMM file; the shell name is given to every satellite. */
    public static List<Satellite> read(Path file, String shell, OrekitDataSetup data) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read TLE/OMM file " + file + ": " + e.getMessage(), e);
        }
        String head = text.stripLeading();
        if (head.startsWith("<") || head.startsWith("CCSDS_OMM_VERS")) {
            OmmReader.Entry e = OmmReader.read(file.toString(), text, data);
            return List.of(satellite(e.name(), shell, e.tle(), 0, data));
        }
        return parseTle(file.toString(), text, shell, data);
    }

    /** Parses TLE text ({@code name} is used in error messages). */
    public static List<Satellite> parseTle(String name, String text, String shell, OrekitDataSetup data) {
        List<String> lines = text.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
        List<Satellite> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        String pendingName = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("1 ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("2 ")) {
                String l2 = lines.get(i + 1);
                String problem;
                try {
                    problem = TLE.isFormatOK(l, l2) ? null : "bad format";
                } catch (OrekitException e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    throw new InputException(name + " line " + (i + 1) + ": malformed TLE (" + problem + ")");
                }
                TLE tle = new TLE(l, l2, data.utc());
                String id = pendingName != null ? pendingName : "NORAD-" + tle.getSatelliteNumber();
                if (!ids.add(id)) {
                    // catalogs repeat names ("DEB", "R/B"); the NORAD number tells them apart
                    id = id + " NORAD-" + tle.getSatelliteNumber();
                    if (!ids.add(id)) {
                        throw new InputException(name + " line " + (i + 1) + ": satellite " + id
                                + " appears twice; expected each element set once");
                    }
                }
                out.add(satellite(id, shell, tle, out.size(), data));
                pendingName = null;
                i++;
            } else if (l.startsWith("0 ")) {
                pendingName = l.substring(2).trim();
            } else if (!l.startsWith("1 ") && !l.startsWith("2 ")) {
                pendingName = l.trim();
            } else {
                throw new InputException(name + " line " + (i + 1) + ": TLE line without its partner: " + l);
            }
        }
        if (out.isEmpty()) {
            throw new InputException(name + ": no two-line element sets found");
        }
        return out;
    }

    private static Satellite satellite(String id, String shell, TLE tle, int slot, OrekitDataSetup data) {
        checkWithinOrbitModels(id, tle);
        return new Satellite(id, shell, initialOrbit(tle, data), Optional.of(tle), Satellite.Place.inFile(slot));
    }

    /**
     * An element set whose perigee or apogee leaves the altitudes the orbit models cover
     * ({@link io.orbitdc.core.orbit.Earth#ORBIT_MODELS}, 100 to 40,000 km) is the user's input, not
     * an orbit to fly: a mean motion of 1e-7 rev/day is an "orbit" far beyond the Moon, which the
     * eclipse geometry cannot section (it failed with a NullPointerException).
     */
    private static void checkWithinOrbitModels(String id, TLE tle) {
        double n = tle.getMeanMotion();
        double a = Math.cbrt(TLEPropagator.getMU() / (n * n));
        double re = io.orbitdc.core.orbit.Earth.EQUATORIAL_RADIUS_M;
        double perigee = a * (1 - tle.getE()) - re;
        double apogee = a * (1 + tle.getE()) - re;
        io.orbitdc.core.orbit.AltitudeRange range = io.orbitdc.core.orbit.Earth.ORBIT_MODELS;
        if (!(n > 0) || !Double.isFinite(a) || perigee < range.minM() || apogee > range.maxM()) {
            throw new InputException(String.format(java.util.Locale.ROOT,
                    "satellite %s: mean motion %.6g rev/day, eccentricity %.4f give perigee %.0f km and apogee %.0f km;"
                            + " expected an orbit between %.0f km and %,.0f km (the altitudes orbitdc's orbit models cover)",
                    id, n * 86_400 / (2 * Math.PI), tle.getE(), perigee / 1e3, apogee / 1e3, range.minM() / 1e3,
                    range.maxM() / 1e3));
        }
    }

    /** SGP4 propagator for a TLE, built on this data context's TEME frame. */
    public static TLEPropagator propagator(TLE tle, OrekitDataSetup data) {
        Frame teme = data.context().getFrames().getTEME();
        return TLEPropagator.selectExtrapolator(tle, org.orekit.attitudes.FrameAlignedProvider.of(teme), 1000.0, teme);
    }

    private static org.orekit.orbits.Orbit initialOrbit(TLE tle, OrekitDataSetup data) {
        var pv = propagator(tle, data).getPVCoordinates(tle.getDate(), data.inertialFrame());
        return new org.orekit.orbits.CartesianOrbit(pv, data.inertialFrame(), tle.getDate(), TLEPropagator.getMU());
    }
}
