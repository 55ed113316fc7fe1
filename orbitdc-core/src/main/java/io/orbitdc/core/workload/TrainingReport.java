package io.orbitdc.core.workload;

/**
 * What the training job achieved over a twin run. Time fractions are of the mission's
 * wall-clock time; FLOP fractions are of the nameplate compute given to the job
 * (fleet nameplate × share).
 *
 * @param goodput                    useful model FLOP / (nameplate FLOP × share)
 * @param usefulFlop                 model FLOP of training that was kept (committed, or done after the last checkpoint)
 * @param checkpointIntervalS        τ used, s
 * @param checkpointCostS            δ used, s
 * @param meanTimeBetweenInterruptsS M the default τ was derived from, s (0 when no interrupt is expected)
 * @param checkpointOverheadFraction time spent writing checkpoints / mission time
 * @param rollbackLossFraction       (work rolled back + restart time) / mission time
 * @param commBoundFraction          time in which the all-reduce, not compute, set the step time / mission time
 * @param lostToStragglersFraction   compute faster satellites spent waiting for the slowest / (nameplate × share)
 * @param rollbacks                  rollbacks to a checkpoint (steps with at least one interrupt)
 * @param tokensPerDay               tokens trained per day, averaged over the mission
 * @param trainedFraction            tokens trained / D
 * @param timeToTrainDays            D / tokens per day, days (+∞ when nothing was trained)
 */
public record TrainingReport(double goodput, double usefulFlop, double checkpointIntervalS, double checkpointCostS,
                             double meanTimeBetweenInterruptsS, double checkpointOverheadFraction,
                             double rollbackLossFraction, double commBoundFraction, double lostToStragglersFraction,
                             long rollbacks, double tokensPerDay, double trainedFraction, double timeToTrainDays) {
}
