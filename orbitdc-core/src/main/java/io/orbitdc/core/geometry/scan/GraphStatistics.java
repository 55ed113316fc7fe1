package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.batch.NeighbourGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Pools the neighbour graphs of a scan into a degree histogram and, on the graphs built with
 * their edges, connected components by union-find (path halving, union by size) over the step's
 * edge list (ref: tarjan-1975). Memory: the histogram, and one parent/size array pair of the fleet's
 * size, reused. Results do not depend on the thread count: the graph's degrees and edges do not.
 */
public final class GraphStatistics {

    /** Degrees at or above this share the last histogram bin. */
    public static final int MAX_DEGREE_BIN = 1000;

    private final long[] histogram = new long[MAX_DEGREE_BIN + 1];
    private int[] parent = new int[0];
    private int[] size = new int[0];
    private long graphs;
    private final List<Double> componentCounts = new ArrayList<>();
    private final List<Double> largestShares = new ArrayList<>();
    private final List<Double> isolatedShares = new ArrayList<>();

    /** Adds the degrees of the graph's last computation. */
    public void addDegrees(NeighbourGraph graph) {
        int[] degree = graph.degrees();
        for (int k = 0; k < graph.size(); k++) {
            histogram[Math.min(degree[k], MAX_DEGREE_BIN)]++;
        }
        graphs++;
    }

    /** Adds the components of the graph's last computation, which must have kept its edges. */
    public void addComponents(NeighbourGraph graph) {
        int n = graph.size();
        if (parent.length < n) {
            parent = new int[n];
            size = new int[n];
        }
        for (int k = 0; k < n; k++) {
            parent[k] = k;
            size[k] = 1;
        }
        int components = n;
        int[] pairs = graph.edgePairs();
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = find(pairs[2 * e]);
            int b = find(pairs[2 * e + 1]);
            if (a != b) {
                if (size[a] < size[b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                parent[b] = a;
                size[a] += size[b];
                components--;
            }
        }
        int largest = 0;
        int isolated = 0;
        int[] degree = graph.degrees();
        for (int k = 0; k < n; k++) {
            if (parent[k] == k) {
                largest = Math.max(largest, size[k]);
            }
            if (degree[k] == 0) {
                isolated++;
            }
        }
        componentCounts.add((double) components);
        largestShares.add(n == 0 ? 0 : (double) largest / n);
        isolatedShares.add(n == 0 ? 0 : (double) isolated / n);
    }

    private int find(int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /** The pooled summary; null when no graph was added. */
    public Summary summary() {
        if (graphs == 0) {
            return null;
        }
        long total = 0;
        for (long c : histogram) {
            total += c;
        }
        double[] cumulative = new double[histogram.length];
        long run = 0;
        for (int d = 0; d < histogram.length; d++) {
            run += histogram[d];
            cumulative[d] = (double) run / total;
        }
        List<DegreeBin> bins = new ArrayList<>();
        for (int d = 0; d < histogram.length; d++) {
            if (histogram[d] > 0) {
                bins.add(new DegreeBin(d, histogram[d]));
            }
        }
        return new Summary(graphs, degreeAt(cumulative, 0.05), degreeAt(cumulative, 0.5), degreeAt(cumulative, 0.95),
                maxDegree(), bins, componentCounts.size(), mean(componentCounts),
                componentCounts.isEmpty() ? Double.NaN : largestShares.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                mean(isolatedShares));
    }

    private int maxDegree() {
        for (int d = histogram.length - 1; d >= 0; d--) {
            if (histogram[d] > 0) {
                return d;
            }
        }
        return 0;
    }

    private static int degreeAt(double[] cumulative, double share) {
        for (int d = 0; d < cumulative.length; d++) {
            if (cumulative[d] >= share) {
                return d;
            }
        }
        return cumulative.length - 1;
    }

    private static double mean(List<Double> v) {
        return v.isEmpty() ? Double.NaN : v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
    }

    /** How many satellite-graphs had {@code degree} neighbours (the last bin: at least {@link #MAX_DEGREE_BIN}). */
    public record DegreeBin(int degree, long count) {
    }

    /**
     * The neighbour graphs of a scan, pooled over satellites and graphs.
     *
     * @param graphs              graphs pooled for degrees
     * @param degreeP5            5th percentile of the degree (a satellite in one graph is one sample)
     * @param degreeP50           median degree
     * @param degreeP95           95th percentile
     * @param degreeMax           largest degree seen (capped at {@link #MAX_DEGREE_BIN})
     * @param degreeHistogram     degrees with a non-zero count (satellite-graphs), degree ascending
     * @param componentGraphs     graphs whose connected components were counted
     * @param meanComponents      mean number of connected components (isolated satellites count as one each)
     * @param worstLargestShare   smallest share of the fleet in the largest component over those graphs
     * @param meanIsolatedShare   mean share of satellites with no neighbour
     */
    public record Summary(long graphs, int degreeP5, int degreeP50, int degreeP95, int degreeMax,
                          List<DegreeBin> degreeHistogram, int componentGraphs, double meanComponents,
                          double worstLargestShare, double meanIsolatedShare) {
        public Summary {
            degreeHistogram = List.copyOf(degreeHistogram);
        }
    }
}
