package io.orbitdc.core.geometry.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.LineOfSight;
import io.orbitdc.core.geometry.batch.NeighbourGraph;
import org.junit.jupiter.api.Test;

class GraphStatisticsTest {

    @Test
    void componentsAndDegreesOfAHandDrawnGraph() {
        // by hand: 7 satellites 7,000 km from the Earth's centre; range 100 km. A chain 0-1-2 (80 km
        // apart), a pair 3-4 (50 km), and 5, 6 far from everything: components {0,1,2} {3,4} {5} {6} = 4,
        // the largest holds 3/7, isolated 2/7; degrees 1,2,1,1,1,0,0 -> median 1, max 2
        double r = 7_000e3;
        double[] x = {r, r, r, r, r, -r, 0};
        double[] y = {0, 80e3, 160e3, 3_000e3, 3_050e3, 0, r};
        double[] z = {0, 0, 0, 0, 0, 0, 0};
        GraphStatistics stats = new GraphStatistics();
        try (FleetWorkers w = FleetWorkers.sequential()) {
            NeighbourGraph g = new NeighbourGraph(100e3, new LineOfSight(6_378_137, 80e3), w);
            g.compute(x, y, z, 7, true);
            stats.addDegrees(g);
            stats.addComponents(g);
        }
        GraphStatistics.Summary s = stats.summary();
        assertThat(s.meanComponents()).isEqualTo(4.0);
        assertThat(s.worstLargestShare()).isEqualTo(3.0 / 7);
        assertThat(s.meanIsolatedShare()).isEqualTo(2.0 / 7);
        assertThat(s.degreeP50()).isEqualTo(1);
        assertThat(s.degreeMax()).isEqualTo(2);
        assertThat(s.degreeHistogram()).containsExactly(new GraphStatistics.DegreeBin(0, 2),
                new GraphStatistics.DegreeBin(1, 4), new GraphStatistics.DegreeBin(2, 1));
    }

    @Test
    void percentilesAreNearestRank() {
        // by hand: 1..20; nearest rank p = ceil(p/100 x 20): p5 -> 1st = 1, p25 -> 5th, p50 -> 10th, p95 -> 19th
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = 20 - i;
        }
        Percentiles p = Percentiles.of(v);
        assertThat(p.min()).isEqualTo(1);
        assertThat(p.p5()).isEqualTo(1);
        assertThat(p.p25()).isEqualTo(5);
        assertThat(p.p50()).isEqualTo(10);
        assertThat(p.p95()).isEqualTo(19);
        assertThat(p.max()).isEqualTo(20);
        assertThat(v[0]).isEqualTo(20); // the input is not sorted in place
    }
}
