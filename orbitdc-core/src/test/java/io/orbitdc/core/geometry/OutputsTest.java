package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.orbit.OrbitSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {

    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private final OrekitDataSetup data = OrekitDataSetup.bundled();

    private GeometryResult run(List<GroundStation> stations) {
        Fleet fleet = Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(),
                Fleet.single("sso", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 10.5, START), data), data));
        return new GeometryEngine(data).run(GeometryRequest.of(fleet, START, Duration.ofHours(6), stations));
    }

    @Test
    void eventTablesAreCsvWithOneRowPerEvent(@TempDir Path dir) throws Exception {
        GroundStation sval = GroundStationCatalog.load().require("svalsat");
        GeometryResult r = run(List.of(sval));
        EventTables.writeEclipses(dir.resolve("eclipses.csv"), r.eclipses());
        EventTables.writeContacts(dir.resolve("contacts.csv"), r.contacts());
        EventTables.writeSaaPasses(dir.resolve("saa.csv"), r.saaPasses());
        EventTables.writeBetaAngles(dir.resolve("beta.csv"), r.betaAngles());
        List<String> ecl = Files.readAllLines(dir.resolve("eclipses.csv"));
        assertThat(ecl.get(0)).isEqualTo("satellite,kind,start,end,duration_s,truncated");
        assertThat(ecl).hasSize(r.eclipses().size() + 1);
        assertThat(Files.readAllLines(dir.resolve("contacts.csv"))).hasSize(r.contacts().size() + 1);
        assertThat(r.contacts()).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(EventTables.quote("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void czmlHasDocumentSatelliteStationAndContactPackets(@TempDir Path dir) throws Exception {
        GroundStation sval = GroundStationCatalog.load().require("svalsat");
        GeometryResult r = run(List.of(sval));
        Satellite sat = r.evaluatedSatellites().get(0);
        Path file = dir.resolve("fleet.czml");
        Instant end = START.plus(Duration.ofHours(6));
        new CzmlExport(data).write(file, "test", List.of(sat),
                s -> PropagatorChoice.J2_SECULAR.build(s, SpacecraftBody.generic(), data), List.of(sval), r.eclipses(),
                r.contacts(), START, end, 60.0);
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertThat(doc.get(0).get("id").asText()).isEqualTo("document");
        assertThat(doc.get(0).get("version").asText()).isEqualTo("1.0");
        JsonNode satPkt = doc.get(1);
        assertThat(satPkt.get("id").asText()).isEqualTo("sso");
        JsonNode cart = satPkt.at("/position/cartesian");
        // 6 h at 60 s: 361 samples, plus the padding on both sides that keeps Lagrange centred at the ends
        assertThat(cart.size()).isEqualTo(4 * (6 * 60 + 1 + 2 * CzmlExport.PADDING_SAMPLES));
        assertThat(cart.get(0).asDouble()).isEqualTo(-60.0 * CzmlExport.PADDING_SAMPLES);
        // Earth-fixed position magnitude = a ± J2/ellipsoid effects: 650 km altitude ⇒ |r| ≈ 7028 km ± 20 km.
        double norm = Math.sqrt(Math.pow(cart.get(1).asDouble(), 2) + Math.pow(cart.get(2).asDouble(), 2)
                + Math.pow(cart.get(3).asDouble(), 2));
        assertThat(norm).isCloseTo(Earth.EQUATORIAL_RADIUS_M + 650e3, within(20e3));
        assertThat(satPkt.at("/point/color").isArray()).isTrue();
        assertThat(satPkt.at("/point/color").size()).isGreaterThan(1);
        assertThat(doc.get(2).get("id").asText()).isEqualTo("station-svalsat");
        // one link packet for the (sso, svalsat) pair, available during each contact only (ends to the second)
        assertThat(doc.size()).isEqualTo(4);
        JsonNode link = doc.get(3);
        assertThat(link.at("/polyline/positions/references/0").asText()).isEqualTo("sso#position");
        JsonNode availability = link.get("availability");
        assertThat(availability.size()).isEqualTo(r.contacts().size());
        ContactWindow c0 = r.contacts().get(0);
        Instant shownFrom = Instant.parse(availability.get(0).asText().split("/")[0]);
        assertThat(Duration.between(c0.start(), shownFrom).abs()).isLessThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void writeAllProducesEveryOutputFile(@TempDir Path dir) throws Exception {
        GroundStation sval = GroundStationCatalog.load().require("svalsat");
        Fleet fleet = Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(),
                new ClusterFormation("sc", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 6.0, START), data), 5, 200.0).satellites(data));
        GeometryRequest req = GeometryRequest.of(fleet, START, Duration.ofHours(3), List.of(sval));
        GeometryResult r = new GeometryEngine(data).run(req);
        List<Path> files = new GeometryOutputs(data).writeAll(dir, req, r, 60.0, true);
        assertThat(files).hasSize(6 + 5);
        assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.at("/fleet/satellites").asInt()).isEqualTo(5);
        assertThat(dir.resolve("oem").resolve("sc-0_0.oem")).exists();
    }
}
