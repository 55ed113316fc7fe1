package io.orbitdc.core.twin;

/**
 * Compute lost per radiation event, as seconds of the whole satellite's compute: a detected
 * error rolls the satellite's work back to its last checkpoint (on average half an interval)
 * and a crash adds a reboot. A stand-in for the training workload model, which will compute
 * these from the checkpoint interval and the data-parallel group.
 *
 * @param lostSPerSdc   seconds of satellite compute lost per silent data corruption (assumed detected), ≥ 0
 * @param lostSPerUecc  seconds lost per uncorrectable memory error, ≥ 0
 * @param lostSPerCrash seconds lost per crash (SEFI), ≥ 0
 */
public record RollbackSpec(double lostSPerSdc, double lostSPerUecc, double lostSPerCrash) {
    public RollbackSpec {
        InputRange.nonNegative("seconds lost per SDC", lostSPerSdc);
        InputRange.nonNegative("seconds lost per UECC", lostSPerUecc);
        InputRange.nonNegative("seconds lost per crash", lostSPerCrash);
    }

    /** Rollback to the last of checkpoints taken every {@code checkpointIntervalS}, plus a restart. */
    public static RollbackSpec checkpointed(double checkpointIntervalS, double restartS) {
        InputRange.nonNegative("checkpoint interval (s)", checkpointIntervalS);
        InputRange.nonNegative("restart time (s)", restartS);
        double rollback = checkpointIntervalS / 2.0;
        return new RollbackSpec(rollback + restartS, rollback + restartS, rollback + restartS);
    }
}
