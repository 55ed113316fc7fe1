package io.orbitdc.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrainingProgressTest {
    private static TrainingSpec job(double islBps) {
        // 1e9 parameters, batch 1e6 tokens: 6e15 FLOP per optimizer step; MFU 1, share 1
        return new TrainingSpec(1e9, 1e12, 1e6, 2.0, islBps, 1.0, 1.0, 16.0, 40e9, OptionalDouble.of(10.0),
                OptionalDouble.of(100.0), 50.0);
    }

    @Test
    void slowestSatelliteSetsThePace() {
        TrainingProgress p = new TrainingProgress(job(1e15), new CheckpointPlan(1e9, 10.0, 50.0), Double.POSITIVE_INFINITY);
        // three satellites at 1, 2 and 3 PFLOP/s: the job runs at 3 × 1 PFLOP/s; the fourth is dead
        p.step(0.0, 100.0, new double[] {1e15, 2e15, 3e15, 5e15}, new boolean[] {true, true, true, false}, 0);
        TrainingReport r = p.report(100.0, 1.1e18);
        // compute time 6e15 / 3e15 = 2 s per step, all-reduce 2·2/3·1.6e10/1e15 ≈ 2e-5 s: compute-bound
        assertThat(r.usefulFlop()).isCloseTo(3e15 * 100.0, within(1e3));
        // waiting: (1 + 2) PFLOP/s of the faster two for 100 s, over 1.1e18 nameplate
        assertThat(r.lostToStragglersFraction()).isCloseTo(3e17 / 1.1e18, within(1e-12));
        assertThat(r.commBoundFraction()).isZero();
    }

    @Test
    void slowLinksMakeTheStepCommunicationBound() {
        TrainingProgress p = new TrainingProgress(job(1e9), new CheckpointPlan(1e9, 10.0, 50.0), Double.POSITIVE_INFINITY);
        p.step(0.0, 100.0, new double[] {1e15, 1e15}, new boolean[] {true, true}, 0);
        TrainingReport r = p.report(100.0, 2e17);
        // all-reduce 2·1/2·1.6e10/1e9 = 16 s > compute 6e15/2e15 = 3 s: progress 6e15/16 FLOP/s
        assertThat(r.usefulFlop()).isCloseTo(6e15 / 16.0 * 100.0, within(1e3));
        assertThat(r.commBoundFraction()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void interruptLosesWorkSinceTheCheckpointAndRestarts() {
        // τ = 100 s, δ = 10 s, R = 50 s, one satellite at 1 PFLOP/s, steps of 30 s
        TrainingProgress p = new TrainingProgress(job(1e15), new CheckpointPlan(100.0, 10.0, 50.0), 1e6);
        double[] rate = {1e15};
        boolean[] in = {true};
        for (int n = 0; n < 4; n++) {
            p.step(n * 30.0, 30.0, rate, in, 0); // 0–120 s: work 100 s, checkpoint 100–110 s, work 110–120 s
        }
        p.step(120.0, 30.0, rate, in, 1); // work to 150 s, interrupt: 40 s of work lost
        p.step(150.0, 30.0, rate, in, 0); // restart 150–180 s
        p.step(180.0, 30.0, rate, in, 0); // restart to 200 s, work 200–210 s
        TrainingReport r = p.report(210.0, 1e15 * 210.0);
        assertThat(r.rollbacks()).isEqualTo(1);
        assertThat(r.checkpointOverheadFraction()).isCloseTo(10.0 / 210.0, within(1e-12));
        assertThat(r.rollbackLossFraction()).isCloseTo((40.0 + 50.0) / 210.0, within(1e-12));
        // kept: the 100 s checkpointed plus 10 s after the restart; MFU 1 so goodput = kept time / mission
        assertThat(r.usefulFlop()).isCloseTo(110.0 * 1e15, within(1e3));
        assertThat(r.goodput() + r.checkpointOverheadFraction() + r.rollbackLossFraction()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aDetectedSdcReplaysOneStepWithoutLosingTheWorkSinceTheCheckpoint() {
        // one satellite at 1 PFLOP/s, fast links: an optimizer step takes 6e15/1e15 = 6 s (compute-bound)
        TrainingSpec detecting = job(1e15).withSdcDetector(new SdcDetector(1.0, 0.0));
        TrainingProgress p = new TrainingProgress(detecting, new CheckpointPlan(100.0, 10.0, 50.0), 1e6);
        double[] rate = {1e15};
        boolean[] in = {true};
        p.step(0.0, 30.0, rate, in, 0, 2, 0); // work 0–30 s; two SDCs caught: 2 × 6 s of replay follow
        p.step(30.0, 30.0, rate, in, 0, 0, 0); // replay 30–42 s, work 42–60 s
        TrainingReport r = p.report(60.0, 1e15 * 60.0);
        assertThat(r.rollbacks()).isZero();
        assertThat(r.interrupts()).isZero();
        assertThat(r.detectedSdc()).isEqualTo(2);
        assertThat(r.sdcReplayFraction()).isCloseTo(12.0 / 60.0, within(1e-12));
        assertThat(r.rollbackLossFraction()).isZero();
        // nothing rolled back: 30 + 18 s of work kept (pending at mission end counts as kept)
        assertThat(r.usefulFlop()).isCloseTo(48.0 * 1e15, within(1e3));
        assertThat(r.goodput() + r.sdcReplayFraction()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anUndetectedSdcCostsNoTimeButCorruptsTheStepItLandsIn() {
        TrainingProgress p = new TrainingProgress(job(1e15), new CheckpointPlan(1e9, 10.0, 50.0), Double.POSITIVE_INFINITY);
        double[] rate = {1e15};
        boolean[] in = {true};
        p.step(0.0, 30.0, rate, in, 0, 0, 1); // 30 s = 5 optimizer steps of 6 s, one corrupted
        p.step(30.0, 30.0, rate, in, 0, 0, 0);
        TrainingReport r = p.report(60.0, 1e15 * 60.0);
        assertThat(r.undetectedSdc()).isEqualTo(1);
        assertThat(r.goodput()).isCloseTo(1.0, within(1e-12));
        assertThat(r.corruptedStepFraction()).isCloseTo(1.0 / 10.0, within(1e-12));
        assertThat(r.corruptedSteps()).isCloseTo(1.0, within(1e-12));
        assertThat(r.effectiveTrainingFraction()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theDetectorsOverheadStretchesComputeButHidesBehindASlowerAllReduce() {
        // compute-bound: 6 s × 1.07 per step
        TrainingSpec fast = job(1e15).withSdcDetector(new SdcDetector(0.9, 0.07));
        TrainingProgress p = new TrainingProgress(fast, new CheckpointPlan(1e9, 10.0, 50.0), Double.POSITIVE_INFINITY);
        p.step(0.0, 100.0, new double[] {1e15}, new boolean[] {true}, 0);
        assertThat(p.report(100.0, 1e17).usefulFlop()).isCloseTo(1e17 / 1.07, within(1e3));
        // link-bound (all-reduce 16 s > compute 3 × 1.07 s): the checks cost nothing
        TrainingSpec slow = job(1e9).withSdcDetector(new SdcDetector(0.9, 0.07));
        TrainingProgress q = new TrainingProgress(slow, new CheckpointPlan(1e9, 10.0, 50.0), Double.POSITIVE_INFINITY);
        q.step(0.0, 100.0, new double[] {1e15, 1e15}, new boolean[] {true, true}, 0);
        assertThat(q.report(100.0, 2e17).usefulFlop()).isCloseTo(6e15 / 16.0 * 100.0, within(1e3));
    }

    @Test
    void anInterruptCancelsAPendingReplay() {
        TrainingSpec detecting = job(1e15).withSdcDetector(new SdcDetector(1.0, 0.0));
        TrainingProgress p = new TrainingProgress(detecting, new CheckpointPlan(1e9, 10.0, 50.0), 1e6);
        p.step(0.0, 30.0, new double[] {1e15}, new boolean[] {true}, 1, 3, 0); // interrupt and SDCs in one step
        p.step(30.0, 60.0, new double[] {1e15}, new boolean[] {true}, 0, 0, 0); // restart 30–80 s, work 80–90 s
        TrainingReport r = p.report(90.0, 1e15 * 90.0);
        assertThat(r.sdcReplayFraction()).isZero();
        assertThat(r.rollbackLossFraction()).isCloseTo((30.0 + 50.0) / 90.0, within(1e-12));
    }

    @Test
    void aDetectorThatRollsBackToTheCheckpointTurnsCaughtSdcsIntoInterrupts() {
        TrainingSpec rollback = job(1e15).withSdcDetector(new SdcDetector(1.0, 0.0, true));
        TrainingProgress p = new TrainingProgress(rollback, new CheckpointPlan(1e9, 10.0, 50.0), 1e6);
        p.step(0.0, 30.0, new double[] {1e15}, new boolean[] {true}, 0, 1, 0); // caught: 30 s lost, restart follows
        p.step(30.0, 60.0, new double[] {1e15}, new boolean[] {true}, 0, 0, 0); // restart 30–80 s, work 80–90 s
        TrainingReport r = p.report(90.0, 1e15 * 90.0);
        assertThat(r.interrupts()).isEqualTo(1);
        assertThat(r.detectedSdc()).isEqualTo(1);
        assertThat(r.rollbacks()).isEqualTo(1);
        assertThat(r.sdcReplayFraction()).isZero();
        assertThat(r.rollbackLossFraction()).isCloseTo((30.0 + 50.0) / 90.0, within(1e-12));
    }
}
