package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

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
        LaunchPlan plan;
        try {
            plan = planner.plan(r);
        } catch (InfeasibleLaunchException e) {
            Assume.that(false); // too heavy/bulky for what remains: covered by the infeasibility tests
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
}
