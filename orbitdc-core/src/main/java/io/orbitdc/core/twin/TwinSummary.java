package io.orbitdc.core.twin;

import io.orbitdc.core.workload.TrainingReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param training  the distributed training job, when the run had one (keys {@code training.*},
 *                  docs/models/twin-training.md)
 */
public record TwinSummary(Compute compute, Energy energy, Battery battery, Thermal thermal, Radiation radiation,
                          Failures failures, Optional<TrainingReport> training) {

    public TwinSummary {
        Objects.requireNonNull(training, "training (empty when none)");
    }

    /** A summary of a run without a training job. */
    public TwinSummary(Compute compute, Energy energy, Battery battery, Thermal thermal, Radiation radiation,
                       Failures failures) {
        this(compute, energy, battery, thermal, radiation, failures, Optional.empty());
    }

    /**
     * @param nameplateFlop            installed units × peak FLOP/s × mission time
     * @param deliveredFlop            compute that ran and was not rolled back
     * @param goodputFraction          delivered / nameplate
     * @param lostToEclipseFraction    compute not run for lack of power (eclipse, low battery), / nameplate
     * @param lostToThrottlingFraction compute given up by thermal throttling, / nameplate
     * @param lostToRadiationFraction  compute rolled back after UECC and crashes and replayed after detected SDCs, / nameplate
     * @param lostToFailuresFraction   compute of failed units and lost satellites, / nameplate
     * @param heldBackFraction         of lostToThrottlingFraction, the compute the scheduler policy chose not to
     *                                 run although the hardware throttle allowed it, / nameplate
     */
    public record Compute(double nameplateFlop, double deliveredFlop, double goodputFraction,
                          double lostToEclipseFraction, double lostToThrottlingFraction,
                          double lostToRadiationFraction, double lostToFailuresFraction, double heldBackFraction) {
    }

    /**
     * Energy ledger of the fleet, J: generated = consumed + storedDelta + losses + curtailed; shed
     * apart, and of it {@code housekeepingShedJ}, the bus and thermal-control demand not served.
     */
    public record Energy(double generatedJ, double consumedJ, double storedDeltaJ, double lossesJ, double curtailedJ,
                         double shedJ, double housekeepingShedJ) {
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

    /**
     * GPU-hours delivered per nameplate GPU-hour, each workload at what it delivers — the one
     * delivered fraction {@code cost --with-twin} prices. The training job's share at its
     * {@link TrainingReport#effectiveTrainingFraction()} (useful training time at its MFU: it
     * carries the all-reduce waits, stragglers, checkpoints, restarts and SDC replays, not MFU
     * itself, which a ground cluster shares); everything else (inference, Earth observation,
     * unassigned compute) at the hardware view {@code compute.goodputFraction +
     * lostToFailuresFraction} (failed units are made good by the spares the cost model buys).
     * Without a training job, the hardware view alone. In [0, 1].
     */
    public double pricedDeliveredFraction() {
        double hardware = Math.min(1.0, compute.goodputFraction() + compute.lostToFailuresFraction());
        if (training.isEmpty()) {
            return hardware;
        }
        TrainingReport t = training.get();
        return Math.min(1.0, t.share() * t.effectiveTrainingFraction() + (1.0 - t.share()) * hardware);
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
        m.put("compute.heldBackFraction", compute.heldBackFraction());
        m.put("compute.pricedDeliveredFraction", pricedDeliveredFraction());
        m.put("energy.generatedJ", energy.generatedJ());
        m.put("energy.consumedJ", energy.consumedJ());
        m.put("energy.storedDeltaJ", energy.storedDeltaJ());
        m.put("energy.lossesJ", energy.lossesJ());
        m.put("energy.curtailedJ", energy.curtailedJ());
        m.put("energy.shedJ", energy.shedJ());
        m.put("energy.housekeepingShedJ", energy.housekeepingShedJ());
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
        training.ifPresent(t -> putTraining(m, t));
        return m;
    }

    private static void putTraining(Map<String, Number> m, TrainingReport t) {
        m.put("training.goodput", t.goodput());
        m.put("training.usefulFlop", t.usefulFlop());
        m.put("training.checkpointIntervalS", t.checkpointIntervalS());
        m.put("training.checkpointCostS", t.checkpointCostS());
        m.put("training.meanTimeBetweenInterruptsS", t.meanTimeBetweenInterruptsS());
        m.put("training.checkpointOverheadFraction", t.checkpointOverheadFraction());
        m.put("training.rollbackLossFraction", t.rollbackLossFraction());
        m.put("training.commBoundFraction", t.commBoundFraction());
        m.put("training.lostToStragglersFraction", t.lostToStragglersFraction());
        m.put("training.rollbacks", t.rollbacks());
        m.put("training.tokensPerDay", t.tokensPerDay());
        m.put("training.trainedFraction", t.trainedFraction());
        if (Double.isFinite(t.timeToTrainDays())) {
            m.put("training.timeToTrainDays", t.timeToTrainDays());
        }
        m.put("training.share", t.share());
        m.put("training.modelFlopsUtilisation", t.modelFlopsUtilisation());
        m.put("training.effectiveTrainingFraction", t.effectiveTrainingFraction());
        m.put("training.interrupts", t.interrupts());
        m.put("training.detectedSdc", t.detectedSdc());
        m.put("training.undetectedSdc", t.undetectedSdc());
        m.put("training.sdcReplayFraction", t.sdcReplayFraction());
        m.put("training.corruptedStepFraction", t.corruptedStepFraction());
        m.put("training.corruptedSteps", t.corruptedSteps());
        m.put("training.sdcDetection", t.sdcDetector().detectionProbability());
        m.put("training.sdcDetectorOverhead", t.sdcDetector().computeOverheadFraction());
    }
}
