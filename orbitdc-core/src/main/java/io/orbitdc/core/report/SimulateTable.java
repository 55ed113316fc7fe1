package io.orbitdc.core.report;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.report.ServiceReport;
import io.orbitdc.core.study.SimulateStage;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.twin.TwinSummary;
import io.orbitdc.core.workload.TrainingReport;
import java.util.Locale;

/**
 * The human simulation report, one screen: where the nameplate compute went first, then the
 * training job (when the scenario has one), the energy ledger, battery, thermal, radiation and
 * failures.
 */
public final class SimulateTable {

    private SimulateTable() {
    }

    public static String render(SimulationReport report, ServiceReport service) {
        Scenario s = report.scenario();
        TwinSummary t = report.summary();
        TwinSummary.Compute c = t.compute();
        StringBuilder out = new StringBuilder();
        line(out, "orbitdc simulate: %s (%s)", s.name(), s.file());
        line(out, "RUN        %s x %s of %s s from %s (%s), seed %d, %s scheduler",
                HumanFormat.count(report.satellites(), "satellite"), HumanFormat.count(report.steps(), "step"), num(s.stepS()), s.epoch(), days(s.durationS()), s.seed(),
                s.scheduler());
        line(out, "ANSWER     delivered %s of nameplate compute (the hardware's view: what ran): eclipse %s, throttling %s,"
                        + " radiation rollbacks %s, failures %s",
                pct(c.goodputFraction()), loss(c.lostToEclipseFraction()), loss(c.lostToThrottlingFraction()),
                loss(c.lostToRadiationFraction()), loss(c.lostToFailuresFraction()));
        line(out, "COMPUTE    %s FLOP delivered of %s nameplate", HumanFormat.significant(c.deliveredFlop()),
                HumanFormat.significant(c.nameplateFlop()));
        t.training().ifPresent(job -> training(out, job));
        priced(out, t);
        out.append('\n');
        TwinSummary.Energy e = t.energy();
        line(out, "ENERGY     generated %s MWh = consumed %s + stored %s + losses %s", mwh(e.generatedJ()),
                mwh(e.consumedJ()), mwh(e.storedDeltaJ()), mwh(e.lossesJ()));
        line(out, "           + curtailed %s; demand not served (shed) %s MWh", mwh(e.curtailedJ()), mwh(e.shedJ()));
        line(out, "BATTERY    lowest state of charge %s", pct(t.battery().minSoc()));
        line(out, "THERMAL    hottest die %.1f C, %.1f satellite-hours throttled", t.thermal().maxDieC(),
                t.thermal().throttledHours());
        line(out, "RADIATION  %s SDC, %s UECC, %s; largest dose %.1f rad(Si)", HumanFormat.grouped(t.radiation().sdc()),
                HumanFormat.grouped(t.radiation().uecc()), HumanFormat.count(t.radiation().crashes(), "crash", "crashes"),
                t.radiation().maxDoseRad());
        TwinSummary.Failures f = t.failures();
        line(out, "FAILURES   %s, %s, %s, %s lost, %s by TID", HumanFormat.count(f.acceleratorFailures(), "accelerator"),
                HumanFormat.count(f.hostFailures(), "host"), HumanFormat.count(f.powerStringFailures(), "power string"),
                HumanFormat.count(f.satellitesLost(), "satellite"), HumanFormat.grouped(f.tidFailedSatellites()));
        out.append(ServiceTable.render(service));
        out.append('\n');
        line(out, "NOTES");
        report.notes().forEach(n -> line(out, "  - %s", n));
        service.notes().forEach(n -> line(out, "  - %s", n));
        return out.toString();
    }

    /**
     * The training job: goodput = MFU x effective training time, and where the job's time went;
     * then its single events by kind (interrupts restart, detected SDCs replay, undetected SDCs
     * corrupt steps).
     */
    private static void training(StringBuilder out, TrainingReport job) {
        line(out, "TRAINING   goodput %s of its %s share = MFU %s x effective training time %s (the job's view: of the"
                        + " delivered compute, what trained); %s tokens/day, %s",
                pct(job.goodput()), pct(job.share()), pct(job.modelFlopsUtilisation()),
                pct(job.effectiveTrainingFraction()), HumanFormat.significant(job.tokensPerDay()),
                Double.isFinite(job.timeToTrainDays()) ? String.format(Locale.ROOT, "%.4g d to train",
                        job.timeToTrainDays()) : "nothing trained");
        line(out, "           links set the step %s of time; checkpoint every %s s (%s of time); %d interrupts"
                        + " (UECC, crashes, failures): rollbacks and restarts %s of time",
                pct(job.commBoundFraction()), num(Math.round(job.checkpointIntervalS())),
                pct(job.checkpointOverheadFraction()), job.interrupts(), pct(job.rollbackLossFraction()));
        if (job.sdcDetector().present()) {
            line(out, "           SDC on the job: %d detected (%s), %d undetected -> %s of steps corrupted",
                    job.detectedSdc(), job.sdcDetector().rollsBackToCheckpoint()
                            ? "each rolled back to a checkpoint: counted in the interrupts"
                            : "replays " + pct(job.sdcReplayFraction()) + " of time",
                    job.undetectedSdc(), pct(job.corruptedStepFraction()));
        } else {
            line(out, "           SDC on the job: %d, silent (no detector) -> %s of optimizer steps corrupted, not stopped",
                    job.undetectedSdc(), pct(job.corruptedStepFraction()));
        }
    }

    /** How the two views relate, and the one delivered fraction {@code cost --with-twin} prices. */
    private static void priced(StringBuilder out, TwinSummary t) {
        TwinSummary.Compute c = t.compute();
        double hardware = Math.min(1.0, c.goodputFraction() + c.lostToFailuresFraction());
        if (t.training().isPresent()) {
            TrainingReport job = t.training().get();
            line(out, "PRICED     %s delivered = %s training share x %s effective training + %s rest x %s delivered"
                            + " (+ failures made good); cost --with-twin prices this",
                    pct(t.pricedDeliveredFraction()), pct(job.share()), pct(job.effectiveTrainingFraction()),
                    pct(1.0 - job.share()), pct(hardware));
        } else {
            line(out, "PRICED     %s delivered (delivered + failures made good); cost --with-twin prices this",
                    pct(t.pricedDeliveredFraction()));
        }
    }

    /** A share lost, as "-1.8%"; below 0.005 % (rounding residues, a single event in a year) as "0%". */
    private static String loss(double fraction) {
        return Math.abs(fraction) < 5e-5 ? "0 %" : "-" + pct(fraction);
    }

    private static String pct(double fraction) {
        return HumanFormat.percent(fraction);
    }

    private static String mwh(double joules) {
        double v = joules / 3.6e9;
        // rounding residues (1e-10 J of "shed") would print as -0.0
        return HumanFormat.fixed(Math.abs(v) < 0.05 ? 0.0 : v, 1);
    }

    private static String days(double seconds) {
        return seconds >= 86400 ? num(seconds / 86400) + " d" : num(seconds / 3600) + " h";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(java.util.Locale.ROOT, format, TextSafe.args(args))).append('\n');
    }
}
