package io.orbitdc.core.scenario;

import io.orbitdc.core.sizing.FleetTarget;
import io.orbitdc.core.workload.Workload;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A validated scenario in SI units with every default applied and every catalog reference
 * resolved: the input of every pipeline stage. A scenario with no shells and no satellite is a
 * ground-only reference (a terrestrial campus such as Stargate Abilene).
 *
 * @param file     where it was read from, for messages and report headers
 * @param durationS simulated span
 * @param missionLifeS design life over which degradation, dose and costs are taken
 * @param scheduler the digital twin's scheduler policy name (a known policy, see
 *                  {@code io.orbitdc.core.twin.schedule.SchedulerPolicies})
 * @param sources  where each field was written, to locate errors the engines find later
 * @param sky      the {@code sky:} section (satellite reflectance, observers)
 */
public record Scenario(String file, String name, String description, Instant epoch, double durationS, double stepS,
                       long seed, double missionLifeS, List<Shell> shells, Optional<FleetTarget> target,
                       Optional<SatelliteDesign> satellite, List<GroundStation> groundStations, LinkSettings links,
                       List<Workload> workloads, LaunchSettings launch, EconomicsSettings economics,
                       String scheduler, SourceMap sources, SkySettings sky) {

    /** A scenario with the default sky settings (diffuse sphere of the sized area, default observers). */
    public Scenario(String file, String name, String description, Instant epoch, double durationS, double stepS,
                    long seed, double missionLifeS, List<Shell> shells, Optional<FleetTarget> target,
                    Optional<SatelliteDesign> satellite, List<GroundStation> groundStations, LinkSettings links,
                    List<Workload> workloads, LaunchSettings launch, EconomicsSettings economics,
                    String scheduler, SourceMap sources) {
        this(file, name, description, epoch, durationS, stepS, seed, missionLifeS, shells, target, satellite,
                groundStations, links, workloads, launch, economics, scheduler, sources, SkySettings.defaults());
    }

    /** A scenario built in code: errors are located at the file only. */
    public Scenario(String file, String name, String description, Instant epoch, double durationS, double stepS,
                    long seed, double missionLifeS, List<Shell> shells, Optional<FleetTarget> target,
                    Optional<SatelliteDesign> satellite, List<GroundStation> groundStations, LinkSettings links,
                    List<Workload> workloads, LaunchSettings launch, EconomicsSettings economics,
                    String scheduler) {
        this(file, name, description, epoch, durationS, stepS, seed, missionLifeS, shells, target, satellite,
                groundStations, links, workloads, launch, economics, scheduler, SourceMap.of(file));
    }

    /** A scenario run by the greedy scheduler. */
    public Scenario(String file, String name, String description, Instant epoch, double durationS, double stepS,
                    long seed, double missionLifeS, List<Shell> shells, Optional<FleetTarget> target,
                    Optional<SatelliteDesign> satellite, List<GroundStation> groundStations, LinkSettings links,
                    List<Workload> workloads, LaunchSettings launch, EconomicsSettings economics) {
        this(file, name, description, epoch, durationS, stepS, seed, missionLifeS, shells, target, satellite,
                groundStations, links, workloads, launch, economics, "greedy");
    }

    public Scenario {
        shells = List.copyOf(shells);
        groundStations = List.copyOf(groundStations);
        workloads = List.copyOf(workloads);
        sources = sources == null ? SourceMap.of(file) : sources;
        sky = sky == null ? SkySettings.defaults() : sky;
    }

    /** True when the scenario flies something; false for a ground-only reference. */
    public boolean hasSpaceSegment() {
        return satellite.isPresent() && !shells.isEmpty();
    }

    /** Satellites configured over all shells (before any fleet target is applied). */
    public int configuredSatellites() {
        return shells.stream().mapToInt(s -> s.constellation().satellites()).sum();
    }
}
