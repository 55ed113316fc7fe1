package io.orbitdc.core.sizing;

import java.util.List;

/**
 * Budgets of one satellite and of the fleet for a {@link SizingInput}.
 *
 * @param orbit                 orbit, beta angle and eclipse figures
 * @param power                 loads, array power required, waste heat
 * @param solarArray            sized array
 * @param battery               sized battery
 * @param radiator              sized compute radiator (IT heat, at the scenario's radiator temperature)
 * @param busRadiator           sized bus radiator (bus load and power-chain losses, {@link BusRadiator})
 * @param dieTemperature        steady die temperature of one accelerator
 * @param radiation             dose and single-event rates
 * @param mass                  satellite mass breakdown
 * @param itSpecificPowerWPerKg IT load per kg of satellite, W/kg
 * @param fleet                 fleet totals
 * @param comparison            ISS and Starlink comparison lines
 * @param binding               the binding budget
 * @param warnings              warnings, most severe first
 */
public record SizingResult(OrbitBudget orbit, PowerBudget power, SolarArraySizing solarArray, BatterySizing battery,
                           RadiatorSizing radiator, RadiatorSizing busRadiator, DieTemperature dieTemperature, RadiationBudget radiation,
                           MassBreakdown mass, double itSpecificPowerWPerKg, FleetBudget fleet, Comparison comparison,
                           BindingConstraint binding, List<String> warnings) {
    public SizingResult {
        warnings = List.copyOf(warnings);
    }
}
