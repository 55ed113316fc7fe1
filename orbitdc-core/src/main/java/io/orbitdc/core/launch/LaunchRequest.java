package io.orbitdc.core.launch;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the launch planner needs: the fleet (satellites per plane), the satellite, the
 * deployment rules, the vehicle filters, the objective and the Monte Carlo settings.
 *
 * @param clusterFliesTogether   every plane's satellites form one cluster that must fly on one launch
 *                               (if no vehicle can lift it the plan splits it and says it must rendezvous)
 * @param driftAllowed           planes of one shell may share a launch and drift apart in node
 * @param vehicles               allow-list of vehicle ids; empty = every catalog vehicle
 * @param excludeProviders       providers never used (case-insensitive)
 * @param allowProviders         if not empty, only these providers are used (case-insensitive)
 * @param monteCarloRuns         deployment simulations (0 = none)
 * @param rebuildLeadDays        days to build replacements for satellites lost in a launch failure
 * @param missionYears           mission length over which failed satellites are replaced
 * @param annualSatelliteFailureRate fraction of the fleet failing per year in orbit
 * @param vehicleOverrides       vehicles that replace catalog rows of the same id or are added
 * @param independenceProvider   provider whose exclusion is costed; null = the largest provider of the plan
 */
public record LaunchRequest(List<OrbitalPlane> planes, SatelliteSpec satellite, boolean clusterFliesTogether,
                            boolean driftAllowed, LocalDate start, List<String> vehicles,
                            Set<String> excludeProviders, Set<String> allowProviders, LaunchObjective objective,
                            long seed, int monteCarloRuns, double rebuildLeadDays, double missionYears,
                            double annualSatelliteFailureRate, List<LaunchVehicle> vehicleOverrides,
                            ReliabilityPrior prior, String independenceProvider) {

    public LaunchRequest {
        planes = List.copyOf(planes);
        vehicles = List.copyOf(vehicles);
        excludeProviders = normalise(excludeProviders);
        allowProviders = normalise(allowProviders);
        vehicleOverrides = List.copyOf(vehicleOverrides);
        if (planes.isEmpty()) {
            throw new IllegalArgumentException("launch request has no orbital planes; expected at least one");
        }
        if (satellite == null || start == null || objective == null || prior == null) {
            throw new IllegalArgumentException("launch request needs satellite, start, objective and prior");
        }
        if (monteCarloRuns < 0 || monteCarloRuns > 1_000_000) {
            throw new IllegalArgumentException("Monte Carlo runs must be 0..1,000,000, found " + monteCarloRuns);
        }
        if (!(rebuildLeadDays >= 0) || !(missionYears >= 0) || !(annualSatelliteFailureRate >= 0 && annualSatelliteFailureRate <= 1)) {
            throw new IllegalArgumentException("expected rebuildLeadDays >= 0, missionYears >= 0 and 0 <= annualSatelliteFailureRate <= 1, found "
                    + rebuildLeadDays + ", " + missionYears + ", " + annualSatelliteFailureRate);
        }
    }

    /** Total satellites in the fleet. */
    public int totalSatellites() {
        return planes.stream().mapToInt(OrbitalPlane::satellites).sum();
    }

    /** This request with one more provider excluded. */
    public LaunchRequest excluding(String provider) {
        Set<String> more = new java.util.HashSet<>(excludeProviders);
        more.add(provider);
        return new LaunchRequest(planes, satellite, clusterFliesTogether, driftAllowed, start, vehicles, more,
                allowProviders, objective, seed, monteCarloRuns, rebuildLeadDays, missionYears,
                annualSatelliteFailureRate, vehicleOverrides, prior, independenceProvider);
    }

    /** This request with {@code provider} no longer excluded (and allowed, if an allow-list is set). */
    public LaunchRequest including(String provider) {
        String key = provider.trim().toLowerCase(Locale.ROOT);
        Set<String> exclude = new java.util.HashSet<>(excludeProviders);
        exclude.remove(key);
        Set<String> allow = new java.util.HashSet<>(allowProviders);
        if (!allow.isEmpty()) {
            allow.add(key);
        }
        return new LaunchRequest(planes, satellite, clusterFliesTogether, driftAllowed, start, vehicles, exclude,
                allow, objective, seed, monteCarloRuns, rebuildLeadDays, missionYears,
                annualSatelliteFailureRate, vehicleOverrides, prior, independenceProvider);
    }

    /** A builder with defaults: COST objective, seed 1, 1,000 runs, 180-day rebuild, no mission replacements. */
    public static Builder builder(List<OrbitalPlane> planes, SatelliteSpec satellite, LocalDate start) {
        return new Builder(planes, satellite, start);
    }

    static Set<String> normalise(Set<String> providers) {
        return providers.stream().map(p -> p.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Mutable builder for {@link LaunchRequest}. */
    public static final class Builder {
        private final List<OrbitalPlane> planes;
        private final SatelliteSpec satellite;
        private final LocalDate start;
        private boolean cluster;
        private boolean drift;
        private List<String> vehicles = List.of();
        private Set<String> exclude = Set.of();
        private Set<String> allow = Set.of();
        private LaunchObjective objective = LaunchObjective.COST;
        private long seed = 1;
        private int runs = 1000;
        private double rebuildLeadDays = 180;
        private double missionYears;
        private double failureRate;
        private List<LaunchVehicle> overrides = List.of();
        private ReliabilityPrior prior = ReliabilityPrior.UNIFORM;
        private String independenceProvider;

        private Builder(List<OrbitalPlane> planes, SatelliteSpec satellite, LocalDate start) {
            this.planes = planes;
            this.satellite = satellite;
            this.start = start;
        }

        public Builder clusterFliesTogether(boolean v) { this.cluster = v; return this; }
        public Builder driftAllowed(boolean v) { this.drift = v; return this; }
        public Builder vehicles(List<String> v) { this.vehicles = v; return this; }
        public Builder excludeProviders(Set<String> v) { this.exclude = v; return this; }
        public Builder allowProviders(Set<String> v) { this.allow = v; return this; }
        public Builder objective(LaunchObjective v) { this.objective = v; return this; }
        public Builder seed(long v) { this.seed = v; return this; }
        public Builder monteCarloRuns(int v) { this.runs = v; return this; }
        public Builder rebuildLeadDays(double v) { this.rebuildLeadDays = v; return this; }
        public Builder mission(double years, double annualFailureRate) { this.missionYears = years; this.failureRate = annualFailureRate; return this; }
        public Builder vehicleOverrides(List<LaunchVehicle> v) { this.overrides = v; return this; }
        public Builder prior(ReliabilityPrior v) { this.prior = v; return this; }
        public Builder independenceProvider(String v) { this.independenceProvider = v; return this; }

        public LaunchRequest build() {
            return new LaunchRequest(planes, satellite, cluster, drift, start, vehicles, exclude, allow, objective,
                    seed, runs, rebuildLeadDays, missionYears, failureRate, overrides, prior, independenceProvider);
        }
    }
}
