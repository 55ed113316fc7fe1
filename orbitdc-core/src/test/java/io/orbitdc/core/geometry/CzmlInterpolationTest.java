package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orbitdc.core.orbit.OrbitSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

/**
 * Validation of the CZML track: the samples written at the default step, interpolated the way
 * Cesium's SampledPositionProperty does (Lagrange of the file's degree over the degree + 1 samples
 * around the time, window centred: first index = i − degree/2), against the propagator at full rate
 * (every 30 s over two days, including both ends of the span). The reference is the propagator,
 * not the file; docs/models/czml-export.md tabulates the result.
 */
class CzmlInterpolationTest {

    private static final Instant START = Instant.parse("2026-03-20T00:00:00Z");
    private final OrekitDataSetup data = OrekitDataSetup.bundled();

    @ParameterizedTest(name = "{0} km")
    // 325 km (Starcloud-1, the lowest shipped orbit: the fastest track) and 650 km (Suncatcher-like).
    // Bound 10 m: a point on a Cesium globe is drawn from kilometres away; the ±0.5 m rounding of the
    // written metres is included.
    @CsvSource({"325, 10", "650, 10"})
    void defaultStepKeepsTheInterpolatedTrackWithinMetres(double altitudeKm, double boundM, @TempDir Path dir)
            throws Exception {
        Satellite sat = Fleet.single("s", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(altitudeKm * 1e3, 6.0, START), data),
                data).get(0);
        Instant end = START.plus(Duration.ofDays(2));
        Path file = dir.resolve("fleet.czml");
        new CzmlExport(data).write(file, "t", List.of(sat), s -> propagator(s), List.of(), List.of(), List.of(),
                START, end, CzmlExport.DEFAULT_STEP_S);
        JsonNode position = new ObjectMapper().readTree(file.toFile()).get(1).get("position");
        assertThat(position.get("referenceFrame").asText()).isEqualTo("FIXED");
        int degree = position.get("interpolationDegree").asInt();
        Samples samples = Samples.of(position.get("cartesian"));
        double[] t = samples.t();
        double[][] xyz = samples.xyz();
        Propagator truth = propagator(sat);
        Frame fixed = data.earth().getBodyFrame();
        AbsoluteDate t0 = data.date(START);
        double span = Duration.between(START, end).toSeconds();
        double worst = 0;
        for (double s = 0; s <= span; s += 30) {
            Vector3D expected = truth.getPosition(t0.shiftedBy(s), fixed);
            worst = Math.max(worst, expected.distance(cesiumLagrange(t, xyz, degree, s)));
        }
        assertThat(worst).isLessThan(boundM);
    }

    /** The export's allocation-light J2 path gives getPosition's bits exactly (regression guard: the CZML bytes). */
    @org.junit.jupiter.api.Test
    void theDirectJ2PositionIsGetPositionsBitForBit() {
        Satellite sat = Fleet.single("s", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 6.0, START), data),
                data).get(0);
        Propagator p = propagator(sat);
        assertThat(p).isInstanceOf(J2SecularPropagator.class);
        AbsoluteDate t0 = data.date(START);
        for (int k = -10; k < 20_000; k++) {
            AbsoluteDate t = t0.shiftedBy(k * 900.0);
            assertThat(CzmlExport.position(p, t, data.inertialFrame())).isEqualTo(p.getPosition(t, data.inertialFrame()));
        }
    }

    private Propagator propagator(Satellite s) {
        return PropagatorChoice.J2_SECULAR.build(s, SpacecraftBody.generic(), data);
    }

    /** A CZML cartesian array {@code [t, x, y, z, ...]} as sample times and positions. */
    record Samples(double[] t, double[][] xyz) {
        static Samples of(JsonNode cart) {
            int n = cart.size() / 4;
            double[] t = new double[n];
            double[][] xyz = new double[n][3];
            for (int k = 0; k < n; k++) {
                t[k] = cart.get(4 * k).asDouble();
                for (int c = 0; c < 3; c++) {
                    xyz[k][c] = cart.get(4 * k + 1 + c).asDouble();
                }
            }
            return new Samples(t, xyz);
        }
    }

    /** Lagrange interpolation over the degree + 1 samples around {@code x}, as Cesium chooses them. */
    static Vector3D cesiumLagrange(double[] t, double[][] xyz, int degree, double x) {
        int i = 0;
        while (i + 1 < t.length && t[i + 1] <= x) {
            i++;
        }
        int first = Math.max(0, Math.min(t.length - (degree + 1), i - degree / 2));
        double[] v = new double[3];
        for (int a = first; a <= first + degree; a++) {
            double l = 1;
            for (int b = first; b <= first + degree; b++) {
                if (b != a) {
                    l *= (x - t[b]) / (t[a] - t[b]);
                }
            }
            for (int c = 0; c < 3; c++) {
                v[c] += l * xyz[a][c];
            }
        }
        return new Vector3D(v[0], v[1], v[2]);
    }
}
