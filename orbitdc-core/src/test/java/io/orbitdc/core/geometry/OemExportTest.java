package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.orbit.OrbitSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.orekit.data.DataSource;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.odm.oem.Oem;
import org.orekit.files.ccsds.ndm.odm.oem.OemSegment;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.CartesianDerivativesFilter;
import org.orekit.utils.TimeStampedPVCoordinates;

/**
 * Each OEM version read back by Orekit's own OemParser (a reader the writer did not produce;
 * ref: orekit-13 files.ccsds, ccsds-502-oem), with the Earth-only body loader of {@link CcsdsContext}.
 */
class OemExportTest {

    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-12-01T12:00:00Z");
    private final OrekitDataSetup data = OrekitDataSetup.bundled();

    private Satellite sso() {
        return Fleet.single("sso", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 10.5, START), data), data).get(0);
    }

    private Propagator propagator(Satellite sat) {
        return PropagatorChoice.J2_SECULAR.build(sat, SpacecraftBody.generic(), data);
    }

    private Oem parse(Path file) {
        return new ParserBuilder(new CcsdsContext(data)).buildOemParser()
                .parseMessage(new DataSource(file.toString(), () -> Files.newInputStream(file)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void orekitsParserReadsEveryVersionBackToTheMillimetre(int version, @TempDir Path dir) throws Exception {
        Satellite sat = sso();
        Path file = dir.resolve("sso.oem");
        new OemExport(data).write(file, sat, propagator(sat), START, START.plusSeconds(3600), 60.0, CREATED, version);
        Oem oem = parse(file);
        assertThat(oem.getHeader().getFormatVersion()).isEqualTo(version);
        assertThat(data.instant(oem.getHeader().getCreationDate())).isEqualTo(CREATED);
        OemSegment segment = oem.getSegments().get(0);
        // written verbatim (the same id as the CSV, CZML and DuckDB rows); Orekit's KVN lexer upper-cases values
        assertThat(Files.readString(file)).contains("OBJECT_NAME          = sso");
        assertThat(segment.getMetadata().getObjectName()).isEqualToIgnoringCase("sso");
        assertThat(segment.getMetadata().getCenter().getName()).isEqualTo("EARTH");
        assertThat(segment.getMetadata().getInterpolationDegree()).isEqualTo(OemExport.INTERPOLATION_DEGREE);
        // v1 and v2 carry position and velocity only (CCSDS 502.0-B-1/-2); v3 adds accelerations
        assertThat(segment.getAvailableDerivatives())
                .isEqualTo(version >= 3 ? CartesianDerivativesFilter.USE_PVA : CartesianDerivativesFilter.USE_PV);
        var lines = segment.getData().getEphemeridesDataLines();
        assertThat(lines).hasSize(61); // 1 h at 60 s, both ends included
        Propagator again = propagator(sat);
        for (TimeStampedPVCoordinates pv : lines) {
            // the file holds km with 6 decimals (1 mm) and km/s with 9 decimals (1 µm/s)
            var expected = again.getPVCoordinates(pv.getDate(), data.inertialFrame());
            assertThat(pv.getPosition().distance(expected.getPosition())).isLessThan(1e-3);
            assertThat(pv.getVelocity().distance(expected.getVelocity())).isLessThan(1e-6);
        }
        String text = Files.readString(file);
        assertThat(text).containsPattern("CCSDS_OEM_VERS +=  *" + version + "\\.0\n");
    }

    @Test
    void lagrangeOfTheHeadersDegreeAtTheDefaultStepStaysWithinAMetre(@TempDir Path dir) throws Exception {
        // A reader interpolates the parsed samples as the header says (LAGRANGE, degree 9, the window
        // centred on the time): evaluated every 173 s over a day against the propagator itself. 1 m bound:
        // an order below the J2-secular model's own error against a numerical propagator; the ends of the
        // span, where the window cannot be centred, are excluded (first and last 5 samples, 25 min).
        // (Orekit's own Ephemeris propagator built from the parsed file interpolates differently and
        // is off by hundreds of metres here; docs/models/czml-export.md.)
        Satellite sat = sso();
        Path file = dir.resolve("sso.oem");
        Instant end = START.plusSeconds(86400);
        new OemExport(data).write(file, sat, propagator(sat), START, end, OemExport.DEFAULT_STEP_S, CREATED, 2);
        OemSegment segment = parse(file).getSegments().get(0);
        int degree = segment.getMetadata().getInterpolationDegree();
        var lines = segment.getData().getEphemeridesDataLines();
        AbsoluteDate t0 = data.date(START);
        double[] t = new double[lines.size()];
        double[][] xyz = new double[lines.size()][];
        for (int k = 0; k < t.length; k++) {
            t[k] = lines.get(k).getDate().durationFrom(t0);
            xyz[k] = lines.get(k).getPosition().toArray();
        }
        Propagator truth = propagator(sat);
        double edge = (degree / 2 + 1) * OemExport.DEFAULT_STEP_S;
        double worst = 0;
        for (double s = edge; s < 86400 - edge; s += 173) {
            worst = Math.max(worst, truth.getPosition(t0.shiftedBy(s), data.inertialFrame())
                    .distance(CzmlInterpolationTest.cesiumLagrange(t, xyz, degree, s)));
        }
        assertThat(worst).isLessThan(1.0);
    }

    @Test
    void creationDateIsPinnedByTheOptionThenSourceDateEpochElseNow() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(ExportOptions.creationDate(java.util.Optional.of("2026-01-01T00:00:00Z"),
                java.util.Optional.of("0"), now)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ExportOptions.creationDate(java.util.Optional.empty(), java.util.Optional.of("1700000000"), now))
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(ExportOptions.creationDate(java.util.Optional.empty(), java.util.Optional.empty(), now)).isEqualTo(now);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.creationDate(java.util.Optional.empty(),
                java.util.Optional.of("yesterday"), now)).hasMessageContaining("SOURCE_DATE_EPOCH");
    }

    @Test
    void pinnedCreationDateMakesRerunsByteIdentical(@TempDir Path dir) throws Exception {
        Satellite sat = sso();
        Path a = dir.resolve("a.oem");
        Path b = dir.resolve("b.oem");
        new OemExport(data).write(a, sat, propagator(sat), START, START.plusSeconds(600), 60.0, CREATED, 3);
        new OemExport(data).write(b, sat, propagator(sat), START, START.plusSeconds(600), 60.0, CREATED, 3);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readString(a)).contains("CREATION_DATE        = 2026-12-01T12:00:00");
    }
}
