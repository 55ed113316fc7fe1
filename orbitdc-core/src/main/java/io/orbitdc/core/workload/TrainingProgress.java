package io.orbitdc.core.workload;

/**
 * Steps a synchronous data-parallel training job through the twin's steps, fed each step with
 * every satellite's available compute and the interrupts drawn on it.
 *
 * <pre>
 * r_k   = peak FLOP/s the satellite ran (working units × duty × served share) × share × MFU
 * pace  = min r_k over the n satellites in the job (the slowest sets the pace)
 * t_c   = 6·P·B / (n·pace)                               compute time of one optimizer step
 * t_ar  = 2(n − 1)/n · S_grad / b_ISL                     ring all-reduce (RingAllReduce)
 * U     = 6·P·B / max(t_c, t_ar)                          model FLOP/s of progress
 * </pre>
 * Time is then split on the {@link CheckpointPlan} grid: restart (no progress) first after an
 * interrupt, then work (progress U accumulates as pending), then checkpoint writing (no progress;
 * pending work is committed when the write completes). Any interrupt in a step (SDC, UECC,
 * crash, accelerator or host failure, satellite loss on any satellite in the job) rolls the
 * whole job back at the end of the step: pending work is lost and a restart of R begins
 * (ref: meta-llama3-2024 §3.3.4: one failure stops a synchronous job).
 *
 * <p>Validity: perfect overlap of all-reduce with compute (step = max, not sum); the optimizer
 * step is short against the twin step (rates constant within a step); interrupts land at the
 * end of their step, which adds at most half a step to each loss; work after the last
 * checkpoint at mission end counts as kept. Mutable, used from one thread.
 */
public final class TrainingProgress {
    private static final int MAX_SEGMENTS_PER_STEP = 1_000_000;
    private final TrainingSpec spec;
    private final CheckpointPlan plan;
    private final double meanTimeBetweenInterruptsS;
    private double committedFlop;
    private double pendingFlop;
    private double pendingS;
    private double restartLeftS;
    private double checkpointS;
    private double restartS;
    private double lostWorkS;
    private double commBoundS;
    private double stragglerFlop;
    private long rollbacks;

    public TrainingProgress(TrainingSpec spec, CheckpointPlan plan, double meanTimeBetweenInterruptsS) {
        this.spec = spec;
        this.plan = plan;
        this.meanTimeBetweenInterruptsS = meanTimeBetweenInterruptsS;
    }

    /**
     * One twin step [t0, t0 + dt).
     *
     * @param peakRates  per satellite, peak FLOP/s it ran this step (before share and MFU)
     * @param inJob      per satellite, whether it takes part (alive, with working units)
     * @param interrupts interrupts drawn this step on satellites in the job
     */
    public void step(double t0S, double dtS, double[] peakRates, boolean[] inJob, long interrupts) {
        int n = 0;
        double pace = Double.POSITIVE_INFINITY;
        double sum = 0.0;
        double scale = spec.share() * spec.modelFlopsUtilisation();
        for (int k = 0; k < peakRates.length; k++) {
            if (inJob[k]) {
                n++;
                double r = peakRates[k] * scale;
                pace = Math.min(pace, r);
                sum += r;
            }
        }
        double progressRate = 0.0;
        boolean commBound = false;
        if (n > 0 && pace > 0.0) {
            double computeS = spec.flopPerStep() / (n * pace);
            double allReduceS = RingAllReduce.seconds(spec.gradientBits(), n, spec.interSatelliteBandwidthBps());
            commBound = allReduceS > computeS;
            progressRate = spec.flopPerStep() / Math.max(computeS, allReduceS);
            // kept in peak-FLOP units (× share) so it compares with the nameplate given to the job
            stragglerFlop += (sum - n * pace) / spec.modelFlopsUtilisation() * dtS;
        } else if (n > 0) {
            stragglerFlop += sum / spec.modelFlopsUtilisation() * dtS;
        }
        advance(t0S, t0S + dtS, progressRate, commBound);
        if (interrupts > 0) {
            rollbacks++;
            lostWorkS += pendingS;
            pendingFlop = 0.0;
            pendingS = 0.0;
            restartLeftS = plan.restartS();
        }
    }

    private void advance(double t0, double t1, double rate, boolean commBound) {
        double p = plan.periodS();
        double t = t0;
        for (int guard = 0; t < t1 && guard < MAX_SEGMENTS_PER_STEP; guard++) {
            if (restartLeftS > 0.0) {
                double use = Math.min(t1 - t, restartLeftS);
                restartLeftS -= use;
                restartS += use;
                t += use;
                continue;
            }
            if (!Double.isFinite(p)) {
                work(t1 - t, rate, commBound);
                return;
            }
            double k = Math.floor(t / p);
            double workEnd = k * p + plan.intervalS();
            double periodEnd = (k + 1.0) * p;
            if (t < workEnd) {
                double end = Math.min(t1, workEnd);
                work(end - t, rate, commBound);
                t = end;
            } else {
                double end = Math.min(t1, periodEnd);
                checkpointS += end - t;
                if (end >= periodEnd) {
                    committedFlop += pendingFlop;
                    pendingFlop = 0.0;
                    pendingS = 0.0;
                }
                t = end > t ? end : Math.nextUp(t);
            }
        }
    }

    private void work(double s, double rate, boolean commBound) {
        pendingFlop += rate * s;
        pendingS += s;
        if (commBound) {
            commBoundS += s;
        }
    }

    /** Totals over a mission of {@code missionS} whose fleet nameplate was {@code nameplateFlop}. */
    public TrainingReport report(double missionS, double nameplateFlop) {
        double useful = committedFlop + pendingFlop;
        double given = nameplateFlop * spec.share();
        double tokens = useful / (6.0 * spec.modelParameters());
        double tokensPerDay = missionS > 0.0 ? tokens / (missionS / 86400.0) : 0.0;
        double mtbi = Double.isFinite(meanTimeBetweenInterruptsS) ? meanTimeBetweenInterruptsS : 0.0;
        return new TrainingReport(given > 0.0 ? useful / given : 0.0, useful, plan.intervalS(), plan.costS(), mtbi,
                checkpointS / missionS, (lostWorkS + restartS) / missionS, commBoundS / missionS,
                given > 0.0 ? stragglerFlop / given : 0.0, rollbacks, tokensPerDay, tokens / spec.tokens(),
                tokensPerDay > 0.0 ? spec.tokens() / tokensPerDay : Double.POSITIVE_INFINITY);
    }

    public CheckpointPlan plan() {
        return plan;
    }
}
