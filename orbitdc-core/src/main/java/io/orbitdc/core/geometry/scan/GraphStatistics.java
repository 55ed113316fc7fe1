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
        return pool().summary();
    }

    /** What was added so far, as plain numbers (a copy): to send from a cluster task and {@link Pool#merge}. */
    public Pool pool() {
        return new Pool(graphs, histogram.clone(), toArray(componentCounts), toArray(largestShares), toArray(isolatedShares));
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The pooled graphs as plain numbers: the degree histogram ({@link #MAX_DEGREE_BIN} + 1 bins)
     * and, for each graph whose components were counted, in graph order, its component count,
     * largest component's share and isolated share. Pools of consecutive runs of graphs merge
     * exactly into the pool of all of them (histograms added, lists joined in order), so the summary
     * of a scan split by time step is the single scan's bit for bit.
     */
    public record Pool(long graphs, long[] histogram, double[] componentCounts, double[] largestShares,
                       double[] isolatedShares) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        /** Pools of runs of graphs, given in graph order, as one. */
        public static Pool merge(List<Pool> pools) {
            GraphStatistics all = new GraphStatistics();
            for (Pool p : pools) {
                all.graphs += p.graphs;
                for (int d = 0; d < p.histogram.length; d++) {
                    all.histogram[d] += p.histogram[d];
                }
                for (int i = 0; i < p.componentCounts.length; i++) {
                    all.componentCounts.add(p.componentCounts[i]);
                    all.largestShares.add(p.largestShares[i]);
                    all.isolatedShares.add(p.isolatedShares[i]);
                }
            }
            return all.pool();
        }

        /** The summary of the pooled graphs; null when there is none. */
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
                    maxDegree(histogram), bins, componentCounts.length, mean(componentCounts),
                    componentCounts.length == 0 ? Double.NaN
                            : java.util.Arrays.stream(largestShares).min().orElse(Double.NaN),
                    mean(isolatedShares));
        }
    }

    private static int maxDegree(long[] histogram) {
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

    private static double mean(double[] v) {
        // DoubleStream.sum, as the scan always summed these (compensated): same numbers as before the pool existed
        return v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).sum() / v.length;
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
