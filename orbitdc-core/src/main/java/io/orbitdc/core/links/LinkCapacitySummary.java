package io.orbitdc.core.links;

/**
 * The capacities of every link of one neighbour graph (one instant): what the twin records per
 * step from {@code NeighbourGraph.edgeDistancesM()}.
 *
 * @param links         number of links (edges)
 * @param minBps        smallest one-way link capacity (0 with no links)
 * @param meanBps       mean one-way link capacity (0 with no links)
 * @param totalBps      sum of one-way capacities over all links (bit/s, one direction)
 * @param fullRateLinks links running at the full line rate
 */
public record LinkCapacitySummary(int links, double minBps, double meanBps, double totalBps, int fullRateLinks) {

    /**
     * Summarises the capacities of links of the given lengths.
     *
     * @param distancesM link lengths (m), e.g. {@code NeighbourGraph.edgeDistancesM()}
     * @param count      how many entries of {@code distancesM} are links
     */
    public static LinkCapacitySummary of(OpticalLinkBudget budget, double[] distancesM, int count) {
        if (count < 0 || count > distancesM.length) {
            throw new IllegalArgumentException("link count " + count + " outside 0.." + distancesM.length);
        }
        if (count == 0) {
            return new LinkCapacitySummary(0, 0, 0, 0, 0);
        }
        double line = budget.terminal().lineRateBps();
        double min = Double.POSITIVE_INFINITY;
        double total = 0;
        int full = 0;
        for (int i = 0; i < count; i++) {
            double c = budget.capacityBps(distancesM[i]);
            min = Math.min(min, c);
            total += c;
            if (c >= line) {
                full++;
            }
        }
        return new LinkCapacitySummary(count, min, total / count, total, full);
    }
}
