package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The assignment search against brute force on small random cases: every launch-count matrix
 * x[v][g] with x[v][g] <= need[g] is enumerated, and the best by (cost) or (days, cost) must
 * equal the search's. Tolerance: 1e-6 USD on cost (sums of whole-dollar prices), exact on days.
 */
class AssignmentSearchExhaustiveTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Property(tries = 300)
    void costAndTimeObjectivesMatchExhaustiveSearch(@ForAll @IntRange(min = 1, max = 3) int groups,
                                                    @ForAll @IntRange(min = 1, max = 3) int vehicles,
                                                    @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        int[] need = new int[groups];
        int[][] capacity = new int[groups][vehicles];
        double[] price = new double[vehicles];
        SlotCalendar[] cal = new SlotCalendar[vehicles];
        for (int g = 0; g < groups; g++) {
            need[g] = 1 + rng.nextInt(4);
        }
        for (int v = 0; v < vehicles; v++) {
            price[v] = 1 + rng.nextInt(20);
            LaunchVehicle lv = Fleets.vehicle("v" + v, "p", 1, 1, price[v], 1 + rng.nextInt(12),
                    START.plusDays(rng.nextInt(200)), 0, 0, 6);
            cal[v] = new SlotCalendar(lv, START);
            for (int g = 0; g < groups; g++) {
                capacity[g][v] = rng.nextInt(4); // 0 = cannot serve this group
            }
        }
        for (int g = 0; g < groups; g++) {
            capacity[g][rng.nextInt(vehicles)] = 1 + rng.nextInt(3); // every group has a vehicle
        }
        AssignmentSearch search = new AssignmentSearch(need, capacity, price, cal, 1_000_000);
        AssignmentSearch.Result cost = search.minimiseCost();
        AssignmentSearch.Result time = search.minimiseTime();

        double[] best = bruteForce(need, capacity, price, cal);
        assertThat(cost.cost()).isCloseTo(best[0], within(1e-6));
        assertThat(time.makespanDay()).isEqualTo((long) best[1]);
        assertThat(time.cost()).isCloseTo(best[2], within(1e-6));
        assertThat(time.optimal()).isTrue();

        // with no search budget the greedy fallback runs: feasible upper bound, and the relaxation's day is a lower bound
        AssignmentSearch.Result greedy = new AssignmentSearch(need, capacity, price, cal, 0).minimiseTime();
        assertThat(greedy.optimal()).isFalse();
        assertThat(greedy.lowerBoundDay()).isLessThanOrEqualTo((long) best[1]);
        assertThat(greedy.makespanDay()).isGreaterThanOrEqualTo((long) best[1]);
        assertCovers(greedy.counts(), need, capacity);
    }

    private static void assertCovers(int[][] counts, int[] need, int[][] capacity) {
        for (int g = 0; g < need.length; g++) {
            int carried = 0;
            for (int v = 0; v < counts.length; v++) {
                carried += counts[v][g] * capacity[g][v];
            }
            assertThat(carried).isGreaterThanOrEqualTo(need[g]);
        }
    }

    /** {min cost, min days, min cost among plans with min days}, by enumerating every count matrix. */
    private static double[] bruteForce(int[] need, int[][] capacity, double[] price, SlotCalendar[] cal) {
        int groups = need.length;
        int vehicles = price.length;
        int cells = groups * vehicles;
        int[] x = new int[cells];
        double minCost = Double.POSITIVE_INFINITY;
        double minDays = Double.POSITIVE_INFINITY;
        double costAtMinDays = Double.POSITIVE_INFINITY;
        while (true) {
            boolean covers = true;
            for (int g = 0; g < groups && covers; g++) {
                int carried = 0;
                for (int v = 0; v < vehicles; v++) {
                    carried += x[g * vehicles + v] * capacity[g][v];
                }
                covers = carried >= need[g];
            }
            if (covers) {
                double c = 0;
                long days = 0;
                for (int v = 0; v < vehicles; v++) {
                    int total = 0;
                    for (int g = 0; g < groups; g++) {
                        total += x[g * vehicles + v];
                    }
                    c += total * price[v];
                    if (total > 0) {
                        days = Math.max(days, cal[v].day(total - 1));
                    }
                }
                minCost = Math.min(minCost, c);
                if (days < minDays) {
                    minDays = days;
                    costAtMinDays = c;
                } else if (days == minDays) {
                    costAtMinDays = Math.min(costAtMinDays, c);
                }
            }
            int i = 0;
            while (i < cells && x[i] == need[i / vehicles]) {
                x[i] = 0;
                i++;
            }
            if (i == cells) {
                break;
            }
            x[i]++;
        }
        return new double[] {minCost, minDays, costAtMinDays};
    }
}
