package io.orbitdc.core.scenario;

import java.util.OptionalDouble;

/**
 * An AI workload as the scenario states it (training, inference or earth-observation); the
 * digital twin interprets it. Fields that do not apply to the type are empty.
 */
public record WorkloadSpec(String type, String name, double share, OptionalDouble modelParameters,
                           OptionalDouble tokens, OptionalDouble checkpointIntervalS,
                           OptionalDouble requestsPerSecond, OptionalDouble rawDataPerOrbitBits,
                           OptionalDouble reductionFactor) {
}
