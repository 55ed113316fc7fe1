package io.orbitdc.core.twin;

import io.orbitdc.core.sizing.RadiatorEnvironment;
import io.orbitdc.core.sizing.RadiatorSpec;
import java.util.Objects;

/**
 * A satellite's lumped heat path: all dies as one node, the cold plate (with the pumped loop or
 * heat pipes) as a second, the radiator panel as a third.
 *
 * @param dieCapacityJPerK           heat capacity of the dies and their packages, J/K (> 0)
 * @param plateCapacityJPerK         heat capacity of cold plates, coolant and pipes, J/K (> 0)
 * @param radiatorCapacityJPerK      heat capacity of the radiator panels, J/K (> 0)
 * @param dieToPlateWPerK            conductance dies → cold plate, W/K (> 0)
 * @param plateToRadiatorWPerK       conductance cold plate → radiator, W/K (> 0)
 * @param radiatorAreaM2             radiator plate area, m² (> 0); faces come from the spec
 * @param radiator                   emissivity, absorptivity and radiating faces (the sizing spec; its design temperature is unused)
 * @param environment                the radiator's environment (sun, albedo, Earth IR view factors, sink)
 * @param initialTemperatureK        temperature of all three nodes at mission start, K
 * @param dieShareOfComputeHeat      share of the served compute power dissipated in the dies, (0, 1]: the
 *                                   accelerators' power over the IT load (1/(1 + IT overhead)); the rest (host
 *                                   CPUs, memory, network, board conversion) is cooled by the same loop in
 *                                   parallel branches and joins at the radiator node
 */
public record ThermalNetworkSpec(double dieCapacityJPerK, double plateCapacityJPerK, double radiatorCapacityJPerK,
                                 double dieToPlateWPerK, double plateToRadiatorWPerK, double radiatorAreaM2,
                                 RadiatorSpec radiator, RadiatorEnvironment environment, double initialTemperatureK,
                                 double dieShareOfComputeHeat) {
    public ThermalNetworkSpec {
        InputRange.positive("die heat capacity (J/K)", dieCapacityJPerK);
        InputRange.positive("cold-plate heat capacity (J/K)", plateCapacityJPerK);
        InputRange.positive("radiator heat capacity (J/K)", radiatorCapacityJPerK);
        InputRange.positive("die-to-plate conductance (W/K)", dieToPlateWPerK);
        InputRange.positive("plate-to-radiator conductance (W/K)", plateToRadiatorWPerK);
        InputRange.positive("radiator area (m²)", radiatorAreaM2);
        Objects.requireNonNull(radiator, "radiator spec");
        Objects.requireNonNull(environment, "radiator environment");
        InputRange.within("initial temperature (K)", initialTemperatureK, 3.0, 500.0);
        InputRange.efficiency("die share of the compute heat", dieShareOfComputeHeat);
    }

    /** A network whose compute heat is all dissipated in the dies (no IT overhead). */
    public ThermalNetworkSpec(double dieCapacityJPerK, double plateCapacityJPerK, double radiatorCapacityJPerK,
                              double dieToPlateWPerK, double plateToRadiatorWPerK, double radiatorAreaM2,
                              RadiatorSpec radiator, RadiatorEnvironment environment, double initialTemperatureK) {
        this(dieCapacityJPerK, plateCapacityJPerK, radiatorCapacityJPerK, dieToPlateWPerK, plateToRadiatorWPerK,
                radiatorAreaM2, radiator, environment, initialTemperatureK, 1.0);
    }

    /** The same network with another radiator area (capacities unchanged). */
    public ThermalNetworkSpec withRadiatorAreaM2(double areaM2) {
        return new ThermalNetworkSpec(dieCapacityJPerK, plateCapacityJPerK, radiatorCapacityJPerK, dieToPlateWPerK,
                plateToRadiatorWPerK, areaM2, radiator, environment, initialTemperatureK, dieShareOfComputeHeat);
    }

    /**
     * Heat absorbed per m² of plate at a sunlit fraction: the Sun and albedo terms of the
     * environment scale with the sunlit fraction, Earth IR does not; an absorbed-flux override
     * applies unchanged in every step. ref: gilmore-2002 ch. 2
     */
    public double absorbedFluxWPerM2(double sunlitFraction) {
        return absorbedFlux().at(sunlitFraction);
    }

    /** The absorbed flux as a function of the sunlit fraction, its loads evaluated once (the twin asks every step). */
    AbsorbedFlux absorbedFlux() {
        if (environment.absorbedFluxOverrideWPerM2().isPresent()) {
            return new AbsorbedFlux(0.0, environment.absorbedFluxOverrideWPerM2().getAsDouble(), true);
        }
        return new AbsorbedFlux(environment.solarLoadWPerM2(radiator.absorptivity())
                + environment.albedoLoadWPerM2(radiator.absorptivity()),
                environment.earthIrLoadWPerM2(radiator.emissivity()), false);
    }

    /**
     * Absorbed flux f·sunScaled + fixed, W/m² at a sunlit fraction f (Sun and albedo scale with f,
     * Earth IR does not), or the override whatever f is.
     */
    record AbsorbedFlux(double sunScaledWPerM2, double fixedWPerM2, boolean override) {
        double at(double sunlitFraction) {
            return override ? fixedWPerM2 : sunlitFraction * sunScaledWPerM2 + fixedWPerM2;
        }
    }
}
