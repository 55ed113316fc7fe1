package io.orbitdc.core.study;

import io.orbitdc.core.report.ServiceReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.geometry.ContactWindow;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.links.DownlinkBudget;
import io.orbitdc.core.links.OpticalLinkBudget;
import io.orbitdc.core.links.PassGeometry;
import io.orbitdc.core.links.PassVolume;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.workload.Workload;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service stage on small scenarios, against Orekit's contact windows and the models' own closed forms. */
class ServiceStageTest {

    private static final OrekitDataSetup DATA = OrekitDataSetup.bundled();
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Scenario load(String name) {
        return PIPELINE.load(Path.of("src", "test", "resources", "service", name));
    }

    private static ServiceReport run(Scenario scenario, int threads) {
        try (FleetWorkers workers = new FleetWorkers(threads)) {
            return ServiceStage.run(scenario, DATA, workers);
        }
    }

    @Test
    void downlinkEqualsPassVolumeSummedOverOrekitContactWindows() {
        Scenario scenario = load("polar-single.yaml");
        GeometryRequest request = GeometryStage.request(scenario, SizingStage.run(scenario), DATA);
        List<ContactWindow> windows = GeometryStage.run(request, DATA).contacts();
        assertThat(windows).hasSizeGreaterThanOrEqualTo(8);

        // independent path: Orekit's ElevationDetector windows (same J2-secular dynamics), each
        // window's duration through PassVolume at the orbit's altitude and SvalSat's 5 deg mask
        double altitudeM = request.fleet().satellites().get(0).orbit().getA() - Earth.EQUATORIAL_RADIUS_M;
        PassVolume volume = new PassVolume(new PassGeometry(altitudeM, Math.toRadians(5)),
                new DownlinkBudget(scenario.links().downlink()));
        double expectedBytes = windows.stream().mapToDouble(w -> volume.bitsForContact(w.durationS())).sum() / 8;

        ServiceReport report;
        try (FleetWorkers workers = new FleetWorkers(1)) {
            report = ServiceStage.run(scenario, request, DATA, workers);
        }
        // The scan locates each contact edge to about a second at 30 s steps (fleet-event-scan.md)
        // and the duration histogram adds at most 0.5 s: at most ~3 s on passes of 5-10 min, where
        // the edges carry the lowest rate. 1 % of the day's volume bounds that with room.
        assertThat(report.downlink().bytes()).isCloseTo(expectedBytes, within(0.01 * expectedBytes));
        assertThat(report.downlink().stations()).singleElement()
                .satisfies(s -> assertThat(s.contacts()).isEqualTo(windows.size()));
        double orekitContactS = windows.stream().mapToDouble(ContactWindow::durationS).sum();
        assertThat(report.downlink().contactFraction()).isCloseTo(orekitContactS / 86_400, within(2e-4));
        assertThat(report.downlink().bytesPerDay()).isCloseTo(report.downlink().bytes(), within(1e-6 * expectedBytes));
    }

    @Test
    void earthObservationWithReductionFactorTwentySavesNinetyFivePercent() {
        ServiceReport report = run(load("polar-single.yaml"), 1);
        ServiceReport.EarthObservation eo = report.earthObservation().orElseThrow();
        // processing keeps 1/20 of the data: 1 - 1/20 = 95 % saved
        assertThat(eo.savedBytesPerDay()).isCloseTo(0.95 * eo.rawBytesPerDay(), within(1e-9 * eo.rawBytesPerDay()));
        // 100 GB per orbit at 550 km, by hand: two-body period 2π·√((6,378.136 + 550 km)³ / 398,600.4418 km³/s²)
        // = 5,738.99 s, 15.055 orbits a day, 1.505491e12 bytes/day; 1e-6 relative (the hand value to 7 figures)
        assertThat(eo.rawBytesPerDay()).isCloseTo(1.505491e12, within(1e-6 * 1.505491e12));
        assertThat(eo.fits()).isEqualTo(eo.processedBytesPerDay() <= report.downlink().bytesPerDay());
        assertThat(eo.downlinkedBytesPerDay()).isLessThanOrEqualTo(eo.processedBytesPerDay());
        assertThat(report.inference()).isEmpty();
        assertThat(report.links()).isEmpty();
    }

    @Test
    void noGroundStationMeansNoDownlinkAndANote() {
        ServiceReport report = run(load("polar-single-no-station.yaml"), 1);
        assertThat(report.downlink().bytes()).isZero();
        assertThat(report.downlink().contactFraction()).isZero();
        assertThat(report.downlink().stations()).isEmpty();
        assertThat(report.notes()).anyMatch(n -> n.startsWith("downlink.bytes is 0") && n.contains("groundStations"));
        // with nothing to downlink, the EO backlog grows by all the processed data
        ServiceReport.EarthObservation eo = report.earthObservation().orElseThrow();
        assertThat(eo.backlogGrowthProcessedBytesPerDay()).isEqualTo(eo.processedBytesPerDay());
        assertThat(eo.fits()).isFalse();
    }

    @Test
    void inferenceOnTheSuncatcherClusterHasFiniteQuantilesAndATailThatGrowsWithLoad() {
        Scenario scenario = load("suncatcher-like-service.yaml");
        ServiceReport base = run(scenario, 2);
        ServiceReport.Inference i = base.inference().orElseThrow();
        assertThat(i.stable()).isTrue();
        assertThat(i.p50S()).isPositive().isFinite();
        assertThat(i.p99S()).isFinite().isGreaterThan(i.p50S());
        // 64 TPUs x share 0.25 per satellite, one request each
        assertThat(i.servers()).isEqualTo(16);
        assertThat(i.ratePerSatellite()).isCloseTo(20.0 / 81, within(1e-12));
        // a cluster is reached by one hop from the member in view
        assertThat(i.islHops()).isEqualTo(1);
        // the 81 members, within 1 km, see a station together: it is busy about one member's contact time,
        // and one antenna carries about 1/81 of what 81 antennas would
        for (ServiceReport.StationDownlink s : base.downlink().stations()) {
            assertThat(s.busyS()).isBetween(s.contactS() / 81, 1.1 * s.contactS() / 81);
            assertThat(s.singleAntennaBytesMax()).isLessThan(s.bytes() / 40);
        }
        // p99 can never beat the light time plus the wait through the gap a request is stuck in
        assertThat(i.lightTimeS()).isBetween(2 * 650e3 / PathDelayC.C, 2 * 3500e3 / PathDelayC.C);

        ServiceReport doubled = run(withInferenceRate(scenario, 40), 2);
        ServiceReport.Inference j = doubled.inference().orElseThrow();
        assertThat(j.stable()).isTrue();
        assertThat(j.utilisation()).isCloseTo(2 * i.utilisation(), within(1e-9));
        assertThat(j.p99S()).isGreaterThan(i.p99S());
        assertThat(j.meanS()).isGreaterThan(i.meanS());

        // accelerators that deliver half the time (the twin's goodput) serve at half the rate: the
        // service time doubles and so does the utilisation; the downlink does not change
        ServiceReport half;
        try (FleetWorkers workers = new FleetWorkers(2)) {
            half = ServiceStage.run(scenario, DATA, workers, 0.5);
        }
        ServiceReport.Inference h = half.inference().orElseThrow();
        assertThat(h.serviceTimeS()).isCloseTo(2 * i.serviceTimeS(), within(1e-9 * i.serviceTimeS()));
        assertThat(h.utilisation()).isCloseTo(2 * i.utilisation(), within(1e-9));
        assertThat(h.meanS()).isGreaterThan(i.meanS());
        assertThat(half.downlink()).isEqualTo(base.downlink());
    }

    @Test
    void defaultTerminalClosesAtFullLineRateOutToTwentyTwoKilometres() {
        // hand calculation (validation, 0.1 % = rounding of the constants below):
        // coupling numerator pi D_t D_r / (4 lambda) = pi 0.1 0.1 / (4 1.55e-6) = 5,067.1 m;
        // required power n_b h c / lambda x R = 1000 x 1.2816e-19 J x 8 x 100 Gbps = 1.0253e-4 W;
        // available 8 mW x 10^(-6 dB / 10) = 2.0095e-3 W; range = 5,067.1 / sqrt(1.0253e-4 / 2.0095e-3) = 22,433 m
        OpticalLinkBudget budget = new OpticalLinkBudget(load("cluster-links-within-full-rate.yaml").links().optical());
        assertThat(budget.fullRateRangeM()).isCloseTo(22_433, within(22.4));
    }

    @Test
    void clusterLinksShorterThanTheFullRateRangeAllRunAtLineRate() {
        Scenario scenario = load("cluster-links-within-full-rate.yaml");
        OpticalLinkBudget budget = new OpticalLinkBudget(scenario.links().optical());
        // the input is built for this outcome: a 5 km graph range is inside the 22.4 km full-rate range
        assertThat(scenario.links().rangeM()).isLessThan(budget.fullRateRangeM());
        ServiceReport.Links links = run(scenario, 1).links().orElseThrow();
        assertThat(links.graphs()).isPositive();
        assertThat(links.meanNeighbours()).isPositive();
        assertThat(links.meanLinkM()).isLessThanOrEqualTo(scenario.links().rangeM());
        assertThat(links.fullRateShare()).isEqualTo(1.0);
        assertThat(links.minCapacityBps()).isEqualTo(scenario.links().optical().lineRateBps());
        assertThat(links.meanCapacityBps()).isEqualTo(scenario.links().optical().lineRateBps());
    }

    @Test
    void clusterLinksLongerThanTheFullRateRangeRunBelowLineRate() {
        Scenario scenario = load("cluster-links-beyond-full-rate.yaml");
        OpticalLinkBudget budget = new OpticalLinkBudget(scenario.links().optical());
        ServiceReport.Links links = run(scenario, 1).links().orElseThrow();
        double lineRate = scenario.links().optical().lineRateBps();
        // a 60 km cluster: typical links are several times the 22.4 km full-rate range
        assertThat(links.meanLinkM()).isGreaterThan(budget.fullRateRangeM());
        assertThat(links.fullRateShare()).isLessThan(1.0);
        assertThat(links.minCapacityBps()).isLessThan(lineRate)
                // no link is longer than the graph range, so none is slower than the budget there
                .isGreaterThanOrEqualTo(budget.capacityBps(scenario.links().rangeM()));
        assertThat(links.meanCapacityBps()).isLessThan(lineRate).isGreaterThan(links.minCapacityBps());
    }

    @Test
    void shippedSuncatcherLikeScenarioServesItsInferenceWorkloadStably() {
        Scenario scenario = PIPELINE.load(Path.of("..", "scenarios", "suncatcher-like.yaml"));
        ServiceReport report = run(scenario, 2);
        assertThat(report.downlink().stations()).hasSize(2);
        assertThat(report.downlink().bytes()).isPositive();
        ServiceReport.Inference i = report.inference().orElseThrow();
        assertThat(i.stable()).isTrue();
        assertThat(i.p99S()).isFinite().isGreaterThan(i.p50S());
        // a request can be no faster than its service on an idle accelerator plus light time, and
        // the median request arrives while no contact is up (coverage well below one half)
        assertThat(i.coverage()).isLessThan(0.5);
        assertThat(i.p50S()).isGreaterThan(i.lightTimeS());
    }

    @Test
    void satellitesNeverWithinRangeHaveNoLinkCapacity() {
        // two satellites half an orbit apart (~14,000 km), never within the 1,000 km link range
        ServiceReport report = run(load("two-far-apart.yaml"), 1);
        ServiceReport.Links links = report.links().orElseThrow();
        assertThat(links.meanNeighbours()).isZero();
        assertThat(links.meanCapacityBps()).isNaN();
        assertThat(report.notes()).anyMatch(n -> n.startsWith("links: no two satellites"));
    }

    @Test
    void aSingleSatelliteHasNoLinksSection() {
        // starcloud-40mw is one 40 MW module
        ServiceReport report = run(PIPELINE.load(Path.of("..", "scenarios", "starcloud-40mw.yaml")), 1);
        assertThat(report.links()).isEmpty();
        assertThat(report.notes()).anyMatch(n -> n.startsWith("links.* are null: a single satellite"));
    }

    @Test
    void sameResultsOnOneAndTwoThreads() {
        Scenario scenario = load("suncatcher-like-service.yaml");
        assertThat(run(scenario, 2)).isEqualTo(run(scenario, 1));
    }

    private static Scenario withInferenceRate(Scenario s, double rate) {
        List<Workload> workloads = s.workloads().stream().map(w -> w instanceof Workload.Inference i
                ? new Workload.Inference(i.name(), i.share(), rate, i.modelParameters()) : w).toList();
        return new Scenario(s.file(), s.name(), s.description(), s.epoch(), s.durationS(), s.stepS(), s.seed(),
                s.missionLifeS(), s.shells(), s.target(), s.satellite(), s.groundStations(), s.links(), workloads,
                s.launch(), s.economics(), s.scheduler());
    }

    /** Speed of light, for bounds on the light time. */
    private static final class PathDelayC {
        static final double C = io.orbitdc.core.service.PathDelay.C;
    }
}
