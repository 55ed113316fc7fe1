package io.orbitdc.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkEstimateTest {

    private static final double RE = 6_378_137;

    /** The four shells of scenarios/spacex-odc-100k.yaml (SSO inclinations from the J2 condition). */
    private static List<ShellLoad> spacex100k() {
        return List.of(new ShellLoad(25_000, RE + 550e3, Math.toRadians(30)),
                new ShellLoad(25_000, RE + 1_000e3, Math.toRadians(30)),
                new ShellLoad(25_000, RE + 800e3, Math.toRadians(98.60)),
                new ShellLoad(25_000, RE + 1_400e3, Math.toRadians(101.44)));
    }

    private static WorkRequest request(List<ShellLoad> shells, double rangeM) {
        return new WorkRequest("geometry", shells, 1441, 60, 86400, 3, rangeM, 1441, false, 2);
    }

    @Test
    void meanDegreeMatchesTheGraphMeasuredOnTheHundredThousandSatelliteScenario() {
        // validation: `orbitdc geometry scenarios/spacex-odc-100k.yaml --json` measured links.meanNeighbours
        // = 18.17 at 250 km (the neighbour graph over 1,441 steps, docs/performance.md); the estimate ignores
        // Earth blockage and Walker patterning, so 10 %
        assertThat(WorkEstimate.of(request(spacex100k(), 250e3)).meanDegree()).isCloseTo(18.17, within(1.8));
    }

    @Test
    void aUniformShellSeesItsNeighboursInTheCapOfTheRange() {
        // by hand: with latitude ignored (a polar-like even spread), degree = n (1 - cos theta) / 2 over a
        // sphere; the latitude-binned estimate of a 90 deg shell concentrates satellites near the poles, so it
        // is bounded below by the uniform figure: n = 10,000 at r = 7,000 km, d = 100 km:
        // cos theta = 1 - d^2 / (2 r^2) -> (1 - cos theta) / 2 = d^2 / (4 r^2) = 5.102e-5 -> 0.510 neighbours
        double uniform = 10_000 * 100e3 * 100e3 / (4 * 7_000e3 * 7_000e3);
        assertThat(uniform).isCloseTo(0.510, within(0.001));
        double estimate = WorkEstimate.meanDegree(request(List.of(new ShellLoad(10_000, 7_000e3, Math.PI / 2)), 100e3));
        assertThat(estimate).isGreaterThanOrEqualTo(uniform).isLessThan(3 * uniform);
    }

    @Test
    void aRingCountsItsNeighboursAlongTheRing() {
        // by hand: 10,000 in one plane at r = 7,078 km are 2 pi r / n = 4.447 km apart; within 250 km on
        // either side lie 2 x 250 / 4.447 = 112.4 satellites (a filled shell would give far fewer)
        double ring = WorkEstimate.meanDegree(request(List.of(new ShellLoad(10_000, 7_078e3, Math.toRadians(98.2), 1)), 250e3));
        assertThat(ring).isCloseTo(112.4, within(0.1));
    }

    @Test
    void degreeGrowsWithTheSquareOfTheRange() {
        double d250 = WorkEstimate.of(request(spacex100k(), 250e3)).meanDegree();
        double d500 = WorkEstimate.of(request(spacex100k(), 500e3)).meanDegree();
        // regression: shells 250 km apart join the count at 500 km, so at least the in-shell factor 4
        assertThat(d500 / d250).isGreaterThan(3.5);
    }

    @Test
    void theDefaultLinkRangeOnAHundredThousandSatellitesIsRefusedNamingTheRange() {
        WorkLimits fourGiB = new WorkLimits(WorkLimits.DEFAULT_WALL_S, (long) (0.8 * (4L << 30)));
        WorkEstimate e = WorkEstimate.of(request(spacex100k(), 1_000e3));
        assertThat(e.refusal(fourGiB)).get().asString().contains("links.range").contains("--budget");
        assertThat(WorkEstimate.of(request(spacex100k(), 250e3)).refusal(fourGiB)).isEmpty();
    }

    @Test
    void aMillionSatellitesAreRefusedForHeapNamingXmx() {
        List<ShellLoad> million = spacex100k().stream()
                .map(s -> new ShellLoad(250_000, s.radiusM(), s.inclinationRad())).toList();
        WorkLimits fourGiB = new WorkLimits(WorkLimits.DEFAULT_WALL_S, (long) (0.8 * (4L << 30)));
        assertThat(WorkEstimate.of(request(million, 250e3)).refusal(fourGiB)).get().asString().contains("-Xmx");
    }

    @Test
    void moreThreadsShortenTheWallTimeNotTheCpuTime() {
        WorkRequest two = request(spacex100k(), 250e3);
        WorkRequest eight = new WorkRequest("geometry", spacex100k(), 1441, 60, 86400, 3, 250e3, 1441, false, 8);
        assertThat(WorkEstimate.of(eight).cpuSeconds()).isEqualTo(WorkEstimate.of(two).cpuSeconds());
        assertThat(WorkEstimate.of(eight).wallSeconds()).isLessThan(WorkEstimate.of(two).wallSeconds());
    }
}
