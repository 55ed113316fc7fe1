package io.orbitdc.core.study;

import io.orbitdc.core.twin.StepRecorder;
import java.util.Optional;

/**
 * How {@link Study#simulate(SimulateOptions)} flies the twin: worker threads (the answer does not
 * depend on them), the sampling interval of each satellite's state in steps, a progress recorder,
 * and an optional results database to record into.
 *
 * @param threads    worker threads, ≥ 1
 * @param everySteps sampling interval for the recorder and the database, steps ≥ 1
 * @param progress   receives the sampled states (e.g. a progress meter); {@link StepRecorder#NONE} for none
 * @param recording  the results database to write, if any
 * @param phases     told when the run moves to its next phase (twin, writing, service); {@link Progress#NONE} for none
 */
public record SimulateOptions(int threads, int everySteps, StepRecorder progress, Optional<RunRecording> recording,
                              Progress phases) {

    public SimulateOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: found " + threads + "; expected ≥ 1");
        }
        if (everySteps < 1) {
            throw new IllegalArgumentException("recording interval: found " + everySteps + " steps; expected ≥ 1");
        }
        if (progress == null || recording == null || phases == null) {
            throw new IllegalArgumentException("progress, recording and phases must be given (StepRecorder.NONE,"
                    + " Optional.empty(), Progress.NONE)");
        }
    }

    /** Options without phase reports. */
    public SimulateOptions(int threads, int everySteps, StepRecorder progress, Optional<RunRecording> recording) {
        this(threads, everySteps, progress, recording, Progress.NONE);
    }

    /** {@code threads} workers, no sampling, no progress, no database. */
    public static SimulateOptions of(int threads) {
        return new SimulateOptions(threads, Integer.MAX_VALUE, StepRecorder.NONE, Optional.empty());
    }

    public SimulateOptions sampledEvery(int steps, StepRecorder recorder) {
        return new SimulateOptions(threads, steps, recorder, recording, phases);
    }

    public SimulateOptions reportingPhasesTo(Progress listener) {
        return new SimulateOptions(threads, everySteps, progress, recording, listener);
    }

    public SimulateOptions recordedInto(RunRecording target) {
        return new SimulateOptions(threads, everySteps, progress, Optional.of(target), phases);
    }
}
