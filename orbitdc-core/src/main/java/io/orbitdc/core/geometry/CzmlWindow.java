package io.orbitdc.core.geometry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A time window of a CZML document {@link CzmlExport} wrote, cut out as it streams: what a viewer
 * loads when the whole file is too large for a browser (an 81-satellite year is ~146 MB; a week of
 * it ~3 MB). Packet by packet, with one packet in memory at a time:
 * <ul>
 *   <li>the document's clock becomes the window;</li>
 *   <li>a satellite keeps the position samples inside the window plus {@link CzmlExport#PADDING_SAMPLES}
 *       on each side, so Cesium's Lagrange window stays centred at the window's ends exactly as it does
 *       at the span's (the interpolated track inside the window is the full file's, sample for sample);
 *       its availability and its sunlit/shadow colour intervals are clipped to the window;</li>
 *   <li>a contact polyline keeps the contacts that overlap the window, clipped; one with none is left out;</li>
 *   <li>stations pass unchanged.</li>
 * </ul>
 * Valid for documents in {@link CzmlExport}'s layout (positions as {@code [t, x, y, z, ...]} offsets
 * from an epoch at a fixed step); interval ends keep {@link CzmlExport}'s one-second resolution.
 */
public final class CzmlWindow {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Instant from;
    private final Instant to;

    /** The window [from, to]; {@code to} must be after {@code from}. */
    public CzmlWindow(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new InputException("CZML window: found " + from + " .. " + to + "; expected an end after the start");
        }
        this.from = from;
        this.to = to;
    }

    /** The span a CZML document covers: its document packet's clock interval. */
    public record Span(Instant start, Instant end) {
    }

    /**
     * The clock interval of the CZML document {@code in} (its first packet, {@link CzmlExport}'s layout),
     * read without reading the rest; {@code in} is not closed.
     */
    public static Span span(InputStream in) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(in).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)) {
            if (p.nextToken() == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode document = p.readValueAsTree();
                String interval = document.path("clock").path("interval").asText("");
                int slash = interval.indexOf('/');
                if ("document".equals(document.path("id").asText()) && slash > 0) {
                    return new Span(instant(interval.substring(0, slash)), instant(interval.substring(slash + 1)));
                }
            }
        }
        throw new IOException("not a CZML document with a clock: expected a document packet first");
    }

    /** Copies the window of the CZML document {@code in} to {@code out} (neither is closed). */
    public void copy(InputStream in, OutputStream out) throws IOException {
        JsonFactory factory = JSON.getFactory();
        try (JsonParser p = factory.createParser(in).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
             JsonGenerator g = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not a CZML document: expected an array of packets");
            }
            g.writeStartArray();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                ObjectNode packet = p.readValueAsTree();
                Optional<ObjectNode> kept = window(packet);
                if (kept.isPresent()) {
                    g.writeRaw('\n');
                    JSON.writeTree(g, kept.get());
                }
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** The packet as the window shows it, or empty when it has nothing inside the window. */
    Optional<ObjectNode> window(ObjectNode packet) {
        if ("document".equals(packet.path("id").asText())) {
            ObjectNode clock = (ObjectNode) packet.path("clock");
            if (!clock.isMissingNode()) {
                clock.put("interval", CzmlExport.interval(from, to));
                clock.put("currentTime", from.toString());
            }
            return Optional.of(packet);
        }
        JsonNode availability = packet.path("availability");
        if (availability.isTextual()) {
            Optional<String> clipped = clip(availability.asText());
            if (clipped.isEmpty()) {
                return Optional.empty();
            }
            packet.put("availability", clipped.get());
        } else if (availability.isArray()) {
            ArrayNode kept = JSON.createArrayNode();
            for (JsonNode interval : availability) {
                clip(interval.asText()).ifPresent(kept::add);
            }
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            packet.set("availability", kept);
        }
        if (packet.path("position").path("cartesian").isArray() && packet.path("position").has("epoch")) {
            samples((ObjectNode) packet.get("position"));
        }
        JsonNode colour = packet.path("point").path("color");
        if (colour.isArray()) {
            ArrayNode kept = JSON.createArrayNode();
            for (JsonNode piece : colour) {
                Optional<String> clipped = clip(piece.path("interval").asText());
                if (clipped.isPresent()) {
                    kept.add(((ObjectNode) piece.deepCopy()).put("interval", clipped.get()));
                }
            }
            ((ObjectNode) packet.get("point")).set("color", kept);
        }
        return Optional.of(packet);
    }

    /** Keeps the samples in the window widened by the interpolation padding; the epoch stays, so offsets do too. */
    private void samples(ObjectNode position) {
        Instant epoch = instant(position.get("epoch").asText());
        ArrayNode all = (ArrayNode) position.get("cartesian");
        int n = all.size() / 4;
        if (n < 2) {
            return;
        }
        double step = all.get(4).asDouble() - all.get(0).asDouble();
        double pad = CzmlExport.PADDING_SAMPLES * step;
        double lo = seconds(epoch, from) - pad - 1e-6;
        double hi = seconds(epoch, to) + pad + 1e-6;
        ArrayNode kept = JSON.createArrayNode();
        for (int k = 0; k < n; k++) {
            double t = all.get(4 * k).asDouble();
            if (t >= lo && t <= hi) {
                for (int j = 0; j < 4; j++) {
                    kept.add(all.get(4 * k + j));
                }
            }
        }
        position.set("cartesian", kept);
    }

    /** An ISO-8601 interval clipped to the window, or empty if it does not overlap it. */
    private Optional<String> clip(String interval) {
        int slash = interval.indexOf('/');
        if (slash < 0) {
            return Optional.of(interval);
        }
        Instant a = instant(interval.substring(0, slash));
        Instant b = instant(interval.substring(slash + 1));
        Instant start = a.isAfter(from) ? a : from;
        Instant end = b.isBefore(to) ? b : to;
        if (!end.isAfter(start)) {
            return Optional.empty();
        }
        return Optional.of(CzmlExport.interval(start, end));
    }

    private static double seconds(Instant epoch, Instant t) {
        return Duration.between(epoch, t).toNanos() * 1e-9;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException("CZML window: found time '" + text + "'; expected an ISO-8601 UTC instant", e);
        }
    }
}
