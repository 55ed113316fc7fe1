package io.orbitdc.core.twin;

/**
 * Compute lost per radiation event: an uncorrectable memory error or a crash rolls the work of
 * the struck chip's <em>rollback domain</em> — the accelerator units that share its job replica,
 * e.g. one host — back to its last checkpoint (on average half an interval) and adds a restart;
 * a silent data corruption costs only what its detector's replay costs (nothing when there is
 * no detector: it is silent). Each
 * event costs {@code lostS × min(domain, working units)} unit-seconds of compute. A fleet-wide
 * synchronous training job, where any event stops every replica, is accounted for separately
 * by the training model ({@code io.orbitdc.core.workload}).
 *
 * @param lostSPerSdc    seconds of the domain's compute lost per silent data corruption (expected replay cost), ≥ 0
 * @param lostSPerUecc   seconds lost per uncorrectable memory error, ≥ 0
 * @param lostSPerCrash  seconds lost per crash (SEFI), ≥ 0
 * @param unitsPerDomain accelerator units one event rolls back, ≥ 1 ({@link Integer#MAX_VALUE}: the whole satellite)
 */
public record RollbackSpec(double lostSPerSdc, double lostSPerUecc, double lostSPerCrash, int unitsPerDomain) {
    public RollbackSpec {
        InputRange.nonNegative("seconds lost per SDC", lostSPerSdc);
        InputRange.nonNegative("seconds lost per UECC", lostSPerUecc);
        InputRange.nonNegative("seconds lost per crash", lostSPerCrash);
        InputRange.positive("accelerator units per rollback domain", unitsPerDomain);
    }

    /** Every event rolls back the whole satellite. */
    public RollbackSpec(double lostSPerSdc, double lostSPerUecc, double lostSPerCrash) {
        this(lostSPerSdc, lostSPerUecc, lostSPerCrash, Integer.MAX_VALUE);
    }

    /** The same losses per event, over a domain of {@code units} accelerator units. */
    public RollbackSpec withDomain(int units) {
        return new RollbackSpec(lostSPerSdc, lostSPerUecc, lostSPerCrash, units);
    }

    /**
     * UECC and crashes roll back to the last of checkpoints taken every {@code checkpointIntervalS}
     * and restart; an SDC costs {@code sdcLostS} (its detector's expected replay, 0 without one).
     */
    public static RollbackSpec checkpointed(double sdcLostS, double checkpointIntervalS, double restartS) {
        InputRange.nonNegative("seconds lost per SDC", sdcLostS);
        RollbackSpec hard = checkpointed(checkpointIntervalS, restartS);
        return new RollbackSpec(sdcLostS, hard.lostSPerUecc(), hard.lostSPerCrash());
    }

    /** Every event, SDC included, rolls back to the last of checkpoints taken every {@code checkpointIntervalS}, plus a restart. */
    public static RollbackSpec checkpointed(double checkpointIntervalS, double restartS) {
        InputRange.nonNegative("checkpoint interval (s)", checkpointIntervalS);
        InputRange.nonNegative("restart time (s)", restartS);
        double rollback = checkpointIntervalS / 2.0;
        return new RollbackSpec(rollback + restartS, rollback + restartS, rollback + restartS);
    }
}
