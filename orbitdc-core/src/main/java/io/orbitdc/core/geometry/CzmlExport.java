package io.orbitdc.core.geometry;

import io.orbitdc.core.files.AtomicOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

/**
 * CZML document for Cesium: a document packet with the clock, one packet per satellite with
 * positions sampled in the Earth-fixed frame ({@code FIXED}, so an offline page needs no ICRF
 * data), a point coloured yellow in sunlight and dark blue in umbra/penumbra, a trailing path,
 * one packet per ground station, and one polyline packet per contact window shown only during
 * the contact. Written with Jackson, atomically.
 */
public final class CzmlExport {

    private static final int[] SUNLIT_RGBA = {255, 215, 0, 255};
    private static final int[] SHADOW_RGBA = {40, 60, 160, 255};
    private static final int[] STATION_RGBA = {255, 80, 80, 255};
    private static final int[] CONTACT_RGBA = {0, 220, 120, 255};

    private final OrekitDataSetup data;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CzmlExport(OrekitDataSetup data) {
        this.data = data;
    }

    /**
     * Writes the CZML. {@code propagators} are keyed by satellite id (in the order of
     * {@code satellites}); eclipses and contacts come from a {@link GeometryResult}.
     */
    public void write(Path file, String name, List<Satellite> satellites, Map<String, Propagator> propagators,
            List<GroundStation> stations, List<EclipseInterval> eclipses, List<ContactWindow> contacts,
            Instant start, Instant end, double stepS) {
        ArrayNode doc = build(name, satellites, propagators, stations, eclipses, contacts, start, end, stepS);
        AtomicOutput.write(file, out -> mapper.writeValue(new NonClosing(out), doc));
    }

    ArrayNode build(String name, List<Satellite> satellites, Map<String, Propagator> propagators,
            List<GroundStation> stations, List<EclipseInterval> eclipses, List<ContactWindow> contacts,
            Instant start, Instant end, double stepS) {
        if (!(stepS > 0) || !end.isAfter(start)) {
            throw new IllegalArgumentException("CZML export needs step > 0 and end after start");
        }
        String interval = start + "/" + end;
        ArrayNode doc = mapper.createArrayNode();
        ObjectNode document = doc.addObject();
        document.put("id", "document").put("name", name).put("version", "1.0");
        ObjectNode clock = document.putObject("clock");
        clock.put("interval", interval).put("currentTime", start.toString()).put("multiplier", 60)
                .put("range", "LOOP_STOP").put("step", "SYSTEM_CLOCK_MULTIPLIER");

        Frame fixed = data.earth().getBodyFrame();
        AbsoluteDate t0 = data.date(start);
        double span = data.date(end).durationFrom(t0);
        for (Satellite sat : satellites) {
            Propagator p = propagators.get(sat.id());
            if (p == null) {
                throw new IllegalArgumentException("no propagator for satellite " + sat.id());
            }
            ObjectNode pkt = doc.addObject();
            pkt.put("id", sat.id()).put("name", sat.id()).put("availability", interval);
            ObjectNode pos = pkt.putObject("position");
            pos.put("epoch", start.toString()).put("referenceFrame", "FIXED")
                    .put("interpolationAlgorithm", "LAGRANGE").put("interpolationDegree", 5);
            ArrayNode cart = pos.putArray("cartesian");
            for (double t = 0; t <= span + 1e-9; t += stepS) {
                Vector3D r = p.getPosition(t0.shiftedBy(t), fixed);
                cart.add(t).add(r.getX()).add(r.getY()).add(r.getZ());
            }
            ObjectNode point = pkt.putObject("point");
            point.put("pixelSize", 6);
            point.set("color", colourIntervals(sat.id(), eclipses, start, end));
            ObjectNode path = pkt.putObject("path");
            path.put("width", 1).put("leadTime", 0).put("trailTime", 5400);
            path.putObject("material").putObject("solidColor").set("color", rgba(SUNLIT_RGBA));
        }
        for (GroundStation gs : stations) {
            ObjectNode pkt = doc.addObject();
            pkt.put("id", "station-" + gs.id()).put("name", gs.name());
            pkt.putObject("position").putArray("cartographicDegrees").add(gs.longitudeDeg()).add(gs.latitudeDeg())
                    .add(gs.altitudeM());
            pkt.putObject("point").put("pixelSize", 8).set("color", rgba(STATION_RGBA));
        }
        int k = 0;
        for (ContactWindow c : contacts) {
            ObjectNode pkt = doc.addObject();
            pkt.put("id", "contact-" + (k++)).put("name", c.satelliteId() + " - " + c.stationId())
                    .put("availability", c.start() + "/" + c.end());
            ObjectNode line = pkt.putObject("polyline");
            line.putObject("positions").putArray("references").add(c.satelliteId() + "#position")
                    .add("station-" + c.stationId() + "#position");
            line.put("width", 2);
            line.putObject("material").putObject("solidColor").set("color", rgba(CONTACT_RGBA));
        }
        return doc;
    }

    /** Colour intervals: sunlit by default, shadow colour during each penumbra (which contains the umbra). */
    private ArrayNode colourIntervals(String satId, List<EclipseInterval> eclipses, Instant start, Instant end) {
        List<EclipseInterval> shadows = new ArrayList<>(eclipses.stream()
                .filter(e -> e.satelliteId().equals(satId) && e.kind() == EclipseInterval.Kind.PENUMBRA).toList());
        shadows.sort(Comparator.comparing(EclipseInterval::start));
        ArrayNode list = mapper.createArrayNode();
        Instant cursor = start;
        for (EclipseInterval e : shadows) {
            if (e.start().isAfter(cursor)) {
                addInterval(list, cursor, e.start(), SUNLIT_RGBA);
            }
            addInterval(list, e.start(), e.end(), SHADOW_RGBA);
            cursor = e.end();
        }
        if (end.isAfter(cursor)) {
            addInterval(list, cursor, end, SUNLIT_RGBA);
        }
        // CZML: an interval-valued property is an array of objects, each with its own "interval".
        return list;
    }

    private void addInterval(ArrayNode list, Instant a, Instant b, int[] colour) {
        ObjectNode o = list.addObject();
        o.put("interval", a + "/" + b);
        o.putArray("rgba").add(colour[0]).add(colour[1]).add(colour[2]).add(colour[3]);
    }

    private ObjectNode rgba(int[] c) {
        ObjectNode o = mapper.createObjectNode();
        o.putArray("rgba").add(c[0]).add(c[1]).add(c[2]).add(c[3]);
        return o;
    }

    /** Keeps Jackson from closing the writer that AtomicOutput owns. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(java.io.Writer out) {
            super(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
