package io.orbitdc.core.study;

import io.orbitdc.core.geometry.GeometryReport;

/**
 * A whole-fleet geometry computed in pieces (on a cluster, or locally by
 * {@link PartitionedFleetScan}): the geometry report with the same keys as {@code orbitdc geometry
 * --json}, and the neighbour-graph degree distribution over the sampled graphs.
 *
 * @param report       the geometry report (fleet, beta, stations, saa, links, drag)
 * @param graphs       neighbour graphs built (0 without links)
 * @param degreeCounts (satellite, graph) samples with degree d, at index d; empty without links
 */
public record FleetGeometry(GeometryReport report, long graphs, long[] degreeCounts) {

    /** The largest degree seen, or 0. */
    public int maxDegree() {
        for (int d = degreeCounts.length - 1; d >= 0; d--) {
            if (degreeCounts[d] > 0) {
                return d;
            }
        }
        return 0;
    }

    /** The smallest degree a satellite had in any sampled graph, or 0. */
    public int minDegree() {
        for (int d = 0; d < degreeCounts.length; d++) {
            if (degreeCounts[d] > 0) {
                return d;
            }
        }
        return 0;
    }

    /** The share of (satellite, graph) samples with no neighbour at all (isolated satellites), NaN without links. */
    public double isolatedFraction() {
        long total = 0;
        for (long c : degreeCounts) {
            total += c;
        }
        return total == 0 ? Double.NaN : (double) degreeCounts[0] / total;
    }
}
