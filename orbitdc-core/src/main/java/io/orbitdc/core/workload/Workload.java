package io.orbitdc.core.workload;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An AI workload the fleet runs, one record per kind with exactly the fields that kind has. The
 * scenario binder builds them (its {@code workloads[].type} words are the {@link Kind} ids); the
 * engines take the record they model: the twin a {@link Training} job, the service stage an
 * {@link Inference} or {@link EarthObservation} load.
 *
 * <p>Adding a kind: a record and a {@link Kind} constant here, its case in the scenario binder
 * (the switch over {@link Kind} is exhaustive, so it does not compile without one), its fields in
 * the scenario schema, and the engine that consumes it (docs/architecture.md).
 */
public sealed interface Workload permits Workload.Training, Workload.Inference, Workload.EarthObservation {

    /** Label, for reports. */
    String name();

    /** Fraction of each satellite's compute given to the workload, (0, 1]. */
    double share();

    /** The kind, as the scenario names it. */
    Kind kind();

    /** The kinds a scenario may state, by their scenario word. */
    enum Kind {
        TRAINING("training"),
        INFERENCE("inference"),
        EARTH_OBSERVATION("earth-observation");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The word a scenario file uses for this kind. */
        public String id() {
            return id;
        }
    }

    /**
     * A synchronous data-parallel training job across the fleet, its defaults applied (see
     * {@link TrainingSpec}); the twin flies it.
     */
    record Training(String name, TrainingSpec job) implements Workload {
        public Training {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(job, "job");
        }

        @Override
        public double share() {
            return job.share();
        }

        @Override
        public Kind kind() {
            return Kind.TRAINING;
        }
    }

    /**
     * Requests served by the fleet's accelerators (latency over the fleet's real contacts,
     * docs/models/service-stage.md).
     *
     * @param requestsPerSecond fleet-wide mean request rate, 1/s (&gt; 0)
     * @param modelParameters   parameters of the served model (empty: the calibration's 70B model)
     */
    record Inference(String name, double share, double requestsPerSecond, OptionalDouble modelParameters)
            implements Workload {
        public Inference {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(modelParameters, "modelParameters");
            if (!(requestsPerSecond > 0.0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("requests per second must be a finite number > 0, found " + requestsPerSecond);
            }
        }

        @Override
        public Kind kind() {
            return Kind.INFERENCE;
        }
    }

    /**
     * Imagery processed in orbit before the downlink (docs/models/service-stage.md).
     *
     * @param rawDataPerOrbitBits raw data each satellite collects per orbit, bit (&gt; 0)
     * @param reductionFactor     raw / downlinked volume after processing (empty: nothing processed, 1)
     */
    record EarthObservation(String name, double share, double rawDataPerOrbitBits, OptionalDouble reductionFactor)
            implements Workload {
        public EarthObservation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reductionFactor, "reductionFactor");
            if (!(rawDataPerOrbitBits > 0.0) || Double.isInfinite(rawDataPerOrbitBits)) {
                throw new IllegalArgumentException("raw data per orbit must be a finite number > 0 bit, found " + rawDataPerOrbitBits);
            }
        }

        @Override
        public Kind kind() {
            return Kind.EARTH_OBSERVATION;
        }
    }
}
