package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.orekit.data.DataSource;
import org.orekit.errors.OrekitException;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.odm.omm.Omm;
import org.orekit.files.ccsds.utils.lexical.ParseToken;
import org.orekit.files.ccsds.utils.lexical.TokenType;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * Reads a CCSDS Orbit Mean-elements Message (502.0-B-3, KVN or XML, one object) with Orekit's
 * OmmParser and turns its SGP4 mean elements into the equivalent {@link TLE} (Omm#generateTLE).
 * The parser gets {@link CcsdsContext}: it resolves {@code CENTER_NAME = EARTH} through a small
 * Earth-only body loader, so the bundled Orekit data (no JPL ephemerides) suffices. Orekit's KVN
 * lexer upper-cases values, so the object name comes back upper-case. Only
 * MEAN_ELEMENT_THEORY = SGP4 (or SGP/4) is accepted: other mean elements are not TLE elements.
 * ref: orekit-13 (files.ccsds), ccsds-502-oem.
 */
final class OmmReader {

    private OmmReader() {
    }

    /** (name, TLE) of the message. */
    record Entry(String name, TLE tle) {
    }

    /**
     * Parses {@code text} (the content of {@code fileName}); a message Orekit cannot read, or one
     * that is not SGP4 mean elements, is an {@link InputException} naming the file (and the line,
     * where Orekit gives one).
     */
    static Entry read(String fileName, String text, OrekitDataSetup data) {
        Omm omm;
        try {
            // CCSDS 502.0-B-3 OMM KVN has no META_START/META_STOP (OEM has); files that carry them
            // anyway (as orbitdc's own reader accepted) are read by dropping those two markers
            omm = new ParserBuilder(new CcsdsContext(data)).withFilter(OmmReader::withoutMetaMarkers).buildOmmParser()
                    .parseMessage(new DataSource(fileName,
                    () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        } catch (OrekitException e) {
            // Orekit names the line of a value it cannot parse; a missing key it only names
            String message = e.getMessage().replaceFirst("^value for key (\\w+) has not been initialized$",
                    "missing mandatory key $1");
            throw new InputException(fileName + ": " + message, e);
        }
        if (omm.getSegments().isEmpty()) {
            throw new InputException(fileName + ": the OMM holds no object; expected one set of mean elements");
        }
        String theory = omm.getMetadata().getMeanElementTheory();
        if (theory == null || !theory.replace("/", "").toUpperCase(Locale.ROOT).equals("SGP4")) {
            throw new InputException(fileName + ": " + lineOf(text, "MEAN_ELEMENT_THEORY") + "MEAN_ELEMENT_THEORY '"
                    + theory + "'; expected SGP4 (an OMM of TLE mean elements)");
        }
        TLE tle;
        try {
            tle = publishersConvention(omm.generateTLE(), data);
        } catch (OrekitException | IllegalArgumentException e) {
            throw new InputException(fileName + ": cannot make a TLE of the OMM's elements: " + e.getMessage(), e);
        }
        String name = omm.getMetadata().getObjectName();
        return new Entry(name == null || name.isBlank() ? "NORAD-" + tle.getSatelliteNumber() : name, tle);
    }

    /**
     * CelesTrak and Space-Track publish under MEAN_MOTION_DOT and MEAN_MOTION_DDOT the TLE's own
     * fields (ṅ/2 and n̈/6), and Orekit, following CCSDS 502.0-B-3, reads them as the derivatives
     * themselves and halves (sixths) them again when it makes the TLE (ref: celestrak-gp-formats,
     * orekit-forum-omm-tle-2025). We follow the publishers, so a catalogue's OMM and its TLE give
     * the same TLE lines; SGP4 uses neither term, so positions do not depend on this choice.
     */
    private static TLE publishersConvention(TLE t, OrekitDataSetup data) {
        return new TLE(t.getSatelliteNumber(), t.getClassification(), t.getLaunchYear(), t.getLaunchNumber(),
                t.getLaunchPiece(), t.getEphemerisType(), t.getElementNumber(), t.getDate(), t.getMeanMotion(),
                2 * t.getMeanMotionFirstDerivative(), 6 * t.getMeanMotionSecondDerivative(), t.getE(), t.getI(),
                t.getPerigeeArgument(), t.getRaan(), t.getMeanAnomaly(), t.getRevolutionNumberAtEpoch(), t.getBStar(),
                data.utc());
    }

    private static java.util.List<ParseToken> withoutMetaMarkers(ParseToken token) {
        boolean marker = "META".equals(token.getName())
                && (token.getType() == TokenType.START || token.getType() == TokenType.STOP);
        // (XML structure elements are named "metadata", never "META")
        return marker ? java.util.List.of() : java.util.List.of(token);
    }

    /** "line N: " of the first line mentioning {@code key}, or "" if none does. */
    private static String lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(key)) {
                return "line " + (i + 1) + ": ";
            }
        }
        return "";
    }
}
