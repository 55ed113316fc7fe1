package io.orbitdc.core.twin.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.geometry.EclipseInterval;
import io.orbitdc.core.geometry.Fleet;
import io.orbitdc.core.geometry.GeometryEngine;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitOrbits;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.geometry.PropagatorChoice;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.SpacecraftBody;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.geometry.scan.FleetEventSummary;
import io.orbitdc.core.geometry.scan.FleetStepGeometry;
import io.orbitdc.core.geometry.scan.ScanOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The twin's fleet timeline against the fleet event scan (itself within 10 s of Orekit's
 * EclipseDetector, FleetEventScanTest) over one day at 30 s: eclipses one by one, shadow time,
 * SAA time; and the dawn-dusk eclipse season.
 */
class FleetTimelineTest {

    private static final OrekitDataSetup DATA = OrekitDataSetup.bundled();
    private static final double STEP_S = 30;
    private static final int STEPS = 2880;

    record Run(double startS, double endS) {
    }

    private static FleetTimeline timeline(List<Satellite> sats, Instant start) {
        return new FleetTimeline(new FleetStepGeometry(DATA, sats, start, STEP_S, STEPS, SaaRegion.standard()), 0);
    }

    private static FleetEventSummary scan(List<Satellite> sats, Instant start) {
        return new FleetEventScan(DATA, FleetWorkers.sequential()).scan(sats, start, STEPS * STEP_S, STEP_S, List.of(),
                SaaRegion.standard(), new ScanOptions(1, 0, 0, 1));
    }

    /** Runs of steps darker than half a disc: the timeline's umbra, to within a step. */
    private static List<Run> darkRuns(FleetTimeline t) {
        List<Run> runs = new ArrayList<>();
        int from = -1;
        for (int n = 0; n < t.stepCount(); n++) {
            boolean dark = t.sunlitFraction(0, n) < 0.5;
            if (dark && from < 0) {
                from = n;
            } else if (!dark && from >= 0) {
                if (from > 0) {
                    runs.add(new Run(from * STEP_S, n * STEP_S));
                }
                from = -1;
            }
        }
        return runs;
    }

    private static void agreesWithTheScan(List<Satellite> sats, Instant start) {
        FleetTimeline t = timeline(sats, start);
        FleetEventSummary scan = scan(sats, start);
        List<FleetEventSummary.Interval> umbra = scan.recorded().stream()
                .filter(i -> i.kind().equals("umbra") && !i.truncated()).toList();
        List<Run> runs = darkRuns(t);
        assertThat(umbra).hasSizeGreaterThan(10);
        assertThat(runs).hasSameSizeAs(umbra);
        // each eclipse starts and ends within one step of the scan's umbra boundaries
        for (int j = 0; j < umbra.size(); j++) {
            assertThat(runs.get(j).startS()).isCloseTo(umbra.get(j).startS(), within(STEP_S));
            assertThat(runs.get(j).endS()).isCloseTo(umbra.get(j).endS(), within(STEP_S));
        }
        // shadow time: the timeline averages the visible disc, so a penumbra counts half dark;
        // the scan's umbra + half its penumbra must match within 1e-4 of the day (~9 s)
        double dark = 0;
        for (int n = 0; n < STEPS; n++) {
            dark += 1 - t.sunlitFraction(0, n);
        }
        double scanDark = scan.umbraFraction() + 0.5 * (1 - scan.sunlitFraction() - scan.umbraFraction());
        assertThat(dark / STEPS).isCloseTo(scanDark, within(1e-4));
        // SAA: mid-step membership against the scan's interpolated crossings; each pass edge may be
        // off by up to half a step, 2e-3 of the day allows ~6 passes × 2 edges × 15 s
        assertThat(t.saaTimeFraction(0)).isCloseTo(scan.saaTimeFraction(), within(2e-3));
    }

    @Test
    void issLikeOrbitAgreesWithTheFleetScanAndWithOrekitsEclipseDetector() {
        Instant start = Instant.parse("2027-03-20T00:00:00Z");
        List<Satellite> sats = Fleet.single("iss-like", OrbitSpec.circular(400_000, 51.6, 30, start), DATA);
        agreesWithTheScan(sats, start);
        // and directly against Orekit's EclipseDetector (geometry engine, same J2-secular dynamics):
        // every umbra interval within one step
        GeometryResult orekit = new GeometryEngine(DATA).run(GeometryRequest.of(
                Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(), sats), start, Duration.ofDays(1), List.of()));
        List<EclipseInterval> umbra = orekit.eclipses().stream()
                .filter(e -> e.kind() == EclipseInterval.Kind.UMBRA && !e.truncated()).toList();
        List<Run> runs = darkRuns(timeline(sats, start));
        assertThat(runs).hasSameSizeAs(umbra);
        for (int j = 0; j < umbra.size(); j++) {
            assertThat(runs.get(j).startS()).isCloseTo(Duration.between(start, umbra.get(j).start()).toMillis() / 1e3,
                    within(STEP_S));
            assertThat(runs.get(j).endS()).isCloseTo(Duration.between(start, umbra.get(j).end()).toMillis() / 1e3,
                    within(STEP_S));
        }
    }

    @Test
    void dawnDuskOrbitIsInSunlightInJuneAndInItsEclipseSeasonInDecember() {
        Instant june = Instant.parse("2027-06-21T00:00:00Z");
        FleetTimeline summer = timeline(Fleet.single("dd", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650_000, 6.0, june), DATA), DATA), june);
        for (int n = 0; n < STEPS; n++) {
            assertThat(summer.sunlitFraction(0, n)).isEqualTo(1.0);
        }
        // beta of a 06:00 dawn-dusk orbit near the June solstice: ~|60–80| deg (high beta, no eclipse)
        assertThat(Math.abs(Math.toDegrees(summer.betaRad(0, 0)))).isBetween(60.0, 90.0);
        Instant december = Instant.parse("2027-12-21T00:00:00Z");
        agreesWithTheScan(Fleet.single("dd", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650_000, 6.0, december), DATA), DATA), december);
    }

    @Test
    void valuesDoNotDependOnTheOrderOrThreadTheyAreReadIn() throws Exception {
        Instant start = Instant.parse("2027-12-21T00:00:00Z");
        List<Satellite> sats = Fleet.single("dd", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650_000, 6.0, start), DATA), DATA);
        FleetTimeline t = timeline(sats, start);
        double[] sequential = new double[STEPS];
        boolean[] saa = new boolean[STEPS];
        for (int n = 0; n < STEPS; n++) {
            sequential[n] = t.sunlitFraction(0, n);
            saa[n] = t.inSaa(0, n);
        }
        SplittableRandom random = new SplittableRandom(7);
        Thread other = new Thread(() -> {
            // this thread reads the SAA flags it kept while counting, the main thread evaluated them
            t.saaTimeFraction(0);
            for (int i = 0; i < 2000; i++) {
                int n = random.nextInt(STEPS);
                assertThat(t.sunlitFraction(0, n)).isEqualTo(sequential[n]);
                assertThat(t.inSaa(0, n)).isEqualTo(saa[n]);
            }
        });
        List<Throwable> failures = new ArrayList<>();
        other.setUncaughtExceptionHandler((th, e) -> failures.add(e));
        other.start();
        other.join();
        assertThat(failures).isEmpty();
        assertThat(sequential).contains(0.0, 1.0);
    }
}
