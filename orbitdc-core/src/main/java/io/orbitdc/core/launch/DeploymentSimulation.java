package io.orbitdc.core.launch;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Monte Carlo of a plan's deployment. Each launch flies no earlier than its planned day, its
 * vehicle's next free slot and (for vehicles in development or grounded) the vehicle's availability
 * date slipped by an exponential delay of the catalog's mean, drawn once per run; then it slips by
 * its own exponential delay; it fails with probability one
 * minus the vehicle's posterior-mean reliability. Satellites lost in a failure are rebuilt
 * within the request's lead time and re-manifested on the same vehicle type. After deployment
 * each full mission year loses Binomial(n, rate) satellites per group, replaced at the cheapest
 * cover. Run {@code i} draws only from the {@code i}-th stream split from the seed, so results
 * do not depend on thread count.
 */
public final class DeploymentSimulation {

    // ref: orbitdc-launch-assumptions (mean slip of each launch beyond its slot; a vehicle still in
    // development slips more. The slip of a vehicle's availability date itself is the catalog's
    // entry_slip_mean_days, see VehicleStatus for the defaults.)
    static final double SLIP_MEAN_OPERATIONAL_DAYS = 30;
    static final double SLIP_MEAN_IN_DEVELOPMENT_DAYS = 90;
    /** Guard against a vehicle that (almost) never succeeds. */
    static final int MAX_LAUNCHES_PER_RUN = 100_000;

    private final LaunchRequest request;
    private final LaunchPlan plan;
    private final Map<String, LaunchVehicle> vehicles = new HashMap<>();
    private final List<DeploymentGroup> groups;
    private final CoverTable[] replacementTables;

    public DeploymentSimulation(LaunchRequest request, LaunchPlan plan, List<LaunchVehicle> eligible) {
        this.request = request;
        this.plan = plan;
        eligible.forEach(v -> vehicles.put(v.id(), v));
        for (ManifestEntry e : plan.launches()) {
            if (!vehicles.containsKey(e.vehicleId())) {
                throw new IllegalArgumentException("plan uses vehicle '" + e.vehicleId() + "' that is not among the eligible vehicles");
            }
        }
        this.groups = LaunchPlanner.groups(request);
        double[] price = eligible.stream().mapToDouble(LaunchVehicle::priceUsd).toArray();
        this.replacementTables = groups.stream().map(g -> new CoverTable(g.satellites(),
                eligible.stream().mapToInt(v -> PayloadFit.satellitesPerLaunch(v, g.orbit(), request.satellite())).toArray(),
                price)).toArray(CoverTable[]::new);
    }

    /** Runs {@code request.monteCarloRuns()} simulations; fails if that is 0. */
    public MonteCarloSummary run() {
        int runs = request.monteCarloRuns();
        if (runs <= 0) {
            throw new IllegalArgumentException("Monte Carlo needs at least 1 run, found " + runs);
        }
        SplittableRandom root = new SplittableRandom(request.seed());
        SplittableRandom[] streams = new SplittableRandom[runs];
        for (int i = 0; i < runs; i++) {
            streams[i] = root.split();
        }
        double[] days = new double[runs];
        double[] cost = new double[runs];
        double[] missionCost = new double[runs];
        double[] failures = new double[runs];
        IntStream.range(0, runs).parallel().forEach(i -> {
            double[] out = simulate(streams[i]);
            days[i] = out[0];
            cost[i] = out[1];
            missionCost[i] = out[1] + out[2];
            failures[i] = out[3];
        });
        double meanFailures = java.util.Arrays.stream(failures).average().orElse(0);
        return new MonteCarloSummary(runs, request.seed(), Percentiles.of(days), Percentiles.of(cost),
                Percentiles.of(missionCost), meanFailures, MonteCarloSummary.quantileCurve(days));
    }

    private record Pending(double plannedDay, long order, String vehicleId, int satellites) {
    }

    /** One run: {days to full capacity, deployment cost, replacement cost, launch failures}. */
    double[] simulate(SplittableRandom rng) {
        Map<String, Double> debut = new HashMap<>();
        Map<String, Double> nextFree = new HashMap<>();
        for (LaunchVehicle v : vehicles.values().stream().sorted(java.util.Comparator.comparing(LaunchVehicle::id)).toList()) {
            double available = ChronoUnit.DAYS.between(request.start(), v.availableFrom());
            // service entry (in development) or return to flight (grounded) slips beyond the catalog date
            double slip = v.status().availabilityUncertain() ? exponential(rng, v.entrySlipMeanDays()) : 0;
            debut.put(v.id(), available + slip);
        }
        PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.plannedDay != b.plannedDay
                ? Double.compare(a.plannedDay, b.plannedDay) : Long.compare(a.order, b.order));
        long order = 0;
        for (ManifestEntry e : plan.launches()) {
            queue.add(new Pending(e.day(), order++, e.vehicleId(), e.satellites()));
        }
        double lastDelivery = 0;
        double cost = 0;
        int failures = 0;
        int flown = 0;
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            LaunchVehicle v = vehicles.get(p.vehicleId());
            if (++flown > MAX_LAUNCHES_PER_RUN) {
                // a fleet the model cannot follow to the end is the scenario's (its size against the
                // vehicles' reliability and cadence), not an internal error: say so, and what would help
                throw new InfeasibleLaunchException(String.format(java.util.Locale.ROOT, "a Monte Carlo deployment"
                        + " did not finish within %,d launches (the model's limit per run; the plan itself flies %,d,"
                        + " and %s's posterior-mean reliability of %.2f means about %.1f attempts per success); fly"
                        + " fewer or lighter"
                        + " satellites, exclude the vehicle (launch.excludeProviders), or set launch.pricePerKg to"
                        + " cost the fleet at a flat price", MAX_LAUNCHES_PER_RUN, plan.launches().size(), v.id(),
                        v.reliability(request.prior()), 1 / v.reliability(request.prior())));
            }
            double earliest = Math.max(p.plannedDay(), Math.max(debut.get(v.id()), nextFree.getOrDefault(v.id(), 0.0)));
            double slipMean = v.status() == VehicleStatus.IN_DEVELOPMENT ? SLIP_MEAN_IN_DEVELOPMENT_DAYS : SLIP_MEAN_OPERATIONAL_DAYS;
            double day = earliest + exponential(rng, slipMean);
            nextFree.put(v.id(), day + v.launchSpacingDays());
            cost += v.priceUsd();
            if (rng.nextDouble() < v.reliability(request.prior())) {
                lastDelivery = Math.max(lastDelivery, day);
            } else {
                failures++;
                cost += p.satellites() * request.satellite().unitCostUsd();
                queue.add(new Pending(day + request.rebuildLeadDays(), order++, v.id(), p.satellites()));
            }
        }
        double replacement = 0;
        int years = (int) Math.floor(request.missionYears() + 1e-9);
        double rate = request.annualSatelliteFailureRate();
        for (int y = 0; y < years && rate > 0; y++) {
            for (int g = 0; g < groups.size(); g++) {
                int lost = binomial(rng, groups.get(g).satellites(), rate);
                if (lost > 0) {
                    replacement += replacementTables[g].cost(lost) + lost * request.satellite().unitCostUsd();
                }
            }
        }
        return new double[] {lastDelivery, cost, replacement, failures};
    }

    static double exponential(SplittableRandom rng, double mean) {
        return -mean * Math.log(1 - rng.nextDouble());
    }

    static int binomial(SplittableRandom rng, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }
}
