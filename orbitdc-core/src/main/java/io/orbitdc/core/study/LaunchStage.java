package io.orbitdc.core.study;

import io.orbitdc.core.economics.SatellitePlatformCost;
import io.orbitdc.core.scenario.EconomicsSettings;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.launch.LaunchRequest;
import io.orbitdc.core.launch.LaunchStudy;
import io.orbitdc.core.launch.OrbitalPlane;
import io.orbitdc.core.launch.SatelliteSpec;
import io.orbitdc.core.launch.TargetOrbit;
import io.orbitdc.core.scenario.ConstellationSpec;
import io.orbitdc.core.scenario.LaunchSettings;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.Shell;
import io.orbitdc.core.sizing.SizingResult;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The launch stage: turns a scenario and its sizing (satellite mass, stowed volume, fleet size)
 * into a launch request — one orbital plane per Walker plane, one per cluster or single shell —
 * and runs the planner, the Monte Carlo deployment and the cost of independence.
 */
public final class LaunchStage {

    /** Standard gravity, for converting the scenario's acceleration limit to g. ref: codata-2018 */
    private static final double G0 = 9.80665;

    private LaunchStage() {
    }

    /** Plans the launches; a request no vehicle can fly is bad input located at the scenario's launch section. */
    public static LaunchReport run(Scenario scenario, SizingReport sizing) {
        return scenario.sources().at("launch", () -> LaunchStudy.withShippedCatalog().run(request(scenario, sizing)));
    }

    static LaunchRequest request(Scenario scenario, SizingReport sizing) {
        SatelliteDesign design = scenario.satellite().orElseThrow();
        SizingResult primary = sizing.primary().result();
        List<OrbitalPlane> planes = new ArrayList<>();
        boolean cluster = false;
        for (int i = 0; i < sizing.shells().size(); i++) {
            SizingReport.ShellSizing shellSizing = sizing.shells().get(i);
            Shell shell = shellSizing.shell();
            cluster |= shell.constellation().type() == ConstellationSpec.Type.CLUSTER;
            planes.addAll(planes(io.orbitdc.core.geometry.SatelliteNames.shell(i), shell, shellSizing.result().fleet().satellites()));
        }
        double massKg = primary.mass().totalKg();
        LaunchSettings l = scenario.launch();
        // A satellite lost in a launch failure is rebuilt at what the cost model pays for one: its
        // accelerators plus its platform (one definition: SatellitePlatformCost), so launch and cost agree.
        EconomicsSettings e = scenario.economics();
        double unitCost = l.satelliteUnitCostUsd().orElse(design.accelerator().priceUsd().orElse(0)
                * design.acceleratorsPerSatellite() + SatellitePlatformCost.usd(primary.power().itLoadW(), massKg,
                primary.mass().computeKg(), e.satelliteCostUsdPerW(), e.satelliteCostUsdPerKg()));
        SatelliteSpec satellite = new SatelliteSpec(massKg, massKg / design.stowedDensityKgPerM3(),
                design.maxAccelerationMps2() / G0, unitCost);
        LocalDate start = LocalDate.ofInstant(l.start(), ZoneOffset.UTC);
        return LaunchRequest.builder(planes, satellite, start)
                .vehicles(l.vehicles())
                .excludeProviders(new LinkedHashSet<>(l.excludeProviders()))
                .allowProviders(new LinkedHashSet<>(l.allowProviders()))
                .objective(l.objective())
                .clusterFliesTogether(cluster)
                .driftAllowed(l.allowDrift())
                .seed(scenario.seed())
                .monteCarloRuns(l.monteCarloRuns())
                .rebuildLeadDays(l.rebuildLeadTimeS() / 86400.0)
                .mission(scenario.missionLifeS() / (365.25 * 86400.0), l.annualLossRate())
                .build();
    }

    /** A Walker shell launches plane by plane; a cluster, a single satellite or a TLE set as one group. */
    private static List<OrbitalPlane> planes(String name, Shell shell, int satellites) {
        TargetOrbit orbit = new TargetOrbit(shell.orbit().altitudeM(), shell.orbit().inclinationRad());
        int planes = shell.constellation().type() == ConstellationSpec.Type.WALKER ? Math.max(1, shell.constellation().planes()) : 1;
        List<OrbitalPlane> out = new ArrayList<>();
        for (int p = 0; p < planes; p++) {
            // satellites from a fleet target may not divide evenly: the first planes take one more
            int n = satellites / planes + (p < satellites % planes ? 1 : 0);
            if (n > 0) {
                out.add(new OrbitalPlane(name, p, orbit, n));
            }
        }
        return out;
    }
}
