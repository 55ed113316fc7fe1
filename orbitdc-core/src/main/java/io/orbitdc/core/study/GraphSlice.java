package io.orbitdc.core.study;

import io.orbitdc.core.geometry.scan.GraphStatistics;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The inter-satellite neighbour graph at some of the scan's graph steps (plain numbers, so a
 * cluster task can send it back): each step's mean degree, and how many (satellite, step)
 * samples had each degree ({@code degreeCounts[d]}, d = 0 … the largest degree seen), and the
 * graphs pooled as the local scan pools them ({@code links}: degree histogram, and the connected
 * components of the graphs the local scan's schedule picks among these steps).
 */
public record GraphSlice(long[] steps, double[] meanDegree, long[] degreeCounts, GraphStatistics.Pool links)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The slices, given in step order, as one: their steps, means and component figures concatenated, their degree counts added. */
    public static GraphSlice merge(List<GraphSlice> slices) {
        int n = 0;
        int degrees = 0;
        for (GraphSlice g : slices) {
            n += g.steps.length;
            degrees = Math.max(degrees, g.degreeCounts.length);
        }
        long[] steps = new long[n];
        double[] mean = new double[n];
        long[] counts = new long[degrees];
        int at = 0;
        List<GraphStatistics.Pool> pools = new java.util.ArrayList<>();
        for (GraphSlice g : slices) {
            pools.add(g.links);
            System.arraycopy(g.steps, 0, steps, at, g.steps.length);
            System.arraycopy(g.meanDegree, 0, mean, at, g.meanDegree.length);
            at += g.steps.length;
            for (int d = 0; d < g.degreeCounts.length; d++) {
                counts[d] += g.degreeCounts[d];
            }
        }
        int last = counts.length;
        while (last > 0 && counts[last - 1] == 0) {
            last--;
        }
        return new GraphSlice(steps, mean, Arrays.copyOf(counts, last), GraphStatistics.Pool.merge(pools));
    }

    /** The mean of the steps' mean degrees, summed in step order (as the local scan sums them); NaN without steps. */
    public double meanNeighbours() {
        double sum = 0;
        for (double d : meanDegree) {
            sum += d;
        }
        return meanDegree.length == 0 ? Double.NaN : sum / meanDegree.length;
    }
}
