package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.orbit.Earth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orekit.propagation.Propagator;

class TleFleetTest {

    // The widely reproduced ISS example TLE (epoch 2008-09-20), ref: vallado-2006-sgp4 format.
    static final String ISS = "ISS (ZARYA)\n"
            + "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927\n"
            + "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537\n";

    private final OrekitDataSetup data = OrekitDataSetup.bundled();

    @Test
    void tleFileGivesSgp4SatellitesWithTheirNames(@TempDir Path dir) throws Exception {
        // The TLE's own elements: i = 51.6416°, mean motion 15.7212 rev/day ⇒ a ≈ 6730 km (~350 km).
        // Tolerances: 0.15° (the initial orbit is osculating and expressed in GCRF, not in the TLE's
        // TEME of 2008: short-period J2 plus 8 years of precession), 15 km in altitude. SGP4 is used whatever the fleet's choice.
        Path f = dir.resolve("iss.tle");
        Files.writeString(f, ISS);
        List<Satellite> sats = TleFleet.read(f, "tle", data);
        assertThat(sats).hasSize(1);
        Satellite s = sats.get(0);
        assertThat(s.id()).isEqualTo("ISS (ZARYA)");
        assertThat(Math.toDegrees(s.orbit().getI())).isCloseTo(51.64, within(0.15));
        Propagator p = PropagatorChoice.J2_SECULAR.build(s, SpacecraftBody.generic(), data);
        assertThat(p).isInstanceOf(org.orekit.propagation.analytical.tle.TLEPropagator.class);
        double r = p.getPosition(s.orbit().getDate().shiftedBy(86400), data.inertialFrame()).getNorm();
        assertThat(r - Earth.EQUATORIAL_RADIUS_M).isCloseTo(350e3, within(15e3));
    }

    @Test
    void kvnOmmOfTheSameElementsGivesTheSameTle(@TempDir Path dir) throws Exception {
        // The OMM below carries the ISS example TLE's fields (CCSDS 502.0-B-3 KVN keys); converting
        // it must reproduce both TLE lines exactly, checksums included.
        Path f = dir.resolve("iss.omm");
        Files.writeString(f, OMM);
        Satellite s = TleFleet.read(f, "omm", data).get(0);
        String[] lines = ISS.split("\n");
        assertThat(s.id()).isEqualTo("ISS (ZARYA)"); // Orekit's KVN lexer upper-cases; this name already is
        assertThat(s.tle().orElseThrow().getLine1()).isEqualTo(lines[1]);
        assertThat(s.tle().orElseThrow().getLine2()).isEqualTo(lines[2]);
    }

    static final String OMM = "CCSDS_OMM_VERS = 3.0\n" + "CREATION_DATE = 2008-09-20T12:00:00\n" + "ORIGINATOR = TEST\n" + "META_START\n" + "OBJECT_NAME = ISS (ZARYA)\n" + "OBJECT_ID = 1998-067A\n" + "CENTER_NAME = EARTH\n" + "REF_FRAME = TEME\n" + "TIME_SYSTEM = UTC\n" + "MEAN_ELEMENT_THEORY = SGP4\n" + "META_STOP\n" + "EPOCH = 2008-09-20T12:25:40.104192\n" + "MEAN_MOTION = 15.72125391\n" + "ECCENTRICITY = 0.0006703\n" + "INCLINATION = 51.6416\n" + "RA_OF_ASC_NODE = 247.4627\n" + "ARG_OF_PERICENTER = 130.5360\n" + "MEAN_ANOMALY = 325.0288\n" + "EPHEMERIS_TYPE = 0\n" + "CLASSIFICATION_TYPE = U\n" + "NORAD_CAT_ID = 25544\n" + "ELEMENT_SET_NO = 292\n" + "REV_AT_EPOCH = 56353\n" + "BSTAR = -0.11606E-4\n" + "MEAN_MOTION_DOT = -0.00002182\n" + "MEAN_MOTION_DDOT = 0.0\n";

    @Test
    void xmlOmmOfTheSameElementsGivesTheSameTle(@TempDir Path dir) throws Exception {
        // The same ISS elements as CelesTrak's XML OMM layout (NDM/XML, CCSDS 505.0-B): read by Orekit's
        // OmmParser, they must reproduce both TLE lines of the reference element set exactly.
        Path f = dir.resolve("iss.xml");
        Files.writeString(f, OMM_XML);
        Satellite s = TleFleet.read(f, "omm", data).get(0);
        String[] lines = ISS.split("\n");
        assertThat(s.id()).isEqualToIgnoringCase("ISS (ZARYA)");
        assertThat(s.tle().orElseThrow().getLine1()).isEqualTo(lines[1]);
        assertThat(s.tle().orElseThrow().getLine2()).isEqualTo(lines[2]);
    }

    @Test
    void badOmmIsALocatedInputError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.omm");
        Files.writeString(f, OMM.replace("MEAN_MOTION = 15.72125391", "MEAN_MOTION = fast"));
        assertThatThrownBy(() -> TleFleet.read(f, "omm", data)).isInstanceOf(io.orbitdc.core.InputException.class)
                .hasMessageContaining("bad.omm").hasMessageContaining("line 13").hasMessageContaining("MEAN_MOTION");
        Files.writeString(f, OMM.replace("EPOCH = 2008-09-20T12:25:40.104192\n", ""));
        assertThatThrownBy(() -> TleFleet.read(f, "omm", data)).hasMessageContaining("missing mandatory key EPOCH");
        Files.writeString(f, OMM.replace("MEAN_ELEMENT_THEORY = SGP4", "MEAN_ELEMENT_THEORY = DSST"));
        assertThatThrownBy(() -> TleFleet.read(f, "omm", data)).hasMessageContaining("line 10")
                .hasMessageContaining("expected SGP4");
    }

    static final String OMM_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <omm id="CCSDS_OMM_VERS" version="2.0">
              <header><CREATION_DATE>2008-09-20T12:00:00</CREATION_DATE><ORIGINATOR>TEST</ORIGINATOR></header>
              <body><segment>
                <metadata>
                  <OBJECT_NAME>ISS (ZARYA)</OBJECT_NAME><OBJECT_ID>1998-067A</OBJECT_ID><CENTER_NAME>EARTH</CENTER_NAME>
                  <REF_FRAME>TEME</REF_FRAME><TIME_SYSTEM>UTC</TIME_SYSTEM><MEAN_ELEMENT_THEORY>SGP4</MEAN_ELEMENT_THEORY>
                </metadata>
                <data>
                  <meanElements>
                    <EPOCH>2008-09-20T12:25:40.104192</EPOCH><MEAN_MOTION>15.72125391</MEAN_MOTION>
                    <ECCENTRICITY>0.0006703</ECCENTRICITY><INCLINATION>51.6416</INCLINATION>
                    <RA_OF_ASC_NODE>247.4627</RA_OF_ASC_NODE><ARG_OF_PERICENTER>130.5360</ARG_OF_PERICENTER>
                    <MEAN_ANOMALY>325.0288</MEAN_ANOMALY>
                  </meanElements>
                  <tleParameters>
                    <EPHEMERIS_TYPE>0</EPHEMERIS_TYPE><CLASSIFICATION_TYPE>U</CLASSIFICATION_TYPE>
                    <NORAD_CAT_ID>25544</NORAD_CAT_ID><ELEMENT_SET_NO>292</ELEMENT_SET_NO><REV_AT_EPOCH>56353</REV_AT_EPOCH>
                    <BSTAR>-0.11606E-4</BSTAR><MEAN_MOTION_DOT>-0.00002182</MEAN_MOTION_DOT><MEAN_MOTION_DDOT>0.0</MEAN_MOTION_DDOT>
                  </tleParameters>
                </data>
              </segment></body>
            </omm>
            """;

    @Test
    void geometryEngineRunsTleFleetsWithSgp4(@TempDir Path dir) throws Exception {
        // Hand calculation for the example TLE (epoch 2008-09-20 12:25 UTC, i 51.6416°, Ω 247.4627°, 15.72125
        // rev/day → a = 6,730.96 km, h = 352.8 km): the low-precision Sun (astronomical-almanac-low-precision-sun)
        // puts β at 48.0° at epoch and 44.9° a day later (J2 node regression −5.12°/day), below the 71° critical
        // β, so every revolution has one umbra: 15.72 revolutions → 15 or 16 umbrae in the day. Cylindrical shadow
        // fraction acos(√(h² + 2Rh) / (a cos β)) / π = 0.3416 → 0.3511, day mean 0.3464: sunlit 0.6536.
        // Tolerance 0.01 (≈ 55 s per orbit: penumbra, cone vs cylinder, SGP4 vs the mean elements).
        Path f = dir.resolve("iss.tle");
        Files.writeString(f, ISS);
        Fleet fleet = Fleet.of(PropagatorChoice.SGP4, SpacecraftBody.generic(), TleFleet.read(f, "tle", data));
        java.time.Instant start = data.instant(fleet.satellites().get(0).orbit().getDate());
        GeometryReport rep = new GeometryEngine(data).run(GeometryRequest.of(fleet, start, java.time.Duration.ofDays(1),
                List.of())).report();
        assertThat(rep.fleet().propagator()).isEqualTo("SGP4");
        assertThat(rep.fleet().umbraCount()).isBetween(15, 16);
        assertThat(rep.fleet().sunlitFraction()).isCloseTo(0.6536, within(0.01));
    }

    @Test
    void brokenTleIsAClearError() {
        String bad = ISS.replace("2927", "2928");
        assertThatThrownBy(() -> TleFleet.parseTle("bad.tle", bad, "tle", data)).hasMessageContaining("bad.tle line 2")
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> TleFleet.parseTle("empty.tle", "hello\n", "tle", data)).hasMessageContaining("no two-line");
    }
}
