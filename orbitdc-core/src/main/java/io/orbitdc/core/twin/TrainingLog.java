package io.orbitdc.core.twin;

/**
 * One satellite's per-step record for a block of steps, filled by {@link SatelliteTwin#advance}
 * and read by the engine's fleet reduction: the peak compute the satellite ran, whether it could
 * take part in a distributed job, and the interrupts it drew. Memory is one block, not the
 * mission. Mutable; written by one thread, read after the block completes.
 */
public final class TrainingLog {
    private final double[] peakRate;
    private final boolean[] inJob;
    private final long[] interrupts;

    public TrainingLog(int blockSteps) {
        InputRange.positive("block length (steps)", blockSteps);
        peakRate = new double[blockSteps];
        inJob = new boolean[blockSteps];
        interrupts = new long[blockSteps];
    }

    void record(int i, double peakFlopPerS, boolean taking, long events) {
        peakRate[i] = peakFlopPerS;
        inJob[i] = taking;
        interrupts[i] = events;
    }

    /** Peak FLOP/s run in step i of the block (working units × duty × served share). */
    public double peakRate(int i) {
        return peakRate[i];
    }

    /** Whether the satellite had working units in step i (alive, below its TID limit). */
    public boolean inJob(int i) {
        return inJob[i];
    }

    /** Interrupts drawn in step i: single events, accelerator and host failures, satellite loss. */
    public long interrupts(int i) {
        return interrupts[i];
    }
}
