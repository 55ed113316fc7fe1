package io.orbitdc.core.twin;

/**
 * One satellite's per-step record for a block of steps, filled by {@link SatelliteTwin#advance}
 * and read by the engine's fleet reduction: the peak compute the satellite ran, whether it could
 * take part in a distributed job, the interrupts it drew (events that stop a synchronous job) and
 * the silent data corruptions on the job's chips, split into those the job's detector caught and
 * those it did not. Memory is one block, not the mission. Mutable; written by one thread, read
 * after the block completes.
 */
public final class TrainingLog {
    private final double[] peakRate;
    private final boolean[] inJob;
    private final long[] interrupts;
    private final long[] detectedSdc;
    private final long[] undetectedSdc;

    public TrainingLog(int blockSteps) {
        InputRange.positive("block length (steps)", blockSteps);
        peakRate = new double[blockSteps];
        inJob = new boolean[blockSteps];
        interrupts = new long[blockSteps];
        detectedSdc = new long[blockSteps];
        undetectedSdc = new long[blockSteps];
    }

    void record(int i, double peakFlopPerS, boolean taking, long events, long detected, long undetected) {
        peakRate[i] = peakFlopPerS;
        inJob[i] = taking;
        interrupts[i] = events;
        detectedSdc[i] = detected;
        undetectedSdc[i] = undetected;
    }

    /** Peak FLOP/s run in step i of the block (working units × duty × served share). */
    public double peakRate(int i) {
        return peakRate[i];
    }

    /** Whether the satellite had working units in step i (alive, below its TID limit). */
    public boolean inJob(int i) {
        return inJob[i];
    }

    /**
     * Interrupts drawn in step i: UECC and crashes on the job's chips, accelerator and host
     * failures, a TID failure, the satellite's loss — everything that stops a synchronous job.
     */
    public long interrupts(int i) {
        return interrupts[i];
    }

    /** Silent data corruptions on the job's chips in step i that its detector caught. */
    public long detectedSdc(int i) {
        return detectedSdc[i];
    }

    /** Silent data corruptions on the job's chips in step i that stayed silent. */
    public long undetectedSdc(int i) {
        return undetectedSdc[i];
    }
}
