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
 * @param share                      share of the fleet's compute given to the job
 * @param modelFlopsUtilisation      the job's MFU while computing
 * @param effectiveTrainingFraction  goodput / MFU: the share of the job's GPU-hours that did useful training at
 *                                   its MFU (1 for a job that never waits, stalls, checkpoints or rolls back);
 *                                   comparable with a ground cluster's "effective training time" (meta-llama3-2024)
 * @param interrupts                 events that stopped the job (UECC, crashes, hardware failures, satellite losses)
 * @param detectedSdc                silent data corruptions on the job's chips its detector caught (each replayed one step)
 * @param undetectedSdc              silent data corruptions on the job's chips that stayed silent
 * @param sdcReplayFraction          time replaying steps after detected SDCs / mission time
 * @param corruptedStepFraction      optimizer steps hit by an undetected SDC / optimizer steps taken
 * @param corruptedSteps             optimizer steps hit by an undetected SDC (expected count; several SDCs in one
 *                                   twin step hit at most as many steps as were taken in it)
 * @param sdcDetector                the detector the job ran
 */
public record TrainingReport(double goodput, double usefulFlop, double checkpointIntervalS, double checkpointCostS,
                             double meanTimeBetweenInterruptsS, double checkpointOverheadFraction,
                             double rollbackLossFraction, double commBoundFraction, double lostToStragglersFraction,
                             long rollbacks, double tokensPerDay, double trainedFraction, double timeToTrainDays,
                             double share, double modelFlopsUtilisation, double effectiveTrainingFraction,
                             long interrupts, long detectedSdc, long undetectedSdc, double sdcReplayFraction,
                             double corruptedStepFraction, double corruptedSteps, SdcDetector sdcDetector) {
}
