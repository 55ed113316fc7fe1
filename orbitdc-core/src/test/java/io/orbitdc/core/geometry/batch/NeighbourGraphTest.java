package io.orbitdc.core.geometry.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The grid-hashed neighbour graph must equal the all-pairs answer exactly (same degrees, same
 * set of edges, same distances), on random fleets spread over LEO shells and with ranges large
 * enough that the Earth blocks many in-range pairs.
 */
class NeighbourGraphTest {

    private static final double RE = EarthJ2.EARTH.equatorialRadiusM();

    private static double[][] randomShellFleet(int n, long seed, double minAltM, double maxAltM) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] p = new double[3][n];
        for (int k = 0; k < n; k++) {
            double u = rnd.nextDouble(-1, 1);
            double lon = rnd.nextDouble(0, 2 * Math.PI);
            double r = RE + rnd.nextDouble(minAltM, maxAltM);
            double c = Math.sqrt(1 - u * u);
            p[0][k] = r * c * Math.cos(lon);
            p[1][k] = r * c * Math.sin(lon);
            p[2][k] = r * u;
        }
        return p;
    }

    /** All-pairs answer: edges "i j" with i < j, and degrees. */
    private static List<String> bruteForce(double[][] p, int n, double range, LineOfSight los, int[] degree) {
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = p[0][j] - p[0][i];
                double dy = p[1][j] - p[1][i];
                double dz = p[2][j] - p[2][i];
                double d2 = dx * dx + dy * dy + dz * dz;
                if (d2 <= range * range && los.clear(p[0][i], p[1][i], p[2][i], p[0][j], p[1][j], p[2][j])) {
                    edges.add(i + " " + j);
                    degree[i]++;
                    degree[j]++;
                }
            }
        }
        return edges;
    }

    private static List<String> edgesOf(NeighbourGraph g, double[][] p) {
        List<String> edges = new ArrayList<>();
        int[] pairs = g.edgePairs();
        for (int k = 0; k < g.edgeCount(); k++) {
            int i = pairs[2 * k];
            int j = pairs[2 * k + 1];
            assertThat(i).isLessThan(j);
            double d = Math.sqrt(Math.pow(p[0][j] - p[0][i], 2) + Math.pow(p[1][j] - p[1][i], 2) + Math.pow(p[2][j] - p[2][i], 2));
            assertThat(g.edgeDistancesM()[k]).isCloseTo(d, within(1e-6));
            edges.add(i + " " + j);
        }
        return edges;
    }

    @Property(tries = 40)
    void equalsAllPairsOnRandomFleets(@ForAll @IntRange(min = 0, max = 600) int n,
                                      @ForAll @DoubleRange(min = 20e3, max = 9000e3) double rangeM,
                                      @ForAll @IntRange(min = 1, max = 3) int threads,
                                      @ForAll long seed) {
        double[][] p = randomShellFleet(n, seed, 300e3, 2000e3);
        LineOfSight los = new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M);
        int[] expectedDegree = new int[n];
        List<String> expected = bruteForce(p, n, rangeM, los, expectedDegree);
        try (FleetWorkers workers = new FleetWorkers(threads)) {
            NeighbourGraph g = new NeighbourGraph(rangeM, los, workers);
            g.compute(p[0], p[1], p[2], n, true);
            assertThat(edgesOf(g, p)).containsExactlyInAnyOrderElementsOf(expected);
            for (int i = 0; i < n; i++) {
                assertThat(g.degree(i)).as("degree of %d", i).isEqualTo(expectedDegree[i]);
            }
            assertThat(g.edgeTotal()).isEqualTo(expected.size());
            assertThat(g.meanDegree()).isCloseTo(n == 0 ? 0 : 2.0 * expected.size() / n, within(1e-12));
            // degrees only: counted without recording pairs, the same degrees
            NeighbourGraph counted = new NeighbourGraph(rangeM, los, workers);
            counted.compute(p[0], p[1], p[2], n, false);
            assertThat(java.util.Arrays.copyOf(counted.degrees(), n)).isEqualTo(expectedDegree);
            assertThat(counted.edgeTotal()).isEqualTo(expected.size());
            assertThat(counted.edgeCount()).isZero();
        }
    }

    /**
     * Thin shells a range or so apart (the mega-constellation case the bucket boxes prune): the
     * pruned candidate loop must still find exactly the all-pairs edges, with and without edges kept.
     */
    @Property(tries = 40)
    void thinShellsEqualAllPairs(@ForAll @IntRange(min = 1, max = 1500) int n,
                                 @ForAll @IntRange(min = 1, max = 4) int shells,
                                 @ForAll @DoubleRange(min = 20e3, max = 600e3) double rangeM,
                                 @ForAll @DoubleRange(min = 0, max = 3e3) double thicknessM,
                                 @ForAll @IntRange(min = 1, max = 3) int threads,
                                 @ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] altitudes = new double[shells];
        for (int s = 0; s < shells; s++) {
            altitudes[s] = rnd.nextDouble(300e3, 1500e3);
        }
        double[][] p = new double[3][n];
        for (int k = 0; k < n; k++) {
            double alt = altitudes[rnd.nextInt(shells)];
            double[][] one = randomShellFleet(1, rnd.nextLong(), alt, alt + thicknessM + 1e-3);
            p[0][k] = one[0][0];
            p[1][k] = one[1][0];
            p[2][k] = one[2][0];
        }
        assertEqualsAllPairs(p, n, rangeM, threads);
    }

    /**
     * Pairs exactly one range apart on cell boundaries (a lattice of spacing R at 7,000 km, every
     * coordinate and difference exact in double): they are neighbours (d &lt;= R), so the bucket
     * boxes, rounded outwards to float and compared with a margin, must not prune them. Hand count:
     * an interior lattice point has 6 neighbours at d = R (the diagonals are at R sqrt 2).
     */
    @Test
    void pairsExactlyOneRangeApartOnCellBoundariesAreKept() {
        double rangeM = 1000;
        int side = 5;
        int n = side * side * side;
        double[][] p = new double[3][n];
        for (int k = 0; k < n; k++) {
            p[0][k] = 7_000_000 + rangeM * (k % side);
            p[1][k] = rangeM * ((k / side) % side);
            p[2][k] = rangeM * (k / (side * side));
        }
        assertEqualsAllPairs(p, n, rangeM, 2);
        try (FleetWorkers workers = new FleetWorkers(1)) {
            NeighbourGraph g = new NeighbourGraph(rangeM, new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M), workers);
            g.compute(p[0], p[1], p[2], n, false);
            assertThat(g.degree(1 + side + side * side)).isEqualTo(6); // lattice point (1, 1, 1)
            assertThat(g.degree(0)).isEqualTo(3);                        // a corner
        }
    }

    /**
     * A chain of 8 satellites 0.9 R apart along x: a table of 32 buckets for 8 satellites maps its
     * 7 cells to two buckets only (cells two apart collide), and the numbering puts a satellite
     * of another cell between the two satellites of the first cell in index order, so the
     * degrees-only path must regroup the cells sharing a bucket. Hand count: the next link is 1.8 R, so an end has one
     * neighbour and an interior satellite two.
     */
    @Test
    void cellsSharingABucketAreKeptApart() {
        double rangeM = 100e3;
        int n = 8;
        int[] placeInChain = {0, 3, 1, 2, 4, 5, 6, 7};
        double[][] p = new double[3][n];
        for (int k = 0; k < n; k++) {
            p[0][k] = 7_000_000 + 0.9 * rangeM * placeInChain[k] + 1.0; // clear of the cell boundaries
        }
        assertEqualsAllPairs(p, n, rangeM, 1);
        try (FleetWorkers workers = new FleetWorkers(1)) {
            NeighbourGraph g = new NeighbourGraph(rangeM, new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M), workers);
            g.compute(p[0], p[1], p[2], n, false);
            assertThat(java.util.Arrays.copyOf(g.degrees(), n)).containsExactly(1, 2, 2, 2, 2, 2, 2, 1); // by index: ends are places 0 and 7
        }
    }

    private static void assertEqualsAllPairs(double[][] p, int n, double rangeM, int threads) {
        LineOfSight los = new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M);
        int[] expectedDegree = new int[n];
        List<String> expected = bruteForce(p, n, rangeM, los, expectedDegree);
        try (FleetWorkers workers = new FleetWorkers(threads)) {
            NeighbourGraph g = new NeighbourGraph(rangeM, los, workers);
            g.compute(p[0], p[1], p[2], n, true);
            assertThat(edgesOf(g, p)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(java.util.Arrays.copyOf(g.degrees(), n)).isEqualTo(expectedDegree);
            NeighbourGraph counted = new NeighbourGraph(rangeM, los, workers);
            counted.compute(p[0], p[1], p[2], n, false);
            assertThat(java.util.Arrays.copyOf(counted.degrees(), n)).isEqualTo(expectedDegree);
            assertThat(counted.edgeTotal()).isEqualTo(expected.size());
        }
    }

    @Test
    void lineOfSightBoundMatchesTheExactTestAtTheGrazingChord() {
        // Two satellites at radius r, symmetric about the x axis: the chord between them is
        // tangent to the blocking sphere B when its half-length is sqrt(r^2 - B^2) (Pythagoras),
        // 2,438 km for r = Re + 525 km and B = Re + 80 km. Just inside, the exact test and the
        // bound both say clear; just outside, the exact test blocks and the bound does not claim clear.
        LineOfSight los = new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M);
        double r = RE + 525e3;
        double b = los.blockingRadiusM();
        double half = Math.sqrt(r * r - b * b);
        for (double f : new double[] {0.999, 1.001}) {
            double h = half * f;
            double x = Math.sqrt(r * r - h * h);
            boolean exact = los.clear(x, -h, 0, x, h, 0);
            boolean bound = NeighbourGraph.provablyClear(4 * h * h, r * r, b);
            assertThat(exact).as("exact at %s of the grazing half-chord", f).isEqualTo(f < 1);
            assertThat(bound).as("bound at %s", f).isEqualTo(f < 1);
        }
        // the 525 km shell: any in-range pair shorter than 4,877 km (hand value above) is provably clear
        assertThat(2 * half).isCloseTo(4.877e6, within(1e3));
    }

    @Test
    void manyBlocksGiveTheAllPairsAnswerAndTheSameEdgeOrderForAnyThreadCount() {
        // 6,000 satellites span three parallel blocks of 2,048; R = 400 km.
        int n = 6000;
        double[][] p = randomShellFleet(n, 99, 500e3, 600e3);
        LineOfSight los = new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M);
        int[] expectedDegree = new int[n];
        List<String> expected = bruteForce(p, n, 400e3, los, expectedDegree);
        int[][] pairs = new int[3][];
        double[][] dist = new double[3][];
        for (int threads = 1; threads <= 3; threads++) {
            try (FleetWorkers workers = new FleetWorkers(threads)) {
                NeighbourGraph g = new NeighbourGraph(400e3, los, workers);
                g.compute(p[0], p[1], p[2], n, true);
                assertThat(edgesOf(g, p)).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(java.util.Arrays.copyOf(g.degrees(), n)).isEqualTo(expectedDegree);
                pairs[threads - 1] = java.util.Arrays.copyOf(g.edgePairs(), 2 * g.edgeCount());
                dist[threads - 1] = java.util.Arrays.copyOf(g.edgeDistancesM(), g.edgeCount());
            }
        }
        assertThat(expected.size()).isGreaterThan(n); // a real graph, mean degree above 2
        assertThat(pairs[1]).isEqualTo(pairs[0]);
        assertThat(pairs[2]).isEqualTo(pairs[0]);
        assertThat(dist[2]).isEqualTo(dist[0]);
    }

    @Test
    void earthBlocksSomeInRangePairsOnLargeRanges() {
        // With R = 8,000 km in a 300-2000 km shell, pairs across the limb are in range but
        // blocked: the all-pairs check without line of sight must find strictly more pairs.
        double[][] p = randomShellFleet(400, 7, 300e3, 2000e3);
        LineOfSight los = new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M);
        LineOfSight noEarth = new LineOfSight(1.0, 0.0);
        int[] d1 = new int[400];
        int[] d2 = new int[400];
        int withEarth = bruteForce(p, 400, 8000e3, los, d1).size();
        int withoutEarth = bruteForce(p, 400, 8000e3, noEarth, d2).size();
        assertThat(withEarth).isLessThan(withoutEarth);
        NeighbourGraph g = new NeighbourGraph(8000e3, los, FleetWorkers.sequential());
        g.compute(p[0], p[1], p[2], 400, false);
        assertThat(g.edgeTotal()).isEqualTo(withEarth);
        assertThat(g.edgeCount()).isZero(); // edges not kept
    }

    @Test
    void grazingHeightDecidesAChordOverTheLimb() {
        // Two satellites at 550 km separated by angle theta: the chord's lowest point is at
        // r cos(theta / 2). Just above Re + 80 km the link is clear, just below it is blocked.
        double r = RE + 550e3;
        double limit = RE + LineOfSight.DEFAULT_GRAZING_HEIGHT_M;
        double thetaLimit = 2 * Math.acos(limit / r);
        LineOfSight los = new LineOfSight(RE, LineOfSight.DEFAULT_GRAZING_HEIGHT_M);
        for (double[] c : new double[][] {{thetaLimit * 0.999, 1}, {thetaLimit * 1.001, 0}}) {
            double th = c[0];
            double[] x = {r, r * Math.cos(th)};
            double[] y = {0, r * Math.sin(th)};
            double[] z = {0, 0};
            NeighbourGraph g = new NeighbourGraph(10_000e3, los, FleetWorkers.sequential());
            g.compute(x, y, z, 2, true);
            assertThat(g.degree(0)).as("theta %.6f rad vs limit %.6f", th, thetaLimit).isEqualTo((int) c[1]);
        }
    }

    @Test
    void closeFormationAtMetreScaleIsFound() {
        // Suncatcher-like cluster: 81 satellites on a 9 x 9 grid 150 m apart at 650 km; R = 200 m
        // links the 4-neighbourhood only (diagonals are 212 m). Interior satellites have 4 neighbours.
        int side = 9;
        double[] x = new double[side * side];
        double[] y = new double[side * side];
        double[] z = new double[side * side];
        for (int a = 0; a < side; a++) {
            for (int b = 0; b < side; b++) {
                x[a * side + b] = RE + 650e3;
                y[a * side + b] = a * 150.0;
                z[a * side + b] = b * 150.0;
            }
        }
        NeighbourGraph g = new NeighbourGraph(200, new LineOfSight(RE, 80e3), FleetWorkers.sequential());
        g.compute(x, y, z, side * side, true);
        assertThat(g.degree(4 * side + 4)).isEqualTo(4);
        assertThat(g.degree(0)).isEqualTo(2);
        assertThat(g.edgeTotal()).isEqualTo(2L * side * (side - 1));
    }

    @Test
    void rejectsBadInput() {
        LineOfSight los = new LineOfSight(RE, 80e3);
        assertThatThrownBy(() -> new NeighbourGraph(0, los, FleetWorkers.sequential())).hasMessageContaining("range");
        NeighbourGraph g = new NeighbourGraph(1, los, FleetWorkers.sequential());
        assertThatThrownBy(() -> g.compute(new double[] {Double.NaN}, new double[1], new double[1], 1, false))
                .hasMessageContaining("satellite 0").hasMessageContaining("not finite");
        assertThatThrownBy(() -> g.compute(new double[] {1e10}, new double[1], new double[1], 1, false))
                .hasMessageContaining("2^30");
        assertThatThrownBy(() -> g.compute(new double[1], new double[1], new double[1], 2, false))
                .hasMessageContaining("count 2");
        assertThatThrownBy(() -> new LineOfSight(RE, -1)).hasMessageContaining("grazing height");
    }
}
