package io.orbitdc.core.twin;

import java.util.Objects;

/**
 * Everything the twin needs to step one satellite.
 *
 * @param array               solar array
 * @param regulatorEfficiency array→bus path efficiency, (0, 1]
 * @param battery             battery
 * @param busLoadW            bus (housekeeping) load, W, first in shedding priority
 * @param thermalControlW     thermal-control load (pumps), W, second in priority; its heat goes to the cold plate
 * @param compute             accelerators
 * @param thermal             lumped thermal network
 * @param throttle            thermal throttle
 * @param radiation           dose and single-event response
 * @param rollback            compute lost per radiation event
 * @param failureRates        hardware failure rates
 * @param failureLayout       hosts, spares, power strings
 */
public record SatelliteTwinSpec(ArrayPowerModel array, double regulatorEfficiency, BatteryParameters battery,
                                double busLoadW, double thermalControlW, ComputeSpec compute,
                                ThermalNetworkSpec thermal, ThrottleSpec throttle, RadiationSpec radiation,
                                RollbackSpec rollback, FailureRates failureRates, FailureLayout failureLayout) {
    public SatelliteTwinSpec {
        Objects.requireNonNull(array, "array");
        InputRange.efficiency("regulator efficiency", regulatorEfficiency);
        Objects.requireNonNull(battery, "battery");
        InputRange.nonNegative("bus load (W)", busLoadW);
        InputRange.nonNegative("thermal-control load (W)", thermalControlW);
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(thermal, "thermal network");
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(radiation, "radiation");
        Objects.requireNonNull(rollback, "rollback");
        Objects.requireNonNull(failureRates, "failure rates");
        Objects.requireNonNull(failureLayout, "failure layout");
    }

    /** The same satellite with another thermal network. */
    public SatelliteTwinSpec withThermal(ThermalNetworkSpec newThermal) {
        return new SatelliteTwinSpec(array, regulatorEfficiency, battery, busLoadW, thermalControlW, compute,
                newThermal, throttle, radiation, rollback, failureRates, failureLayout);
    }

    /** The same satellite with other failure rates. */
    public SatelliteTwinSpec withFailureRates(FailureRates newRates) {
        return new SatelliteTwinSpec(array, regulatorEfficiency, battery, busLoadW, thermalControlW, compute,
                thermal, throttle, radiation, rollback, newRates, failureLayout);
    }
}
