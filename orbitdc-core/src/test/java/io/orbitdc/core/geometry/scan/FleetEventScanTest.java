package io.orbitdc.core.geometry.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.geometry.ContactWindow;
import io.orbitdc.core.geometry.EclipseInterval;
import io.orbitdc.core.geometry.Fleet;
import io.orbitdc.core.geometry.GeometryEngine;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.GroundStation;
import io.orbitdc.core.geometry.GroundStationCatalog;
import io.orbitdc.core.geometry.OrekitOrbits;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.PropagatorChoice;
import io.orbitdc.core.geometry.SaaPass;
import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.SpacecraftBody;
import io.orbitdc.core.geometry.WalkerConstellation;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The fast fleet scan against the Orekit event detectors of the geometry engine, same J2-secular dynamics. */
class FleetEventScanTest {

    private static final OrekitDataSetup DATA = OrekitDataSetup.bundled();
    private static final Instant START = Instant.parse("2027-03-20T00:00:00Z");
    private static final GroundStation SVALSAT = GroundStationCatalog.load().require("svalsat");
    private static final GroundStation HBK = GroundStationCatalog.load().require("hartebeesthoek");

    private static List<Satellite> iss() {
        return Fleet.single("iss-like", OrbitSpec.circular(400_000, 51.6, 30, START), DATA);
    }

    @Test
    void eclipsesAndContactsAgreeWithOrekitDetectorsWithinTenSeconds() {
        List<Satellite> sats = iss();
        GeometryResult orekit = new GeometryEngine(DATA).run(GeometryRequest.of(
                Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(), sats), START, Duration.ofDays(1),
                List.of(HBK)));
        FleetEventSummary fast = new FleetEventScan(DATA, FleetWorkers.sequential())
                .scan(sats, START, 86400, 30, List.of(HBK), SaaRegion.standard(), new ScanOptions(1, 0, 0, 1));

        List<EclipseInterval> umbra = orekit.eclipses().stream()
                .filter(e -> e.kind() == EclipseInterval.Kind.UMBRA && !e.truncated()).toList();
        assertThat(umbra).hasSizeGreaterThan(10);
        // issue 3: eclipse entry/exit within 10 s of Orekit's EclipseDetector
        assertSameIntervalsWithinTenSeconds(fast, "umbra", START, umbra, EclipseInterval::start, EclipseInterval::end);
        List<ContactWindow> contacts = orekit.contacts().stream().filter(c -> !c.truncated()).toList();
        assertThat(contacts).isNotEmpty();
        // issue 3: contact start/end within 10 s of Orekit's ElevationDetector
        assertSameIntervalsWithinTenSeconds(fast, "contact:" + HBK.id(), START, contacts, ContactWindow::start,
                ContactWindow::end);
        // the published ~36 min of shadow per ~92 min orbit at low beta (SMAD), here as the engine measures it
        assertThat(fast.longestEclipseS()).isCloseTo(orekit.report().fleet().longestEclipseS(), within(10.0));
        assertThat(fast.stations().get(0).contactsPerDay()).isCloseTo(orekit.report().stations().get(0).contactsPerDay(), within(0.01));
    }

    @Test
    void saaPassesAgreeWithTheOrekitEngineWithinTenSeconds() {
        // the scan skips the SAA function far from the region (a dot-product bound); the passes must
        // still be the ones the Orekit engine finds by evaluating the region on its own ephemeris
        List<Satellite> sats = iss();
        GeometryResult orekit = new GeometryEngine(DATA).run(GeometryRequest.of(
                Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(), sats), START, Duration.ofDays(1),
                List.of()));
        FleetEventSummary fast = new FleetEventScan(DATA, FleetWorkers.sequential())
                .scan(sats, START, 86400, 30, List.of(), SaaRegion.standard(), new ScanOptions(1, 0, 0, 1));
        List<SaaPass> passes = orekit.saaPasses().stream().filter(p -> !p.truncated()).toList();
        assertThat(passes).hasSizeGreaterThan(3);
        assertSameIntervalsWithinTenSeconds(fast, "saa", START, passes, SaaPass::start, SaaPass::end);
    }

    @Test
    void dawnDuskEclipsesNearThePoleAgreeWithOrekitWithinTenSeconds() {
        // in its December eclipse season a 06:00 dawn-dusk orbit meets its shadow at high latitude,
        // where the oblate Earth's limb is lower than the equatorial radius
        Instant december = Instant.parse("2027-12-21T00:00:00Z");
        List<Satellite> sats = Fleet.single("dawn-dusk", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650_000, 6.0, december), DATA), DATA);
        GeometryResult orekit = new GeometryEngine(DATA).run(GeometryRequest.of(
                Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(), sats), december, Duration.ofDays(1),
                List.of()));
        FleetEventSummary fast = new FleetEventScan(DATA, FleetWorkers.sequential())
                .scan(sats, december, 86400, 30, List.of(), SaaRegion.standard(), new ScanOptions(1, 0, 0, 1));
        List<EclipseInterval> umbra = orekit.eclipses().stream()
                .filter(e -> e.kind() == EclipseInterval.Kind.UMBRA && !e.truncated()).toList();
        assertThat(umbra).hasSizeGreaterThan(10);
        assertSameIntervalsWithinTenSeconds(fast, "umbra", december, umbra, EclipseInterval::start, EclipseInterval::end);
    }

    @Test
    void contactDurationsAndAnyStationCoverageAgreeWithOrekitWindows() {
        // two stations whose footprints never overlap for a 400 km orbit: the union of their
        // visibility is their sum, and each histogram holds exactly the contacts Orekit finds
        GroundStation awarua = GroundStationCatalog.load().require("awarua");
        List<Satellite> sats = iss();
        GeometryResult orekit = new GeometryEngine(DATA).run(GeometryRequest.of(
                Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(), sats), START, Duration.ofDays(1),
                List.of(HBK, awarua)));
        FleetEventSummary fast = new FleetEventScan(DATA, FleetWorkers.sequential())
                .scan(sats, START, 86400, 30, List.of(HBK, awarua), SaaRegion.standard(), new ScanOptions(1, 0, 0, 1));
        double unionS = 0;
        for (int s = 0; s < 2; s++) {
            String id = s == 0 ? HBK.id() : awarua.id();
            List<ContactWindow> windows = orekit.contacts().stream().filter(c -> c.stationId().equals(id)).toList();
            FleetEventSummary.StationEvents events = fast.stations().get(s);
            assertThat(events.durations().count()).isEqualTo(windows.size());
            double orekitS = windows.stream().mapToDouble(ContactWindow::durationS).sum();
            // each contact edge within ~1 s at 30 s steps, each duration within 0.5 s in its bin
            assertThat(events.contactS()).isCloseTo(orekitS, within(3.0 * windows.size()));
            assertThat(events.durations().totalS()).isCloseTo(events.contactS(), within(0.5 * windows.size()));
            // one satellite: the station is busy exactly while it is in view (1 s bins, one per edge)
            assertThat(events.busyS()).isCloseTo(events.contactS(), within(1.0 * windows.size()));
            unionS += orekitS;
        }
        assertThat(unionS).isPositive();
        FleetEventSummary.Coverage any = fast.anyStation();
        assertThat(any.timeFraction()).isCloseTo(unionS / 86400, within(1e-3));
        assertThat(any.contactsPerDay()).isCloseTo(fast.stations().get(0).contactsPerDay()
                + fast.stations().get(1).contactsPerDay(), within(1e-9));
        // mean gap: time out of contact shared among the gaps, within the first and last partial gaps
        assertThat(any.meanGapS()).isPositive().isLessThanOrEqualTo(any.longestGapS());
    }

    @Test
    void noStationMeansNoCoverage() {
        FleetEventSummary fast = new FleetEventScan(DATA, FleetWorkers.sequential())
                .scan(iss(), START, 3600, 30, List.of(), SaaRegion.standard(), ScanOptions.eventsOnly());
        assertThat(fast.anyStation()).isEqualTo(FleetEventSummary.Coverage.none(3600));
    }

    @Test
    void resultsAreIdenticalForOneOrTwoThreads() {
        List<Satellite> walker = new WalkerConstellation("w", OrbitSpec.circular(550_000, 53, 0, START), 2400, 40, 1,
                WalkerConstellation.Pattern.DELTA).satellites(DATA);
        FleetEventSummary one;
        FleetEventSummary two;
        try (FleetWorkers w1 = FleetWorkers.sequential(); FleetWorkers w2 = new FleetWorkers(2)) {
            ScanOptions options = new ScanOptions(3, 1_000_000, 80_000, 600);
            one = new FleetEventScan(DATA, w1).scan(walker, START, 6 * 3600, 60, List.of(SVALSAT), SaaRegion.standard(), options);
            two = new FleetEventScan(DATA, w2).scan(walker, START, 6 * 3600, 60, List.of(SVALSAT), SaaRegion.standard(), options);
        }
        assertThat(two).isEqualTo(one);
        assertThat(one.saaPassesPerDay()).isPositive();
        assertThat(one.meanNeighbours()).isPositive();
    }

    /**
     * The scan's complete intervals of {@code kind} are the reference's, one for one, each start
     * and end within 10 s (issue 3's tolerance), times counted from {@code origin}.
     */
    private static <T> void assertSameIntervalsWithinTenSeconds(FleetEventSummary fast, String kind, Instant origin,
                                                                List<T> reference, Function<T, Instant> start,
                                                                Function<T, Instant> end) {
        List<FleetEventSummary.Interval> found = fast.recorded().stream()
                .filter(i -> i.kind().equals(kind) && !i.truncated()).toList();
        assertThat(found).hasSameSizeAs(reference);
        for (int j = 0; j < reference.size(); j++) {
            assertThat(found.get(j).startS()).as("%s %d start", kind, j)
                    .isCloseTo(Duration.between(origin, start.apply(reference.get(j))).toNanos() / 1e9, within(10.0));
            assertThat(found.get(j).endS()).as("%s %d end", kind, j)
                    .isCloseTo(Duration.between(origin, end.apply(reference.get(j))).toNanos() / 1e9, within(10.0));
        }
    }
}
