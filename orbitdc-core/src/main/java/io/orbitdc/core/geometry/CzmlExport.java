package io.orbitdc.core.geometry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.orbitdc.core.files.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.StaticTransform;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

/**
 * CZML document for Cesium, streamed packet by packet with Jackson's {@link JsonGenerator} (no
 * document tree in memory: memory is one satellite's samples at most, whatever the fleet and span):
 * a document packet with the clock, one packet per satellite with positions in the Earth-fixed
 * frame ({@code FIXED}, so an offline page needs no ICRF data), a point coloured yellow in sunlight
 * and dark blue in shadow (interval ends to the second), a trailing path, one packet per ground
 * station and one polyline packet per (satellite, station) pair available only during its contacts.
 *
 * <p>Positions are sampled every {@code stepS} and interpolated by Cesium with Lagrange
 * polynomials of degree {@link #INTERPOLATION_DEGREE} over the {@code degree + 1} samples around
 * the displayed time. {@link #PADDING_SAMPLES} extra samples before the start and after the end
 * keep that window centred at the ends of the span too (an off-centre window of high degree
 * diverges). At the default step, {@link #DEFAULT_STEP_S}, the interpolated track stays within
 * metres of the propagated one for LEO (docs/models/czml-export.md, validated in CzmlExportTest).
 * Positions are written to the metre (±0.5 m rounding).
 */
public final class CzmlExport {

    /**
     * Default sample step, s. A year of an 81-satellite fleet is ~35,000 samples per satellite at
     * ~35 bytes each (~100 MB); degree-{@value #INTERPOLATION_DEGREE} Lagrange on 900 s samples
     * (~6.5 per LEO revolution) stays within metres of the propagated track (docs/models/czml-export.md).
     */
    public static final double DEFAULT_STEP_S = 900.0;
    /** Lagrange degree Cesium interpolates with (samples used: degree + 1). */
    public static final int INTERPOLATION_DEGREE = 19;
    /** Samples written beyond each end of the span so the interpolation window stays centred there. */
    public static final int PADDING_SAMPLES = INTERPOLATION_DEGREE / 2 + 1;

    private static final int[] SUNLIT_RGBA = {255, 215, 0, 255};
    private static final int[] SHADOW_RGBA = {40, 60, 160, 255};
    private static final int[] STATION_RGBA = {255, 80, 80, 255};
    private static final int[] CONTACT_RGBA = {0, 220, 120, 255};

    private final OrekitDataSetup data;

    public CzmlExport(OrekitDataSetup data) {
        this.data = data;
    }

    /** Seconds before the start (and after the end) a propagator must cover for a CZML at {@code stepS}. */
    public static double paddingS(double stepS) {
        return PADDING_SAMPLES * stepS;
    }

    /**
     * As {@link #write(Path, String, List, Function, List, EventRows, Instant, Instant, double)} with
     * the eclipses and contacts of {@code satellites} given as lists.
     */
    public void write(Path file, String name, List<Satellite> satellites, Function<Satellite, Propagator> propagators,
            List<GroundStation> stations, List<EclipseInterval> eclipses, List<ContactWindow> contacts,
            Instant start, Instant end, double stepS) {
        write(file, name, satellites, propagators, stations, EventRows.of(satellites, eclipses, contacts, List.of(), List.of()),
                start, end, stepS);
    }

    /**
     * Writes the CZML atomically, one satellite at a time. {@code propagators} gives each satellite's
     * propagator (built when its packet is written, valid over the span widened by {@link #paddingS}).
     * Penumbra intervals colour the satellites; contact windows (of every satellite of {@code events})
     * drive the link polylines. Events are read one satellite at a time, never held whole.
     */
    public void write(Path file, String name, List<Satellite> satellites, Function<Satellite, Propagator> propagators,
            List<GroundStation> stations, EventRows events, Instant start, Instant end, double stepS) {
        if (!(stepS > 0) || !end.isAfter(start)) {
            throw new IllegalArgumentException("CZML export needs step > 0 and end after start; got step " + stepS
                    + " s, " + start + " .. " + end);
        }
        SampleGrid grid = new SampleGrid(start, end, stepS);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < events.satellites().size(); k++) {
            index.putIfAbsent(events.satellites().get(k).id(), k);
        }
        StaticTransform[] toFixed = grid.transforms(data);
        AtomicOutput.write(file, out -> {
            // AtomicOutput owns the writer: the generator flushes it but must not close it
            try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.writeStartArray();
                document(g, name, start, end);
                for (Satellite sat : satellites) {
                    List<EclipseInterval> shadows = new ArrayList<>();
                    Integer k = index.get(sat.id());
                    if (k != null) {
                        events.eclipses(k, e -> {
                            if (e.kind() == EclipseInterval.Kind.PENUMBRA) {
                                shadows.add(e);
                            }
                        });
                    }
                    satellite(g, sat, propagators.apply(sat), grid, toFixed, shadows, start, end);
                }
                for (GroundStation gs : stations) {
                    station(g, gs);
                }
                for (int k = 0; k < events.satellites().size(); k++) {
                    // one satellite's contacts, by station in order of first appearance
                    Map<String, List<ContactWindow>> pairs = new LinkedHashMap<>();
                    events.contacts(k, c -> pairs.computeIfAbsent(c.stationId(), id -> new ArrayList<>()).add(c));
                    for (List<ContactWindow> pair : pairs.values()) {
                        contactLink(g, pair);
                    }
                }
                g.writeEndArray();
                g.writeRaw('\n');
            }
        });
    }

    private static void document(JsonGenerator g, String name, Instant start, Instant end) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("id", "document");
        g.writeStringField("name", name);
        g.writeStringField("version", "1.0");
        g.writeObjectFieldStart("clock");
        g.writeStringField("interval", start + "/" + end);
        g.writeStringField("currentTime", start.toString());
        g.writeNumberField("multiplier", 60);
        g.writeStringField("range", "LOOP_STOP");
        g.writeStringField("step", "SYSTEM_CLOCK_MULTIPLIER");
        g.writeEndObject();
        g.writeEndObject();
    }

    private void satellite(JsonGenerator g, Satellite sat, Propagator p, SampleGrid grid, StaticTransform[] toFixed,
            List<EclipseInterval> shadows, Instant start, Instant end) throws IOException {
        if (p == null) {
            throw new IllegalArgumentException("no propagator for satellite " + sat.id());
        }
        Frame inertial = data.inertialFrame();
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("id", sat.id());
        g.writeStringField("name", sat.id());
        g.writeStringField("availability", start + "/" + end);
        g.writeObjectFieldStart("position");
        g.writeStringField("epoch", start.toString());
        g.writeStringField("referenceFrame", "FIXED");
        g.writeStringField("interpolationAlgorithm", "LAGRANGE");
        g.writeNumberField("interpolationDegree", INTERPOLATION_DEGREE);
        g.writeArrayFieldStart("cartesian");
        for (int k = 0; k < grid.size(); k++) {
            double t = grid.offsetS(k);
            Vector3D r = toFixed[k].transformPosition(position(p, grid.date(data, k), inertial));
            if (t == Math.rint(t)) {
                g.writeNumber((long) t);
            } else {
                g.writeNumber(t);
            }
            g.writeNumber(Math.round(r.getX()));
            g.writeNumber(Math.round(r.getY()));
            g.writeNumber(Math.round(r.getZ()));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("point");
        g.writeNumberField("pixelSize", 6);
        g.writeArrayFieldStart("color");
        List<EclipseInterval> sorted = new ArrayList<>(shadows);
        sorted.sort(Comparator.comparing(EclipseInterval::start));
        Instant cursor = start;
        for (EclipseInterval e : sorted) {
            if (e.start().isAfter(cursor)) {
                colourInterval(g, cursor, e.start(), SUNLIT_RGBA);
            }
            colourInterval(g, e.start(), e.end(), SHADOW_RGBA);
            cursor = e.end();
        }
        if (end.isAfter(cursor)) {
            colourInterval(g, cursor, end, SUNLIT_RGBA);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("path");
        g.writeNumberField("width", 1);
        g.writeNumberField("leadTime", 0);
        g.writeNumberField("trailTime", 5400);
        g.writeObjectFieldStart("material");
        g.writeObjectFieldStart("solidColor");
        g.writeFieldName("color");
        rgba(g, SUNLIT_RGBA);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The satellite's inertial position. For the J2-secular propagator (every generated fleet's default)
     * straight from its orbit: the same bits as {@code getPosition} (checked over 200,000 samples) without
     * the attitude and state Orekit builds on the way, 0.4 kB per sample instead of 2 kB — the year's
     * 2.8 M samples allocated 8 GB, which made G1 grow the heap past 1 GiB.
     */
    static Vector3D position(Propagator p, AbsoluteDate date, Frame inertial) {
        if (p instanceof J2SecularPropagator j2) {
            return j2.propagateOrbit(date).getPosition(inertial);
        }
        return p.getPosition(date, inertial);
    }

    private static void station(JsonGenerator g, GroundStation gs) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("id", "station-" + gs.id());
        g.writeStringField("name", gs.name());
        g.writeObjectFieldStart("position");
        g.writeArrayFieldStart("cartographicDegrees");
        g.writeNumber(gs.longitudeDeg());
        g.writeNumber(gs.latitudeDeg());
        g.writeNumber(gs.altitudeM());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("point");
        g.writeNumberField("pixelSize", 8);
        g.writeFieldName("color");
        rgba(g, STATION_RGBA);
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * One polyline per (satellite, station) pair, existing only during its contacts: its
     * {@code availability} is the list of contact intervals (CZML availability takes an array of
     * intervals), a few dozen bytes per contact instead of a packet each.
     */
    private static void contactLink(JsonGenerator g, List<ContactWindow> windows) throws IOException {
        ContactWindow first = windows.get(0);
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("id", "contact-" + first.satelliteId() + "-" + first.stationId());
        g.writeStringField("name", first.satelliteId() + " - " + first.stationId());
        g.writeArrayFieldStart("availability");
        List<ContactWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(ContactWindow::start));
        for (ContactWindow c : sorted) {
            g.writeString(interval(c.start(), c.end()));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("polyline");
        g.writeObjectFieldStart("positions");
        g.writeArrayFieldStart("references");
        g.writeString(first.satelliteId() + "#position");
        g.writeString("station-" + first.stationId() + "#position");
        g.writeEndArray();
        g.writeEndObject();
        g.writeNumberField("width", 2);
        g.writeObjectFieldStart("material");
        g.writeObjectFieldStart("solidColor");
        g.writeFieldName("color");
        rgba(g, CONTACT_RGBA);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * An ISO-8601 interval for display, both ends to the second: the scan finds crossings to about
     * a second, and nanosecond digits would add 10 bytes to each of hundreds of thousands of intervals.
     */
    static String interval(Instant a, Instant b) {
        return second(a) + "/" + second(b);
    }

    private static Instant second(Instant t) {
        return Instant.ofEpochSecond(t.getEpochSecond() + (t.getNano() >= 500_000_000 ? 1 : 0));
    }

    /** CZML: an interval-valued property is an array of objects, each with its own "interval". */
    private static void colourInterval(JsonGenerator g, Instant a, Instant b, int[] colour) throws IOException {
        g.writeStartObject();
        g.writeStringField("interval", interval(a, b));
        g.writeArrayFieldStart("rgba");
        for (int c : colour) {
            g.writeNumber(c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rgba(JsonGenerator g, int[] colour) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("rgba");
        for (int c : colour) {
            g.writeNumber(c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The sample times: every {@code stepS} from the start, the last at or after the end, plus
     * {@link #PADDING_SAMPLES} on each side. Offsets are k·step exactly (no accumulated rounding).
     */
    record SampleGrid(Instant start, double stepS, int first, int last) {

        SampleGrid(Instant start, Instant end, double stepS) {
            this(start, stepS, -PADDING_SAMPLES,
                    (int) Math.ceil(java.time.Duration.between(start, end).toNanos() * 1e-9 / stepS - 1e-9) + PADDING_SAMPLES);
        }

        int size() {
            return last - first + 1;
        }

        double offsetS(int k) {
            return (first + k) * stepS;
        }

        AbsoluteDate date(OrekitDataSetup data, int k) {
            return data.date(start).shiftedBy(offsetS(k));
        }

        /** Inertial-to-Earth-fixed transform at each sample, computed once for the whole fleet. */
        StaticTransform[] transforms(OrekitDataSetup data) {
            Frame inertial = data.inertialFrame();
            Frame fixed = data.earth().getBodyFrame();
            AbsoluteDate t0 = data.date(start);
            StaticTransform[] out = new StaticTransform[size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = inertial.getStaticTransformTo(fixed, t0.shiftedBy(offsetS(k)));
            }
            return out;
        }
    }
}
