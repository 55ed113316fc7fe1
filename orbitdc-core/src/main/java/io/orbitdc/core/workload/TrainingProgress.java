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
 * Time is then split on the {@link CheckpointPlan} grid: restart or replay (no progress) first
 * after an interrupt or a detected SDC, then work (progress U accumulates as pending), then
 * checkpoint writing (no progress; pending work is committed when the write completes). Event
 * kinds are handled apart:
 * <ul>
 * <li>an <em>interrupt</em> (UECC, crash, accelerator or host failure, satellite loss on any
 *     satellite in the job) rolls the whole job back at the end of the step: pending work is lost
 *     and a restart of R begins (ref: meta-llama3-2024 §3.3.4: one failure stops a synchronous job);</li>
 * <li>a <em>detected SDC</em> throws away the optimizer step it landed in: the job replays it from
 *     the in-memory copy of the previous step (one step time of no progress, pending work kept);</li>
 * <li>an <em>undetected SDC</em> costs no time; the optimizer step it lands in is counted as corrupted.</li>
 * </ul>
 * A detector's compute overhead o stretches the compute time: t_c·(1 + o).
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
    private double replayLeftS;
    private double replayS;
    private long interruptCount;
    private long detectedSdc;
    private long undetectedSdc;
    private double optimizerSteps;
    private double corruptedSteps;
    private double checkpointS;
    private double restartS;
    private double lostWorkS;
    private double commBoundS;
    private double workedS;
    private double stragglerFlop;
    private long rollbacks;

    public TrainingProgress(TrainingSpec spec, CheckpointPlan plan, double meanTimeBetweenInterruptsS) {
        this.spec = spec;
        this.plan = plan;
        this.meanTimeBetweenInterruptsS = meanTimeBetweenInterruptsS;
    }

    /** One twin step with interrupts only (no SDC on the job's chips). */
    public void step(double t0S, double dtS, double[] peakRates, boolean[] inJob, long interrupts) {
        step(t0S, dtS, peakRates, inJob, interrupts, 0, 0);
    }

    /**
     * One twin step [t0, t0 + dt).
     *
     * @param peakRates     per satellite, peak FLOP/s it ran this step (before share and MFU)
     * @param inJob         per satellite, whether it takes part (alive, with working units)
     * @param interrupts    events that stop the job, drawn this step on satellites in the job
     * @param detectedSdc   silent data corruptions on the job's chips its detector caught
     * @param undetectedSdc silent data corruptions on the job's chips that stayed silent
     */
    public void step(double t0S, double dtS, double[] peakRates, boolean[] inJob, long interrupts, long detectedSdc,
                     long undetectedSdc) {
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
        double stepS = Double.POSITIVE_INFINITY;
        if (n > 0 && pace > 0.0) {
            double computeS = spec.flopPerStep() * (1.0 + spec.sdcDetector().computeOverheadFraction()) / (n * pace);
            double allReduceS = RingAllReduce.seconds(spec.gradientBits(), n, spec.interSatelliteBandwidthBps());
            commBound = allReduceS > computeS;
            stepS = Math.max(computeS, allReduceS);
            progressRate = spec.flopPerStep() / stepS;
            // kept in peak-FLOP units (× share) so it compares with the nameplate given to the job
            stragglerFlop += (sum - n * pace) / spec.modelFlopsUtilisation() * dtS;
        } else if (n > 0) {
            stragglerFlop += sum / spec.modelFlopsUtilisation() * dtS;
        }
        double workedBefore = workedS;
        advance(t0S, t0S + dtS, progressRate, commBound);
        double steps = Double.isFinite(stepS) ? (workedS - workedBefore) / stepS : 0.0;
        optimizerSteps += steps;
        // an undetected SDC corrupts the optimizer step it lands in; several in one twin step hit
        // distinct optimizer steps at most as many as were taken
        corruptedSteps += Math.min(undetectedSdc, steps);
        this.undetectedSdc += undetectedSdc;
        this.detectedSdc += detectedSdc;
        if (spec.sdcDetector().rollsBackToCheckpoint()) {
            // this detector handles a caught SDC like a crash: rollback to the checkpoint and restart
            interrupts += detectedSdc;
            detectedSdc = 0;
        }
        interruptCount += interrupts;
        if (interrupts > 0) {
            rollbacks++;
            lostWorkS += pendingS;
            pendingFlop = 0.0;
            pendingS = 0.0;
            restartLeftS = plan.restartS();
            replayLeftS = 0.0;
        } else if (detectedSdc > 0 && Double.isFinite(stepS)) {
            // replay each corrupted optimizer step from the in-memory copy of the one before
            replayLeftS += detectedSdc * stepS;
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
            if (replayLeftS > 0.0) {
                double use = Math.min(t1 - t, replayLeftS);
                replayLeftS -= use;
                replayS += use;
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
        workedS += s;
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
        double goodput = given > 0.0 ? useful / given : 0.0;
        return new TrainingReport(goodput, useful, plan.intervalS(), plan.costS(), mtbi,
                checkpointS / missionS, (lostWorkS + restartS) / missionS, commBoundS / missionS,
                given > 0.0 ? stragglerFlop / given : 0.0, rollbacks, tokensPerDay, tokens / spec.tokens(),
                tokensPerDay > 0.0 ? spec.tokens() / tokensPerDay : Double.POSITIVE_INFINITY,
                spec.share(), spec.modelFlopsUtilisation(), goodput / spec.modelFlopsUtilisation(), interruptCount,
                detectedSdc, undetectedSdc, replayS / missionS,
                optimizerSteps > 0.0 ? corruptedSteps / optimizerSteps : 0.0, corruptedSteps, spec.sdcDetector());
    }

    public CheckpointPlan plan() {
        return plan;
    }
}
