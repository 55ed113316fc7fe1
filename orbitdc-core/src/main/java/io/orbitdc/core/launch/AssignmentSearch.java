package io.orbitdc.core.launch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chooses how many launches of each vehicle serve each deployment group.
 *
 * <ul>
 *   <li>COST: groups do not interact (cadence only delays, it never forbids), so the exact
 *       minimum is the sum of per-group {@link CoverTable} optima. Exact.</li>
 *   <li>TIME: binary search over the candidate completion days (every slot date); at a given
 *       day each vehicle offers a fixed number of slots, and a memoised depth-first search over
 *       groups (state = slots left per vehicle) finds the cheapest assignment that covers every
 *       group, or proves none exists. Exact (lexicographic: days, then cost) while the search
 *       visits fewer than {@code nodeBudget} nodes; beyond that a greedy (cheapest price per
 *       carried satellite first, biggest groups first) is used and the result is marked not
 *       optimal: it is then a feasible upper bound with no proven gap.</li>
 * </ul>
 */
final class AssignmentSearch {

    /** Launch counts {@code counts[v][g]}, their cost, completion day and whether optimality is proven. */
    record Result(int[][] counts, double cost, long makespanDay, boolean optimal) {
    }

    private final int[] need;
    private final int[][] capacity;   // [g][v]
    private final double[] price;
    private final SlotCalendar[] calendar;
    private final long nodeBudget;
    private long nodes;

    AssignmentSearch(int[] need, int[][] capacity, double[] price, SlotCalendar[] calendar, long nodeBudget) {
        this.need = need.clone();
        this.capacity = capacity;
        this.price = price.clone();
        this.calendar = calendar;
        this.nodeBudget = nodeBudget;
    }

    int vehicles() {
        return price.length;
    }

    int groups() {
        return need.length;
    }

    Result minimiseCost() {
        int[][] counts = new int[vehicles()][groups()];
        double total = 0;
        for (int g = 0; g < groups(); g++) {
            CoverTable table = new CoverTable(need[g], capacity[g], price);
            int[] x = table.counts(need[g]);
            for (int v = 0; v < vehicles(); v++) {
                counts[v][g] = x[v];
            }
            total += table.cost(need[g]);
        }
        return new Result(counts, total, makespan(counts), true);
    }

    Result minimiseTime() {
        int[] maxSlots = new int[vehicles()];
        TreeSet<Long> days = new TreeSet<>();
        for (int v = 0; v < vehicles(); v++) {
            for (int g = 0; g < groups(); g++) {
                if (capacity[g][v] > 0) {
                    maxSlots[v] += ceilDiv(need[g], capacity[g][v]);
                }
            }
            for (int i = 0; i < maxSlots[v]; i++) {
                days.add(calendar[v].day(i));
            }
        }
        Long[] candidates = days.toArray(new Long[0]);
        int lo = 0;
        int hi = candidates.length - 1;
        Result best = null;
        boolean optimal = true;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Attempt attempt = solveBy(candidates[mid], maxSlots);
            optimal &= attempt.exact;
            if (attempt.result != null) {
                best = attempt.result;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no assignment found although every group has a vehicle");
        }
        return new Result(best.counts(), best.cost(), best.makespanDay(), optimal);
    }

    private record Attempt(Result result, boolean exact) {
    }

    private record Memo(double cost, int[] choice) {
    }

    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private Attempt solveBy(long day, int[] maxSlots) {
        int[] slots = new int[vehicles()];
        for (int v = 0; v < vehicles(); v++) {
            slots[v] = Math.min(maxSlots[v], calendar[v].slotsBy(day));
        }
        Map<String, Memo> memo = new HashMap<>();
        nodes = 0;
        try {
            double cost = search(0, slots, memo);
            if (!Double.isFinite(cost)) {
                return new Attempt(null, true);
            }
            int[][] counts = new int[vehicles()][groups()];
            int[] left = slots.clone();
            for (int g = 0; g < groups(); g++) {
                int[] x = memo.get(key(g, left)).choice();
                for (int v = 0; v < vehicles(); v++) {
                    counts[v][g] = x[v];
                    left[v] -= x[v];
                }
            }
            return new Attempt(new Result(counts, cost, makespan(counts), true), true);
        } catch (BudgetExceeded e) {
            return new Attempt(greedy(slots), false);
        }
    }

    private double search(int g, int[] left, Map<String, Memo> memo) {
        if (g == groups()) {
            return 0;
        }
        String key = key(g, left);
        Memo known = memo.get(key);
        if (known != null) {
            return known.cost();
        }
        double[] best = {Double.POSITIVE_INFINITY};
        int[][] bestChoice = {null};
        enumerate(g, 0, 0, 0.0, new int[vehicles()], left, memo, best, bestChoice);
        memo.put(key, new Memo(best[0], bestChoice[0]));
        return best[0];
    }

    private void enumerate(int g, int v, int carried, double spent, int[] x, int[] left, Map<String, Memo> memo,
                           double[] best, int[][] bestChoice) {
        if (++nodes > nodeBudget) {
            throw new BudgetExceeded();
        }
        if (carried >= need[g]) {
            if (spent >= best[0]) {
                return;
            }
            int[] rest = left.clone();
            for (int u = 0; u < vehicles(); u++) {
                rest[u] -= x[u];
            }
            double total = spent + search(g + 1, rest, memo);
            if (total < best[0] - 1e-6) {
                best[0] = total;
                bestChoice[0] = x.clone();
            }
            return;
        }
        if (v == vehicles()) {
            return;
        }
        int k = capacity[g][v];
        int max = k <= 0 ? 0 : Math.min(left[v], ceilDiv(need[g] - carried, k));
        for (int n = 0; n <= max; n++) {
            x[v] = n;
            enumerate(g, v + 1, carried + n * Math.max(k, 0), spent + n * price[v], x, left, memo, best, bestChoice);
        }
        x[v] = 0;
    }

    private Result greedy(int[] slots) {
        int[] left = slots.clone();
        int[][] counts = new int[vehicles()][groups()];
        Integer[] order = new Integer[groups()];
        for (int g = 0; g < groups(); g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(need[b], need[a]));
        double cost = 0;
        for (int g : order) {
            int remaining = need[g];
            while (remaining > 0) {
                int pick = -1;
                double bestRate = Double.POSITIVE_INFINITY;
                for (int v = 0; v < vehicles(); v++) {
                    int k = capacity[g][v];
                    if (k <= 0 || left[v] == 0) {
                        continue;
                    }
                    double rate = price[v] / Math.min(k, remaining);
                    if (rate < bestRate) {
                        bestRate = rate;
                        pick = v;
                    }
                }
                if (pick < 0) {
                    return null;
                }
                counts[pick][g]++;
                left[pick]--;
                remaining -= capacity[g][pick];
                cost += price[pick];
            }
        }
        return new Result(counts, cost, makespan(counts), false);
    }

    /** Completion day when every vehicle flies its launches in its first slots. */
    long makespan(int[][] counts) {
        long last = 0;
        for (int v = 0; v < vehicles(); v++) {
            int total = Arrays.stream(counts[v]).sum();
            if (total > 0) {
                last = Math.max(last, calendar[v].day(total - 1));
            }
        }
        return last;
    }

    private static String key(int g, int[] left) {
        return g + ":" + Arrays.toString(left);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
