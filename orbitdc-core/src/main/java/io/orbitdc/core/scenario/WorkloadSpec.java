package io.orbitdc.core.scenario;

import java.util.OptionalDouble;

/**
 * An AI workload as the scenario states it (training, inference or earth-observation); the
 * digital twin interprets it. Fields that do not apply to the type, and training fields left to
 * their defaults (io.orbitdc.core.workload.TrainingSpec), are empty. SI units: seconds, bits,
 * bits per second.
 */
public record WorkloadSpec(String type, String name, double share, OptionalDouble modelParameters,
                           OptionalDouble tokens, OptionalDouble checkpointIntervalS,
                           OptionalDouble requestsPerSecond, OptionalDouble rawDataPerOrbitBits,
                           OptionalDouble reductionFactor, Training training) {

    /**
     * Training fields beyond P, D and the interval, each empty when left to its default.
     *
     * @param batchTokens                global batch per optimizer step, tokens
     * @param gradientBytes              gradient bytes per parameter
     * @param interSatelliteBandwidthBps per-satellite link bandwidth each way, bit/s
     * @param modelFlopsUtilisation      MFU in (0, 1]
     * @param checkpointCostS            time to write a checkpoint, s
     * @param checkpointWriteBps         per-satellite checkpoint write rate, bit/s
     * @param restartS                   restart time after an interrupt, s
     * @param sdcDetection               share of silent data corruptions a detector catches, [0, 1] (empty: no detector)
     * @param sdcDetectorOverhead        extra compute time per step the detector costs, [0, 1]
     * @param sdcRecoveryToCheckpoint    whether a detected SDC rolls back to the last checkpoint and restarts
     *                                   (false: the corrupted step is replayed from the in-memory copy)
     */
    public record Training(OptionalDouble batchTokens, OptionalDouble gradientBytes,
                           OptionalDouble interSatelliteBandwidthBps, OptionalDouble modelFlopsUtilisation,
                           OptionalDouble checkpointCostS, OptionalDouble checkpointWriteBps, OptionalDouble restartS,
                           OptionalDouble sdcDetection, OptionalDouble sdcDetectorOverhead,
                           boolean sdcRecoveryToCheckpoint) {
        /** Every training field left to its default. */
        public static Training defaults() {
            OptionalDouble e = OptionalDouble.empty();
            return new Training(e, e, e, e, e, e, e, e, e, false);
        }

        /** The fields without an SDC detector. */
        public Training(OptionalDouble batchTokens, OptionalDouble gradientBytes,
                        OptionalDouble interSatelliteBandwidthBps, OptionalDouble modelFlopsUtilisation,
                        OptionalDouble checkpointCostS, OptionalDouble checkpointWriteBps, OptionalDouble restartS) {
            this(batchTokens, gradientBytes, interSatelliteBandwidthBps, modelFlopsUtilisation, checkpointCostS,
                    checkpointWriteBps, restartS, OptionalDouble.empty(), OptionalDouble.empty(), false);
        }
    }

    /** A workload with every training field beyond P, D and the interval at its default. */
    public WorkloadSpec(String type, String name, double share, OptionalDouble modelParameters, OptionalDouble tokens,
                        OptionalDouble checkpointIntervalS, OptionalDouble requestsPerSecond,
                        OptionalDouble rawDataPerOrbitBits, OptionalDouble reductionFactor) {
        this(type, name, share, modelParameters, tokens, checkpointIntervalS, requestsPerSecond, rawDataPerOrbitBits,
                reductionFactor, Training.defaults());
    }
}
