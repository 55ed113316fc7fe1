package io.orbitdc.core.twin;

import io.orbitdc.core.twin.schedule.GreedyPolicy;
import io.orbitdc.core.twin.schedule.SchedulerPolicy;
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
 * @param scheduler           policy setting the compute duty each step (greedy: everything the throttle allows)
 */
public record SatelliteTwinSpec(ArrayPowerModel array, double regulatorEfficiency, BatteryParameters battery,
                                double busLoadW, double thermalControlW, ComputeSpec compute,
                                ThermalNetworkSpec thermal, ThrottleSpec throttle, RadiationSpec radiation,
                                RollbackSpec rollback, FailureRates failureRates, FailureLayout failureLayout,
                                SchedulerPolicy scheduler) {
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
        Objects.requireNonNull(scheduler, "scheduler policy");
    }

    /** A satellite run by the greedy policy (the twin's behaviour before schedulers). */
    public SatelliteTwinSpec(ArrayPowerModel array, double regulatorEfficiency, BatteryParameters battery,
                             double busLoadW, double thermalControlW, ComputeSpec compute, ThermalNetworkSpec thermal,
                             ThrottleSpec throttle, RadiationSpec radiation, RollbackSpec rollback,
                             FailureRates failureRates, FailureLayout failureLayout) {
        this(array, regulatorEfficiency, battery, busLoadW, thermalControlW, compute, thermal, throttle, radiation,
                rollback, failureRates, failureLayout, new GreedyPolicy());
    }

    /** The same satellite with another thermal network. */
    public SatelliteTwinSpec withThermal(ThermalNetworkSpec newThermal) {
        return new SatelliteTwinSpec(array, regulatorEfficiency, battery, busLoadW, thermalControlW, compute,
                newThermal, throttle, radiation, rollback, failureRates, failureLayout, scheduler);
    }

    /** The same satellite with other failure rates. */
    public SatelliteTwinSpec withFailureRates(FailureRates newRates) {
        return new SatelliteTwinSpec(array, regulatorEfficiency, battery, busLoadW, thermalControlW, compute,
                thermal, throttle, radiation, rollback, newRates, failureLayout, scheduler);
    }

    /** The same satellite run by another scheduler policy. */
    public SatelliteTwinSpec withScheduler(SchedulerPolicy policy) {
        return new SatelliteTwinSpec(array, regulatorEfficiency, battery, busLoadW, thermalControlW, compute,
                thermal, throttle, radiation, rollback, failureRates, failureLayout, policy);
    }

    /**
     * Expected interrupts of a synchronous job per second on this satellite at mission start:
     * the single events that stop it (UECC, crash) at the orbit-average dose rate on every chip,
     * accelerator and host failures, and the loss of the satellite. Silent data corruptions do
     * not interrupt the job (they are silent, or a detector replays one step), so they are not
     * counted here.
     */
    public double interruptRatePerS() {
        return interruptRatePerS(1.0);
    }

    /**
     * As {@link #interruptRatePerS()} for a job that runs on a share of the chips: UECC, crashes
     * and accelerator failures count only on the job's share; host failures and the satellite's
     * loss stop it whatever chips they take.
     */
    public double interruptRatePerS(double jobShare) {
        return interruptRatePerS(jobShare, 0.0);
    }

    /**
     * As {@link #interruptRatePerS(double)} when a share {@code sdcInterruptProbability} of the SDCs
     * on the job's chips also stops it (a detector whose caught SDCs roll back to a checkpoint).
     */
    public double interruptRatePerS(double jobShare, double sdcInterruptProbability) {
        int units = compute.accelerators();
        long chips = (long) units * compute.chipsPerUnit();
        double perRad = radiation.ueccPerRad() + radiation.crashesPerRad()
                + sdcInterruptProbability * radiation.sdcPerRad();
        int hosts = (units + failureLayout.acceleratorsPerHost() - 1) / failureLayout.acceleratorsPerHost();
        double perYear = jobShare * (perRad * radiation.doseRadPerYear() * chips + failureRates.acceleratorPerYear() * units)
                + failureRates.hostPerYear() * hosts + failureRates.satellitePerYear();
        return perYear / RadiationSpec.SECONDS_PER_JULIAN_YEAR;
    }
}
