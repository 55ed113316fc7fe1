package io.orbitdc.core.launch;

import java.util.Arrays;

/**
 * Exact minimum-cost set of launches that carries at least {@code n} satellites of one group,
 * when any number of launches of each vehicle may be bought (unbounded covering knapsack).
 * Dynamic programme over satellites carried, O(n x vehicles): {@code C(s) = min_v p_v + C(max(0, s - k_v))}.
 * Ties are broken by fewer launches, then by vehicle order.
 */
final class CoverTable {

    private final double[] cost;
    private final int[] launches;
    private final int[] choice;
    private final int[] capacity;

    /**
     * @param n        satellites to carry
     * @param capacity satellites per launch of each vehicle (0 = cannot serve)
     * @param price    price per launch of each vehicle
     */
    CoverTable(int n, int[] capacity, double[] price) {
        this.capacity = capacity.clone();
        cost = new double[n + 1];
        launches = new int[n + 1];
        choice = new int[n + 1];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(choice, -1);
        cost[0] = 0;
        for (int s = 1; s <= n; s++) {
            for (int v = 0; v < capacity.length; v++) {
                if (capacity[v] <= 0) {
                    continue;
                }
                int rest = Math.max(0, s - capacity[v]);
                double c = price[v] + cost[rest];
                int l = 1 + launches[rest];
                if (c < cost[s] - 1e-6 || (Math.abs(c - cost[s]) <= 1e-6 && l < launches[s])) {
                    cost[s] = c;
                    launches[s] = l;
                    choice[s] = v;
                }
            }
        }
    }

    boolean feasible(int s) {
        return Double.isFinite(cost[s]);
    }

    double cost(int s) {
        return cost[s];
    }

    int launches(int s) {
        return launches[s];
    }

    /** Launch count per vehicle of the optimal cover of {@code s} satellites. */
    int[] counts(int s) {
        int[] x = new int[capacity.length];
        while (s > 0) {
            int v = choice[s];
            x[v]++;
            s = Math.max(0, s - capacity[v]);
        }
        return x;
    }
}
