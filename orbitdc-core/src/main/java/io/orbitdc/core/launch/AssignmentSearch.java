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
 *       day each vehicle offers a fixed number of slots, and a memoised depth-first branch and
 *       bound over groups (state = slots left per vehicle; bound = remaining satellites times the
 *       cheapest remaining price per satellite) finds the cheapest assignment that covers every
 *       group, or proves none exists. Exact (lexicographic: days, then cost) while the search
 *       visits fewer than {@code nodeBudget} nodes; beyond that a greedy (cheapest price per
 *       carried satellite first, biggest groups first) is used and the result is marked not
 *       optimal: it is then a feasible upper bound, and {@link Result#lowerBoundDay()} (from a
 *       relaxation: every group coverable alone, all slots at their best capacity carry the
 *       fleet) bounds the gap in days.</li>
 * </ul>
 */
final class AssignmentSearch {

    /** Launch counts {@code counts[v][g]}, their cost, completion day and whether optimality is proven. */
    record Result(int[][] counts, double cost, long makespanDay, boolean optimal, long lowerBoundDay) {
    }

    private final int[] need;
    private final int[][] capacity;   // [g][v]
    private final double[] price;
    private final SlotCalendar[] calendar;
    private final long nodeBudget;
    private final int[][] order;        // per group: vehicles that can serve it, cheapest per satellite first
    private final double[] tailBound;   // lower bound on the cost of groups g.. ignoring slot limits
    private long nodes;
    private boolean exhausted;

    AssignmentSearch(int[] need, int[][] capacity, double[] price, SlotCalendar[] calendar, long nodeBudget) {
        this.need = need.clone();
        this.capacity = capacity;
        this.price = price.clone();
        this.calendar = calendar;
        this.nodeBudget = nodeBudget;
        this.order = new int[need.length][];
        this.tailBound = new double[need.length + 1];
        for (int g = need.length - 1; g >= 0; g--) {
            final int group = g;
            order[g] = java.util.stream.IntStream.range(0, price.length).filter(v -> capacity[group][v] > 0).boxed()
                    .sorted(java.util.Comparator.comparingDouble(v -> price[v] / capacity[group][v]))
                    .mapToInt(Integer::intValue).toArray();
            double rate = order[g].length == 0 ? Double.POSITIVE_INFINITY : price[order[g][0]] / capacity[g][order[g][0]];
            tailBound[g] = tailBound[g + 1] + need[g] * rate;
        }
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
        long days = makespan(counts);
        return new Result(counts, total, days, true, days);
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
        long lowerBound = lowerBound(candidates, maxSlots);
        exhausted = false;
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
        return new Result(best.counts(), best.cost(), best.makespanDay(), optimal,
                optimal ? best.makespanDay() : lowerBound);
    }

    /**
     * Earliest candidate day that passes two necessary conditions: every group can be covered by
     * the slots alone, and all slots together (each at its best capacity over groups) carry every
     * satellite (a slot carries at most one group's need). A valid lower bound on the optimal completion day.
     */
    private long lowerBound(Long[] candidates, int[] maxSlots) {
        int lo = 0;
        int hi = candidates.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (relaxedFeasible(candidates[mid], maxSlots)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return candidates[lo];
    }

    private boolean relaxedFeasible(long day, int[] maxSlots) {
        long total = 0;
        long needed = 0;
        int[] slots = new int[vehicles()];
        for (int v = 0; v < vehicles(); v++) {
            slots[v] = Math.min(maxSlots[v], calendar[v].slotsBy(day));
            int best = 0;
            for (int g = 0; g < groups(); g++) {
                best = Math.max(best, Math.min(capacity[g][v], need[g])); // a launch serves one group
            }
            total += (long) slots[v] * best;
        }
        for (int g = 0; g < groups(); g++) {
            long alone = 0;
            for (int v = 0; v < vehicles(); v++) {
                alone += (long) slots[v] * capacity[g][v];
            }
            if (alone < need[g]) {
                return false;
            }
            needed += need[g];
        }
        return total >= needed;
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
        if (exhausted) {
            return new Attempt(greedy(slots), false);
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
            long days = makespan(counts);
            return new Attempt(new Result(counts, cost, days, true, days), true);
        } catch (BudgetExceeded e) {
            exhausted = true; // later days go straight to the greedy: the search is too large for this request
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

    private void enumerate(int g, int pos, int carried, double spent, int[] x, int[] left, Map<String, Memo> memo,
                           double[] best, int[][] bestChoice) {
        if (++nodes > nodeBudget) {
            throw new BudgetExceeded();
        }
        if (carried >= need[g]) {
            if (spent + tailBound[g + 1] >= best[0] - 1e-6) {
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
        if (pos == order[g].length) {
            return;
        }
        int v = order[g][pos];
        int k = capacity[g][v];
        // branch and bound: the remaining satellites cost at least the best remaining price per satellite
        double bound = spent + (need[g] - carried) * price[v] / k + tailBound[g + 1];
        if (bound >= best[0] - 1e-6) {
            return;
        }
        int max = Math.min(left[v], ceilDiv(need[g] - carried, k));
        for (int n = max; n >= 0; n--) {
            x[v] = n;
            enumerate(g, pos + 1, carried + n * k, spent + n * price[v], x, left, memo, best, bestChoice);
        }
        x[v] = 0;
    }

    /** The cheaper of two greedy assignments that succeed: cheapest price per satellite, and best-fit decreasing. */
    private Result greedy(int[] slots) {
        Result cheap = greedy(slots, false);
        Result fit = greedy(slots, true);
        if (cheap == null) {
            return fit;
        }
        return fit == null || cheap.cost() <= fit.cost() ? cheap : fit;
    }

    private Result greedy(int[] slots, boolean bestFit) {
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
                    // best fit: the smallest launch that takes the rest, else the biggest one; ties by price
                    double rate = !bestFit ? price[v] / Math.min(k, remaining)
                            : (k >= remaining ? k : 1e12 - k) * 1e12 + price[v];
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
        long days = makespan(counts);
        return new Result(counts, cost, days, false, days);
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
