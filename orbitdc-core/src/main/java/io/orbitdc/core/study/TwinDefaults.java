package io.orbitdc.core.study;

import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.twin.FailureLayout;
import io.orbitdc.core.twin.FailureRates;
import io.orbitdc.core.twin.RadiationSpec;
import io.orbitdc.core.twin.RollbackSpec;
import io.orbitdc.core.twin.TwinAssumptions;
import io.orbitdc.core.workload.CheckpointPlan;
import io.orbitdc.core.workload.SdcDetector;
import io.orbitdc.core.workload.TrainingSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The twin inputs a scenario (format v1) does not state, until the scenario schema carries them.
 * Each figure is an assumption of ours unless a source is given; every run reports them in its
 * notes (docs/models/twin-timeline.md lists them).
 *
 * <ul>
 * <li>heat capacities: 200 J/K per accelerator unit's die and package, 2 kJ/K of cold plate,
 *     coolant and pipes per unit; the radiator panel at the scenario's areal mass × 900 J/(kg·K)
 *     (aluminium-like);</li>
 * <li>die share of the die-to-radiator resistance 0.7; idle power 20 % of full power; throttle:
 *     20 K hysteresis, compute stopped while throttled (duty 0);</li>
 * <li>SAA share of dose and upsets 0.9, inside the 80–97 % of flight data
 *     ({@link RadiationSpec#DEFAULT_SAA_SHARE}, ref: leo-seu-saa-compilation); start at 20 °C;</li>
 * <li>rollback per UECC or crash: with a training job, half the job's checkpoint interval τ
 *     (stated, or Young/Daly from the fleet's interrupt rate) plus the job's restart time; without
 *     one, half a 10 min interval plus a 60 s restart; an SDC costs its detector's expected replay
 *     (one optimizer step × detection probability; nothing without a detector: it is silent); an
 *     event rolls back one host of
 *     {@value #CHIPS_PER_HOST} chips (the 8-accelerator server boards of HGX-class systems), not the
 *     whole satellite — the fleet-wide stop of a synchronous training job is the training model's;</li>
 * <li>failures: accelerators at the scenario's {@code economics.acceleratorFailureRate} (default
 *     ~9 %/yr, ref: forethought-2026; meta-llama3-2024); whole satellites at the scenario's
 *     {@code launch.annualLossRate}, the same rate the launch plan replaces; hosts and power strings
 *     have no published rate and are not failed (rate 0); one host domain and one power string
 *     per satellite, no spares.</li>
 * </ul>
 */
final class TwinDefaults {

    /** Aluminium-like specific heat of the radiator panel, J/(kg·K). */
    static final double PANEL_SPECIFIC_HEAT = 900.0;
    /** Checkpoint interval when no training workload states one, s. */
    static final double CHECKPOINT_INTERVAL_S = 600.0;
    /** Restart after a rollback, s. */
    static final double RESTART_S = 60.0;
    /** Chips one radiation event rolls back: one 8-accelerator host (HGX-class server board). */
    static final int CHIPS_PER_HOST = 8;

    private TwinDefaults() {
    }

    static TwinAssumptions assumptions(SatelliteDesign design) {
        return new TwinAssumptions(200.0, 2000.0, design.radiator().arealMassKgPerM2() * PANEL_SPECIFIC_HEAT, 0.7,
                0.2, 20.0, 0.0, RadiationSpec.DEFAULT_SAA_SHARE, 293.15);
    }

    /** Rollback per UECC or crash without a training job: half a 10 min interval plus a 60 s restart; SDCs silent. */
    static RollbackSpec rollback() {
        return RollbackSpec.checkpointed(0.0, CHECKPOINT_INTERVAL_S, RESTART_S);
    }

    /**
     * Rollback per UECC or crash of a fleet running a training job: half its τ plus its restart
     * time; per SDC the detector's expected replay, p × one optimizer step of {@code stepS}.
     */
    static RollbackSpec rollback(CheckpointPlan plan, SdcDetector detector, double stepS) {
        double perCaught = detector.rollsBackToCheckpoint() ? plan.intervalS() / 2.0 + plan.restartS() : stepS;
        double sdc = detector.present() && Double.isFinite(perCaught) ? detector.detectionProbability() * perCaught : 0.0;
        return RollbackSpec.checkpointed(sdc, plan.intervalS(), plan.restartS());
    }

    /** Accelerator units in one host's rollback domain: {@value #CHIPS_PER_HOST} chips, at least one unit (a rack is one). */
    static int unitsPerHost(int chipsPerUnit) {
        return Math.max(1, CHIPS_PER_HOST / chipsPerUnit);
    }

    static FailureRates failureRates(Scenario scenario) {
        return new FailureRates(scenario.economics().acceleratorFailureRate(), 0.0, 0.0,
                scenario.launch().annualLossRate());
    }

    static FailureLayout layout(int acceleratorsPerSatellite) {
        return new FailureLayout(acceleratorsPerSatellite, 0, 0, 1);
    }

    /** What a run assumed, for its report. */
    static List<String> notes(Optional<CheckpointPlan> plan, Optional<TrainingSpec> job) {
        String sdc = job.map(TrainingSpec::sdcDetector).filter(SdcDetector::present)
                .map(d -> String.format(Locale.ROOT, "SDCs: the training job's detector catches %.0f %% (each %s;"
                        + " %.0f %% compute overhead), the rest stay silent and are counted"
                        + " (training.undetectedSdc, corruptedStepFraction)", 100 * d.detectionProbability(),
                        d.rollsBackToCheckpoint() ? "rolls back to the last checkpoint and restarts, like a crash"
                                : "replays one optimizer step", 100 * d.computeOverheadFraction()))
                .orElse("SDCs are silent (no detector: set workloads[].sdcDetection): they stop nothing and are counted"
                        + (job.isPresent() ? " (training.undetectedSdc, corruptedStepFraction)" : " (radiation.sdc)"));
        return List.of(
                "twin assumptions not in the scenario (docs/models/twin-timeline.md): 200 J/K die and 2 kJ/K plate per"
                        + " accelerator unit, radiator at its areal mass x 900 J/(kg K), 20 % idle power, throttle stops"
                        + " compute with 20 K hysteresis, 90 % of dose in the SAA",
                plan.map(p -> String.format(Locale.ROOT, "rollback per UECC or crash: half the training job's %.0f s"
                        + " checkpoint interval plus its %.0f s restart", p.intervalS(), p.restartS()))
                        .orElse("rollback per UECC or crash: half a " + Math.round(CHECKPOINT_INTERVAL_S)
                                + " s checkpoint interval plus a " + Math.round(RESTART_S) + " s restart"),
                sdc,
                "rollback domain: one host of " + CHIPS_PER_HOST + " chips per radiation event (compute.*); a"
                        + " training job's fleet-wide stops are in training.*",
                "failures: accelerators at economics.acceleratorFailureRate, satellites at launch.annualLossRate;"
                        + " hosts and power strings are not failed (no published rate)");
    }
}
