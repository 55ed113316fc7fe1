package io.orbitdc.core.twin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fleet totals of a twin run. Every leaf maps 1:1 to a documented JSON key
 * {@code <group>.<field>} (docs/models/twin-energy-ledger.md lists them), e.g.
 * {@code compute.deliveredFlop}; {@link #toKeyValues()} gives them in that form.
 *
 * @param compute   where the nameplate compute went
 * @param energy    the fleet energy ledger, J
 * @param battery   battery extremes
 * @param thermal   thermal extremes and throttling time
 * @param radiation single-event counts and dose
 * @param failures  hardware losses
 */
public record TwinSummary(Compute compute, Energy energy, Battery battery, Thermal thermal, Radiation radiation,
                          Failures failures) {

    /**
     * @param nameplateFlop            installed units × peak FLOP/s × mission time
     * @param deliveredFlop            compute that ran and was not rolled back
     * @param goodputFraction          delivered / nameplate
     * @param lostToEclipseFraction    compute not run for lack of power (eclipse, low battery), / nameplate
     * @param lostToThrottlingFraction compute given up by thermal throttling, / nameplate
     * @param lostToRadiationFraction  compute rolled back after SDC, UECC and crashes, / nameplate
     * @param lostToFailuresFraction   compute of failed units and lost satellites, / nameplate
     */
    public record Compute(double nameplateFlop, double deliveredFlop, double goodputFraction,
                          double lostToEclipseFraction, double lostToThrottlingFraction,
                          double lostToRadiationFraction, double lostToFailuresFraction) {
    }

    /** Energy ledger of the fleet, J: generated = consumed + storedDelta + losses + curtailed; shed apart. */
    public record Energy(double generatedJ, double consumedJ, double storedDeltaJ, double lossesJ, double curtailedJ,
                         double shedJ) {
    }

    /** @param minSoc lowest state of charge of any battery in the fleet */
    public record Battery(double minSoc) {
    }

    /**
     * @param maxDieC        hottest die temperature in the fleet, °C
     * @param throttledHours satellite-hours with working accelerators throttled
     */
    public record Thermal(double maxDieC, double throttledHours) {
    }

    /** @param maxDoseRad largest accumulated dose of any satellite, rad(Si) */
    public record Radiation(long sdc, long uecc, long crashes, double maxDoseRad) {
    }

    /**
     * @param satellitesLost       satellites lost as a whole
     * @param acceleratorFailures  accelerator failures (spares included)
     * @param hostFailures         host failures
     * @param powerStringFailures  power-string failures
     * @param tidFailedSatellites  satellites whose accelerators reached their TID limit
     */
    public record Failures(long satellitesLost, long acceleratorFailures, long hostFailures, long powerStringFailures,
                           long tidFailedSatellites) {
    }

    /** Every field under its dotted JSON key, in a fixed order. */
    public Map<String, Number> toKeyValues() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("compute.nameplateFlop", compute.nameplateFlop());
        m.put("compute.deliveredFlop", compute.deliveredFlop());
        m.put("compute.goodputFraction", compute.goodputFraction());
        m.put("compute.lostToEclipseFraction", compute.lostToEclipseFraction());
        m.put("compute.lostToThrottlingFraction", compute.lostToThrottlingFraction());
        m.put("compute.lostToRadiationFraction", compute.lostToRadiationFraction());
        m.put("compute.lostToFailuresFraction", compute.lostToFailuresFraction());
        m.put("energy.generatedJ", energy.generatedJ());
        m.put("energy.consumedJ", energy.consumedJ());
        m.put("energy.storedDeltaJ", energy.storedDeltaJ());
        m.put("energy.lossesJ", energy.lossesJ());
        m.put("energy.curtailedJ", energy.curtailedJ());
        m.put("energy.shedJ", energy.shedJ());
        m.put("battery.minSoc", battery.minSoc());
        m.put("thermal.maxDieC", thermal.maxDieC());
        m.put("thermal.throttledHours", thermal.throttledHours());
        m.put("radiation.sdc", radiation.sdc());
        m.put("radiation.uecc", radiation.uecc());
        m.put("radiation.crashes", radiation.crashes());
        m.put("radiation.maxDoseRad", radiation.maxDoseRad());
        m.put("failures.satellitesLost", failures.satellitesLost());
        m.put("failures.acceleratorFailures", failures.acceleratorFailures());
        m.put("failures.hostFailures", failures.hostFailures());
        m.put("failures.powerStringFailures", failures.powerStringFailures());
        m.put("failures.tidFailedSatellites", failures.tidFailedSatellites());
        return m;
    }
}
