package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.geometry.BetaAngle;
import io.orbitdc.core.geometry.ContactWindow;
import io.orbitdc.core.geometry.EclipseInterval;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.scenario.Overrides;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation: the event tables {@code geometry --out} now takes from the fleet scan agree with
 * Orekit's event detectors (EclipseDetector, ElevationDetector; the previous source of the tables,
 * kept as the reference) on the same satellites. Tolerances as the scan's own validation
 * (docs/models/fleet-event-scan.md): 10 s per edge; beta 0.05° (the node drift is the same J2 rate,
 * the Sun the same analytical model; the difference is osculating vs mean inclination).
 */
class ScanEventTablesValidationTest {

    @Test
    void scanTablesMatchOrekitsDetectorsEdgeByEdge() {
        // the Suncatcher-like cluster cut to 3 satellites, in June (dawn-dusk SSO: SvalSat and TrollSat see it on
        // most orbits) and in December (its eclipse season): 12 h each
        int[] eclipses = new int[2];
        String[] epochs = {"2027-06-21T00:00:00Z", "2027-12-21T00:00:00Z"};
        for (int k = 0; k < 2; k++) {
            eclipses[k] = compare(Study.load(Path.of("..", "scenarios", "suncatcher-like.yaml"),
                    Overrides.parse(List.of("duration=12 h", "epoch=" + epochs[k], "constellation.satellites=3"))));
        }
        assertThat(eclipses[1]).as("December eclipse intervals compared").isPositive();
    }

    private static int compare(Study study) {
        OrekitDataSetup data = OrekitDataSetup.bundled();
        GeometryRequest request = GeometryStage.request(study.scenario(), study.size(), data);
        assertThat(GeometryStage.fleetScanApplies(request)).isTrue();
        GeometryResult scan;
        try (FleetWorkers workers = new FleetWorkers(2)) {
            scan = GeometryStage.events(study.scenario(), request, data, workers, true);
        }
        GeometryResult orekit = GeometryStage.run(request, data);

        List<EclipseInterval> a = sortedEclipses(scan.eclipses());
        List<EclipseInterval> b = sortedEclipses(orekit.eclipses());
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).kind()).isEqualTo(b.get(i).kind());
            assertThat(Duration.between(a.get(i).start(), b.get(i).start()).abs()).isLessThan(Duration.ofSeconds(10));
            assertThat(Duration.between(a.get(i).end(), b.get(i).end()).abs()).isLessThan(Duration.ofSeconds(10));
        }
        List<ContactWindow> c = sortedContacts(scan.contacts());
        List<ContactWindow> d = sortedContacts(orekit.contacts());
        assertThat(c).hasSameSizeAs(d).isNotEmpty();
        for (int i = 0; i < c.size(); i++) {
            assertThat(c.get(i).stationId()).isEqualTo(d.get(i).stationId());
            assertThat(Duration.between(c.get(i).start(), d.get(i).start()).abs()).isLessThan(Duration.ofSeconds(10));
            assertThat(Duration.between(c.get(i).end(), d.get(i).end()).abs()).isLessThan(Duration.ofSeconds(10));
        }
        List<BetaAngle> e = scan.betaAngles();
        List<BetaAngle> f = orekit.betaAngles();
        assertThat(e).hasSameSizeAs(f);
        for (int i = 0; i < e.size(); i++) {
            assertThat(e.get(i).time()).isEqualTo(f.get(i).time());
            assertThat(e.get(i).betaDeg()).isCloseTo(f.get(i).betaDeg(), org.assertj.core.api.Assertions.within(0.05));
        }
        assertThat(scan.evaluatedSatellites().stream().map(Satellite::id))
                .containsExactlyElementsOf(request.fleet().satellites().stream().map(Satellite::id).toList());
        return a.size();
    }

    private static List<EclipseInterval> sortedEclipses(List<EclipseInterval> list) {
        return list.stream().sorted(Comparator.comparing(EclipseInterval::satelliteId)
                .thenComparing(EclipseInterval::kind).thenComparing(EclipseInterval::start)).toList();
    }

    private static List<ContactWindow> sortedContacts(List<ContactWindow> list) {
        return list.stream().sorted(Comparator.comparing(ContactWindow::satelliteId)
                .thenComparing(ContactWindow::stationId).thenComparing(ContactWindow::start)).toList();
    }
}
