package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of any plan over random fleets on the shipped catalog. */
class LaunchPlannerPropertyTest {

    private final LaunchPlanner planner = LaunchPlanner.withShippedCatalog();

    @Provide
    Arbitrary<String> provider() {
        return Arbitraries.of(VehicleCatalog.shipped().vehicles().stream().map(LaunchVehicle::provider).distinct().toList());
    }

    @Property(tries = 60)
    void excludedProviderNeverFliesAndNoLaunchIsOverfilled(@ForAll("provider") String excluded,
                                                           @ForAll @IntRange(min = 1, max = 4) int planes,
                                                           @ForAll @IntRange(min = 1, max = 30) int perPlane,
                                                           @ForAll @DoubleRange(min = 20, max = 5000) double massKg,
                                                           @ForAll @DoubleRange(min = 0.05, max = 20) double volumeM3,
                                                           @ForAll @IntRange(min = 300, max = 1200) int altitudeKm,
                                                           @ForAll boolean sso, @ForAll boolean drift, @ForAll boolean time) {
        TargetOrbit orbit = sso ? TargetOrbit.sunSynchronous(altitudeKm * 1000.0) : TargetOrbit.ofDegrees(altitudeKm * 1000.0, 53);
        List<OrbitalPlane> fleet = new ArrayList<>(Fleets.shell("s", orbit, planes, perPlane));
        LaunchRequest r = LaunchRequest.builder(fleet, new SatelliteSpec(massKg, volumeM3, 8, 0), Fleets.START)
                .excludeProviders(Set.of(excluded)).driftAllowed(drift)
                .objective(time ? LaunchObjective.TIME : LaunchObjective.COST).monteCarloRuns(0).build();
        // an infeasible request (too heavy or bulky for what remains) proves nothing here: count the feasible
        // share, and require most tries to reach the assertions (coverage below)
        LaunchPlan plan = planOrNull(r);
        Statistics.label("feasible").collect(plan != null);
        Statistics.label("feasible").coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (plan == null) {
            return;
        }
        assertThat(plan.launches()).allSatisfy(e -> {
            assertThat(e.provider()).isNotEqualToIgnoringCase(excluded);
            assertThat(e.massKg()).isLessThanOrEqualTo(e.capacityKg() + 1e-6);
            if (e.fairingVolumeM3() > 0) {
                assertThat(e.volumeM3()).isLessThanOrEqualTo(e.fairingVolumeM3() + 1e-6);
            }
            assertThat(e.satellites()).isPositive();
        });
        assertThat(plan.launches().stream().mapToInt(ManifestEntry::satellites).sum()).isEqualTo(planes * perPlane);
        assertThat(plan.providers().stream().mapToDouble(ProviderShare::satelliteFraction).sum()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    /** The deterministic plan never flies a shipped vehicle before its availability date, and tags each launch with its status. */
    @Property(tries = 60)
    void noShippedVehicleFliesBeforeItsAvailabilityDate(@ForAll @IntRange(min = 0, max = 6 * 365) int startOffsetDays,
                                                       @ForAll @IntRange(min = 1, max = 3) int planes,
                                                       @ForAll @IntRange(min = 1, max = 40) int perPlane,
                                                       @ForAll @DoubleRange(min = 20, max = 20_000) double massKg,
                                                       @ForAll boolean time) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(startOffsetDays);
        VehicleCatalog catalog = VehicleCatalog.shipped();
        LaunchRequest r = LaunchRequest.builder(Fleets.shell("s", TargetOrbit.sunSynchronous(600_000), planes, perPlane),
                        new SatelliteSpec(massKg, massKg / 200, 8, 0), start)
                .objective(time ? LaunchObjective.TIME : LaunchObjective.COST).monteCarloRuns(0).build();
        LaunchPlan plan = planOrNull(r);
        Statistics.label("feasible").collect(plan != null);
        Statistics.label("feasible").coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (plan == null) {
            return;
        }
        assertThat(plan.launches()).allSatisfy(e -> {
            LaunchVehicle v = catalog.find(e.vehicleId()).orElseThrow();
            assertThat(e.date()).isAfterOrEqualTo(v.availableFrom()).isAfterOrEqualTo(start);
            assertThat(e.vehicleStatus()).isEqualTo(v.status()).isNotEqualTo(VehicleStatus.RETIRED);
            assertThat(e.vehicleAvailableFrom()).isEqualTo(v.availableFrom());
        });
    }

    private LaunchPlan planOrNull(LaunchRequest r) {
        try {
            return planner.plan(r);
        } catch (InfeasibleLaunchException e) {
            return null;
        }
    }

    @Provide
    Arbitrary<VehicleStatus> flyableStatus() {
        return Arbitraries.of(VehicleStatus.OPERATIONAL, VehicleStatus.IN_DEVELOPMENT, VehicleStatus.GROUNDED);
    }

    /**
     * Over made-up vehicles of any status and availability date: neither the plan nor any Monte Carlo run
     * delivers the fleet before the earliest date one of its vehicles becomes available.
     */
    @Property(tries = 40)
    void neitherThePlanNorAnyRunUsesAVehicleBeforeItIsAvailable(@ForAll("flyableStatus") VehicleStatus statusA,
                                                               @ForAll("flyableStatus") VehicleStatus statusB,
                                                               @ForAll @IntRange(min = -400, max = 900) int availableA,
                                                               @ForAll @IntRange(min = -400, max = 900) int availableB,
                                                               @ForAll @IntRange(min = 1, max = 60) int satellites,
                                                               @ForAll @DoubleRange(min = 0, max = 500) double slipMeanDays,
                                                               @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<LaunchVehicle> vehicles = List.of(
                Fleets.vehicle("a", "A", 5_000, 20e6, 12, statusA, Fleets.START.plusDays(availableA), slipMeanDays, 20, 2),
                Fleets.vehicle("b", "B", 12_000, 45e6, 6, statusB, Fleets.START.plusDays(availableB), slipMeanDays, 5, 1));
        LaunchPlanner p = new LaunchPlanner(VehicleCatalog.of(vehicles));
        LaunchRequest r = LaunchRequest.builder(Fleets.shell("s", PayloadModel.LEO_ANCHOR, 1, satellites), Fleets.oneTonne(),
                Fleets.START).seed(seed).monteCarloRuns(50).build();
        LaunchPlan plan = p.plan(r);
        for (ManifestEntry e : plan.launches()) {
            LaunchVehicle v = vehicles.stream().filter(x -> x.id().equals(e.vehicleId())).findFirst().orElseThrow();
            assertThat(e.date()).isAfterOrEqualTo(v.availableFrom()).isAfterOrEqualTo(Fleets.START);
        }
        long earliest = Math.max(0, Math.min(availableA, availableB));
        MonteCarloSummary mc = new DeploymentSimulation(r, plan, p.eligibleVehicles(r)).run();
        assertThat(mc.daysToFullCapacity().p10()).isGreaterThanOrEqualTo(earliest);
        assertThat(mc.daysToFullCapacity().p10()).isGreaterThanOrEqualTo(plan.totals().daysToFullCapacity());
    }
}
