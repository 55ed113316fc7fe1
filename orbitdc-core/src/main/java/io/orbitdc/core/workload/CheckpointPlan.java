package io.orbitdc.core.workload;

/**
 * When the job checkpoints and what an interrupt costs. Checkpoints follow a fixed wall-clock
 * grid from mission start: τ of work, then δ of checkpoint writing (no progress), repeated with
 * period τ + δ. A fixed grid (rather than one restarted after every rollback) lets every
 * satellite know, without talking to the others, whether a checkpoint falls in a step, which
 * keeps the per-satellite engine parallel and deterministic.
 *
 * <p>τ defaults to Young's optimum τ = √(2·δ·M) for a mean time between interrupts M
 * (ref: young-1974; daly-2006 gives it as the first-order term of his higher-order estimate),
 * which minimises the first-order waste δ/τ + τ/(2M). Validity: δ ≪ M; for δ approaching M
 * Daly's higher-order form and the checkpoint overhead both grow and the job barely progresses.
 *
 * @param intervalS τ, work between checkpoints, s (&gt; 0)
 * @param costS     δ, time to write a checkpoint, s (≥ 0)
 * @param restartS  R, time to restart after an interrupt, s (≥ 0)
 */
public record CheckpointPlan(double intervalS, double costS, double restartS) {
    public CheckpointPlan {
        if (!(intervalS > 0.0)) {
            throw new IllegalArgumentException("checkpoint interval must be > 0 s, found " + intervalS);
        }
        if (!(costS >= 0.0) || Double.isInfinite(costS)) {
            throw new IllegalArgumentException("checkpoint cost must be a finite number >= 0 s, found " + costS);
        }
        if (!(restartS >= 0.0) || Double.isInfinite(restartS)) {
            throw new IllegalArgumentException("restart time must be a finite number >= 0 s, found " + restartS);
        }
    }

    /** Young's interval √(2·δ·M), s; +∞ when no interrupt is expected (M = ∞). ref: young-1974 */
    public static double youngDalyIntervalS(double checkpointCostS, double meanTimeBetweenInterruptsS) {
        if (!(checkpointCostS > 0.0) || !(meanTimeBetweenInterruptsS > 0.0)) {
            throw new IllegalArgumentException("Young/Daly needs a checkpoint cost > 0 and a mean time between interrupts > 0, found "
                    + checkpointCostS + " s and " + meanTimeBetweenInterruptsS + " s");
        }
        return Math.sqrt(2.0 * checkpointCostS * meanTimeBetweenInterruptsS);
    }

    /** Grid period τ + δ, s. */
    public double periodS() {
        return intervalS + costS;
    }

    /** Whether a checkpoint write starts in [t0, t1): some k ≥ 1 with k·(τ+δ) − δ in it. */
    public boolean checkpointStartsIn(double t0S, double t1S) {
        double p = periodS();
        if (!Double.isFinite(p)) {
            return false;
        }
        double k = Math.ceil((t0S + costS) / p);
        double start = Math.max(1.0, k) * p - costS;
        return start >= t0S && start < t1S;
    }

    /**
     * Expected work lost per interrupt striking at a uniformly random phase of the grid, s:
     * within τ of work the loss is the work since the last checkpoint (mean τ/2), during a
     * checkpoint the whole interval τ is lost (the write never completes):
     * (τ²/2 + δ·τ)/(τ + δ). Restarts and interrupts during them are not included.
     */
    public double expectedLostWorkPerInterruptS() {
        return (intervalS * intervalS / 2.0 + costS * intervalS) / periodS();
    }
}
