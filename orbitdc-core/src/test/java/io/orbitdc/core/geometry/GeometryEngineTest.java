package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orbitdc.core.orbit.OrbitSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryEngineTest {

    private static final Instant EQUINOX = Instant.parse("2026-03-20T12:00:00Z");
    private final OrekitDataSetup data = OrekitDataSetup.bundled();
    private final GroundStation svalbard = GroundStationCatalog.load().require("svalsat");

    @Test
    void issLikeOrbitAtZeroBetaIsSunlitAboutSixtyPercentOfTheTime() throws Exception {
        // ref: wertz-larson-1999 eclipse fraction at 400 km, β = 0: 39 % of the orbit in shadow
        // (36 of 92.4 min) ⇒ sunlit ≈ 0.61; tolerance 0.02 (β drifts a few degrees in a day,
        // first/last partial orbits).
        Fleet fleet = Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(),
                Fleet.single("iss", OrbitSpec.circular(400e3, 51.6, 0.0, EQUINOX), data));
        GeometryResult r = new GeometryEngine(data).run(GeometryRequest.of(fleet, EQUINOX, Duration.ofDays(1), List.of(svalbard)));
        GeometryReport rep = r.report();
        assertThat(rep.fleet().sunlitFraction()).isCloseTo(0.61, within(0.02));
        assertThat(rep.fleet().longestEclipseS() / 60).isCloseTo(36.0, within(1.0));
        assertThat(rep.fleet().eclipseDays()).isBetween(1, 2);
        assertThat(Math.abs(rep.beta().minDeg())).isLessThan(5.0);
        // 51.6° never rises above 5° at 78.2° N (coverage radius ~16° at 400 km). Geometric fact.
        assertThat(rep.stations().get(0).contactsPerDay()).isZero();
        assertThat(rep.saa().passesPerDay()).isPositive();
        assertThat(rep.drag().deltaVPerYearMps()).isPositive();
        assertThat(rep.links().meanNeighbours()).isNull();

        JsonNode json = new ObjectMapper().valueToTree(rep);
        for (String path : List.of("/fleet/sunlitFraction", "/fleet/longestEclipseS", "/fleet/eclipseDays", "/beta/minDeg",
                "/beta/maxDeg", "/stations/0/name", "/stations/0/contactsPerDay", "/stations/0/meanContactS",
                "/links/meanNeighbours", "/drag/deltaVPerYearMps", "/orekitData")) {
            assertThat(json.at(path).isMissingNode()).as(path).isFalse();
        }
    }

    @Test
    void numericalFleetGivesTheSameReportAsTheFastModel() {
        // Same physical orbit through two propagators (issue 3: within 10 s on event times): the
        // longest umbra and mean contact agree within 10 s, pass and eclipse counts are equal.
        OrbitSpec spec = OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 10.5, EQUINOX), data);
        GeometryReport fast = report(PropagatorChoice.J2_SECULAR, spec);
        GeometryReport num = report(PropagatorChoice.NUMERICAL_J2, spec);
        assertThat(num.fleet().umbraCount()).isEqualTo(fast.fleet().umbraCount());
        assertThat(num.fleet().longestEclipseS()).isCloseTo(fast.fleet().longestEclipseS(), within(10.0));
        assertThat(num.stations().get(0).contactsPerDay()).isEqualTo(fast.stations().get(0).contactsPerDay());
        assertThat(num.stations().get(0).meanContactS()).isCloseTo(fast.stations().get(0).meanContactS(), within(10.0));
    }

    private GeometryReport report(PropagatorChoice choice, OrbitSpec spec) {
        Fleet fleet = Fleet.of(choice, SpacecraftBody.generic(), Fleet.single("s", spec, data));
        return new GeometryEngine(data).run(GeometryRequest.of(fleet, EQUINOX, Duration.ofDays(1), List.of(svalbard))).report();
    }

    @Test
    void dawnDuskClusterAtTheEquinoxIsFullySunlitAndSeesSvalbardEveryOrbit() {
        // Geometry (see EclipseValidationTest): at the March equinox a 650 km LTAN-06 SSO has
        // |β| ≈ 82° > 65.2° shadow half-angle ⇒ sunlit fraction 1, no eclipse days. SvalSat sees
        // polar orbiters every revolution (ref: wikipedia-svalsat): 13–16 passes/day.
        OrbitSpec ref = OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 6.0, EQUINOX), data);
        Fleet fleet = Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(),
                new ClusterFormation("sc", ref, 81, 1000.0).satellites(data));
        GeometryRequest req = new GeometryRequest(fleet, EQUINOX, Duration.ofDays(1), List.of(svalbard), null, null,
                3600.0, 9);
        GeometryReport rep = new GeometryEngine(data).run(req).report();
        assertThat(rep.fleet().satellites()).isEqualTo(81);
        assertThat(rep.fleet().satellitesEvaluated()).isEqualTo(9);
        assertThat(rep.fleet().sunlitFraction()).isEqualTo(1.0);
        assertThat(rep.fleet().eclipseDays()).isZero();
        assertThat(Math.abs(rep.beta().maxDeg())).isBetween(75.0, 90.0);
        assertThat(rep.stations().get(0).contactsPerDay()).isBetween(13.0, 16.0);
        assertThat(rep.stations().get(0).meanContactS()).isBetween(300.0, 900.0);
        assertThat(rep.orekitData()).contains("bundled");
    }
}
