package io.orbitdc.core.pipeline;

import io.orbitdc.core.scenario.BatterySpec;
import io.orbitdc.core.scenario.OrbitSpec;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.Shell;
import io.orbitdc.core.scenario.SolarArraySpec;
import io.orbitdc.core.sizing.FleetTarget;
import io.orbitdc.core.sizing.PowerSystem;
import io.orbitdc.core.sizing.RadiatorOrientation;
import io.orbitdc.core.sizing.SatelliteSizer;
import io.orbitdc.core.sizing.SizingInput;
import io.orbitdc.core.sizing.SizingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The sizing stage: maps a scenario's satellite design and each shell's orbit onto the sizing
 * models' inputs and runs them. With a fleet target the first shell carries the whole fleet;
 * without one each shell is sized for the satellites it configures.
 */
public final class SizingStage {

    private SizingStage() {
    }

    /** Sizes every shell; fails with {@link IllegalArgumentException} for a ground-only scenario. */
    public static SizingReport run(Scenario scenario) {
        SatelliteDesign design = scenario.satellite()
                .orElseThrow(() -> new IllegalArgumentException(scenario.file()
                        + ": a ground-only scenario has no satellite to size; expected an orbit and a satellite"));
        List<SizingReport.ShellSizing> shells = new ArrayList<>();
        for (int i = 0; i < scenario.shells().size(); i++) {
            Shell shell = scenario.shells().get(i);
            FleetTarget target = i == 0 && scenario.target().isPresent() ? target(scenario.target().get())
                    : new FleetTarget.Satellites(shell.constellation().satellites());
            shells.add(new SizingReport.ShellSizing(shell, SatelliteSizer.size(input(scenario, shell, design, target))));
        }
        return new SizingReport(scenario, shells);
    }

    static SizingInput input(Scenario scenario, Shell shell, SatelliteDesign d, FleetTarget target) {
        return new SizingInput(orbit(shell.orbit(), scenario), scenario.missionLifeS(), d.accelerator(),
                d.acceleratorsPerSatellite(), d.itOverhead(), d.bus().powerW(), d.bus().powerFraction(),
                solarArray(d.solarArray()), new PowerSystem(d.powerSystem().eclipsePathEfficiency(),
                        d.powerSystem().daylightPathEfficiency()),
                battery(d.battery()), radiator(d.radiator()), d.thermalResistanceKPerW(), d.shieldingM(),
                d.structureFraction(), d.propulsionFraction(), d.bus().massKg(), d.maxMassKg(), target);
    }

    private static io.orbitdc.core.sizing.OrbitSpec orbit(OrbitSpec o, Scenario s) {
        return o.sunSynchronous()
                ? io.orbitdc.core.sizing.OrbitSpec.sunSynchronous(o.altitudeM(), o.ltanHours(), s.epoch())
                : io.orbitdc.core.sizing.OrbitSpec.inclined(o.altitudeM(), o.inclinationRad().getAsDouble(), o.raanRad(), s.epoch());
    }

    private static io.orbitdc.core.sizing.SolarArraySpec solarArray(SolarArraySpec a) {
        return new io.orbitdc.core.sizing.SolarArraySpec(a.solarConstantWPerM2(), a.efficiency(), a.packingFactor(),
                a.temperatureCoefficientPerK(), a.operatingTemperatureK(), a.referenceTemperatureK(),
                a.inherentEfficiency(), a.sunIncidenceRad(), a.degradationPerYear(),
                positive(a.specificPowerWPerKg()), positive(a.arealDensityKgPerM2()));
    }

    private static OptionalDouble positive(double v) {
        return Double.isFinite(v) && v > 0 ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static io.orbitdc.core.sizing.BatterySpec battery(BatterySpec b) {
        return new io.orbitdc.core.sizing.BatterySpec(b.specificEnergyJPerKg(), b.depthOfDischarge(), b.dischargeEfficiency());
    }

    private static io.orbitdc.core.sizing.RadiatorSpec radiator(io.orbitdc.core.scenario.RadiatorSpec r) {
        RadiatorOrientation orientation = switch (r.orientation()) {
            case "sun-facing" -> RadiatorOrientation.SUN_FACING;
            case "nadir" -> RadiatorOrientation.NADIR;
            default -> RadiatorOrientation.EDGE_ON_TO_SUN;
        };
        return new io.orbitdc.core.sizing.RadiatorSpec(r.temperatureK(), r.emissivity(), r.absorptivity(), r.sides(),
                r.arealMassKgPerM2(), orientation, r.sunFactor(), r.earthViewFactor(), r.albedoViewFactor(),
                r.absorbedFluxWPerM2());
    }

    private static FleetTarget target(io.orbitdc.core.scenario.FleetTarget t) {
        if (t.accelerators().isPresent()) {
            return new FleetTarget.Accelerators(t.accelerators().getAsInt());
        }
        return new FleetTarget.ItPower(t.itPowerW().getAsDouble());
    }
}
