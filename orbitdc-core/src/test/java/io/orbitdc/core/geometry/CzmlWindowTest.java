package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orbitdc.core.InputException;
import io.orbitdc.core.orbit.OrbitSpec;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

/**
 * A window cut from a written CZML shows the same track, colours and contacts as the whole file
 * inside the window. The track is checked against the propagator (the reference, as in
 * CzmlInterpolationTest), the intervals against the hand-made eclipse and contact lists.
 */
class CzmlWindowTest {

    private static final Instant START = Instant.parse("2026-03-20T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(3));
    private static final Instant FROM = START.plus(Duration.ofHours(30));
    private static final Instant TO = START.plus(Duration.ofHours(42));
    private final OrekitDataSetup data = OrekitDataSetup.bundled();
    private final ObjectMapper json = new ObjectMapper();

    private Satellite satellite() {
        return Fleet.single("s", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 6.0, START), data), data).get(0);
    }

    private Propagator propagator(Satellite s) {
        return PropagatorChoice.J2_SECULAR.build(s, SpacecraftBody.generic(), data);
    }

    private JsonNode windowed(@TempDir Path dir, List<EclipseInterval> eclipses, List<ContactWindow> contacts)
            throws Exception {
        Satellite sat = satellite();
        GroundStation station = new GroundStation("svalbard", "Svalbard", 78.23, 15.39, 500, 5, "", "", List.of());
        Path file = dir.resolve("fleet.czml");
        new CzmlExport(data).write(file, "t", List.of(sat), this::propagator, List.of(station), eclipses, contacts,
                START, END, CzmlExport.DEFAULT_STEP_S);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            new CzmlWindow(FROM, TO).copy(in, out);
        }
        assertThat(out.size()).isLessThan((int) Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(CzmlWindow.span(in)).isEqualTo(new CzmlWindow.Span(START, END));
        }
        return json.readTree(out.toByteArray());
    }

    /**
     * Inside the window, the track Cesium interpolates from the windowed samples stays within the same
     * 10 m of the propagator as the whole file's (CzmlInterpolationTest: rounding plus Lagrange error),
     * ends of the window included: the padding keeps the interpolation window centred there.
     */
    @Test
    void theTrackInsideTheWindowIsTheWholeFilesTrack(@TempDir Path dir) throws Exception {
        JsonNode doc = windowed(dir, List.of(), List.of());
        assertThat(doc.get(0).at("/clock/interval").asText()).isEqualTo(FROM + "/" + TO);
        JsonNode sat = doc.get(1);
        assertThat(sat.get("availability").asText()).isEqualTo(FROM + "/" + TO);
        CzmlInterpolationTest.Samples samples = CzmlInterpolationTest.Samples.of(sat.at("/position/cartesian"));
        double[] t = samples.t();
        double[][] xyz = samples.xyz();
        // 12 h at 900 s is 48 steps (49 samples) plus 10 padding samples on each side
        assertThat(t).hasSize(49 + 2 * CzmlExport.PADDING_SAMPLES);
        Propagator truth = propagator(satellite());
        Frame fixed = data.earth().getBodyFrame();
        AbsoluteDate t0 = data.date(START);
        double worst = 0;
        for (double s = Duration.between(START, FROM).toSeconds(); s <= Duration.between(START, TO).toSeconds(); s += 30) {
            Vector3D expected = truth.getPosition(t0.shiftedBy(s), fixed);
            worst = Math.max(worst, expected.distance(CzmlInterpolationTest.cesiumLagrange(t, xyz,
                    sat.at("/position/interpolationDegree").asInt(), s)));
        }
        assertThat(worst).isLessThan(10.0);
    }

    @Test
    void coloursAndContactsAreClippedToTheWindowAndEmptyPairsLeftOut(@TempDir Path dir) throws Exception {
        Instant h = START;
        Satellite sat = satellite();
        List<EclipseInterval> eclipses = List.of(
                new EclipseInterval(sat.id(), EclipseInterval.Kind.PENUMBRA, h.plusSeconds(3600 * 29), h.plusSeconds(3600 * 31), false),
                new EclipseInterval(sat.id(), EclipseInterval.Kind.PENUMBRA, h.plusSeconds(3600 * 50), h.plusSeconds(3600 * 51), false));
        List<ContactWindow> contacts = new ArrayList<>();
        contacts.add(new ContactWindow(sat.id(), "svalbard", h.plusSeconds(3600 * 10), h.plusSeconds(3600 * 10 + 600), false));
        contacts.add(new ContactWindow(sat.id(), "svalbard", h.plusSeconds(3600 * 41 + 1800), h.plusSeconds(3600 * 42 + 300), false));
        JsonNode doc = windowed(dir, eclipses, contacts);
        List<String> colours = new ArrayList<>();
        for (JsonNode piece : doc.get(1).at("/point/color")) {
            colours.add(piece.get("interval").asText());
        }
        // the shadow from 29 h to 31 h is cut at the window's start (30 h); the one at 50 h is outside it
        assertThat(colours).containsExactly(FROM + "/" + h.plusSeconds(3600 * 31), h.plusSeconds(3600 * 31) + "/" + TO);
        JsonNode link = doc.get(3);
        assertThat(link.get("id").asText()).startsWith("contact-");
        // the 10 h contact is outside; the one across the window's end is cut at 42 h
        assertThat(link.get("availability")).hasSize(1);
        assertThat(link.get("availability").get(0).asText()).isEqualTo(h.plusSeconds(3600 * 41 + 1800) + "/" + TO);
        assertThat(doc.get(2).get("id").asText()).isEqualTo("station-svalbard");
    }

    @Test
    void aWindowWithoutContactsDropsThePairAndAnEmptyWindowIsRefused(@TempDir Path dir) throws Exception {
        Satellite sat = satellite();
        JsonNode doc = windowed(dir, List.of(), List.of(
                new ContactWindow(sat.id(), "svalbard", START.plusSeconds(3600), START.plusSeconds(4000), false)));
        assertThat(doc).hasSize(3);
        assertThatThrownBy(() -> new CzmlWindow(TO, FROM)).isInstanceOf(InputException.class)
                .hasMessageContaining("expected an end after the start");
    }
}
