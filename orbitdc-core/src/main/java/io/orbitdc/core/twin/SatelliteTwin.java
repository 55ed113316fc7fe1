package io.orbitdc.core.twin;

import io.orbitdc.core.twin.schedule.SatelliteView;
import io.orbitdc.core.twin.schedule.SchedulerPolicy;
import io.orbitdc.core.workload.CheckpointPlan;
import java.util.Objects;

/**
 * One satellite flown through its timeline. Each step, in order: hardware failures are drawn;
 * the throttle duty set by the last die temperature caps the duty, and the scheduler policy
 * picks the duty within that cap from a {@link SatelliteView}; the duty fixes the compute demand;
 * the power chain serves bus, thermal control and compute from the array and the battery; the
 * thermal network takes the served compute (the accelerators' share in the dies, the IT overhead
 * at the radiator) and the thermal-control power as cold-plate heat
 * ({@link ThermalNetwork#stepLoads}); the throttle reads the new die temperature; the dose and
 * single events of the step are drawn and their rollbacks booked. A lost satellite books its nameplate as lost to
 * failures and stops.
 *
 * <p>It can fly the whole timeline at once ({@link #run}) or block by block
 * ({@link #advance}), handing a {@link TrainingLog} the compute it ran and the interrupts it
 * drew each step, for a fleet-wide workload reduced after each block.
 *
 * <p>All state is accumulators (ledger, compute accounts, counters, extrema): memory does not
 * depend on the number of steps. Mutable, used by one thread at a time.
 */
public final class SatelliteTwin {
    private final SatelliteTwinSpec spec;
    private final GeometryTimeline timeline;
    private final int satellite;
    private final PowerChain power;
    private final ArrayPowerModel.StepOutput array;
    private final ThermalNetwork thermal;
    private final ThrottleController throttle;
    private final RadiationState radiation;
    private final FailureState failures;
    private final SchedulerPolicy scheduler;
    private final CheckpointPlan checkpoints;
    /** Share of the chips the training job runs on. */
    private final double jobShare;
    /** Probability the job's detector catches an SDC on its chips. */
    private final double sdcDetection;
    /** Key of the hash that decides which chip-level events strike the job's chips. */
    private final long jobKey;
    private final ComputeAccounts compute = new ComputeAccounts();
    private final double dieOverRadiatorKPerW;
    private final double plateOverRadiatorKPerW;
    private double maxDieK;
    private double throttledS;
    private double heldBackFlop;
    private double housekeepingShedJ;
    private boolean tidFailed;
    private int nextStep;
    // last step's values, kept only for the recorder's samples and the scheduler's view
    private double lastSunlit;
    private double lastArrayW;
    private double lastComputeW;
    private double lastDuty = 1.0;
    private int lastWorking;

    public SatelliteTwin(SatelliteTwinSpec spec, GeometryTimeline timeline, int satellite, long seed) {
        this(spec, timeline, satellite, seed, null);
    }

    /**
     * @param checkpoints the training job's checkpoint grid, shown to the scheduler
     *                    ({@link SatelliteView#checkpointDue()}); null without a training job
     */
    public SatelliteTwin(SatelliteTwinSpec spec, GeometryTimeline timeline, int satellite, long seed,
                         CheckpointPlan checkpoints) {
        this(spec, timeline, satellite, seed, checkpoints, 1.0);
    }

    /**
     * @param jobShare share of the chips the training job runs on, (0, 1]: single events and
     *                 accelerator failures interrupt it with that probability each
     */
    public SatelliteTwin(SatelliteTwinSpec spec, GeometryTimeline timeline, int satellite, long seed,
                         CheckpointPlan checkpoints, double jobShare) {
        this(spec, timeline, satellite, seed, checkpoints, jobShare, 0.0);
    }

    /**
     * @param jobShare         share of the chips the training job runs on, (0, 1]: single events and
     *                         accelerator failures strike it with that probability each
     * @param sdcDetection     probability the job's detector catches an SDC on its chips, [0, 1]
     */
    public SatelliteTwin(SatelliteTwinSpec spec, GeometryTimeline timeline, int satellite, long seed,
                         CheckpointPlan checkpoints, double jobShare, double sdcDetection) {
        this.spec = Objects.requireNonNull(spec, "satellite spec");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        if (satellite < 0 || satellite >= timeline.satelliteCount()) {
            throw new TwinInputException("satellite index " + satellite + " outside the timeline's [0, "
                    + timeline.satelliteCount() + ")");
        }
        this.satellite = satellite;
        RandomStreams streams = RandomStreams.of(seed, satellite);
        // the step is the only per-step input besides the geometry's values that the models below
        // do not re-check every step (ThermalNetwork#stepServedLoads, PowerChain#serve)
        InputRange.positive("timeline step (s)", timeline.stepS());
        this.power = new PowerChain(spec.regulatorEfficiency(), spec.battery());
        this.array = spec.array().stepOutput();
        this.thermal = new ThermalNetwork(spec.thermal());
        this.throttle = new ThrottleController(spec.throttle());
        this.radiation = new RadiationState(spec.radiation(), timeline.saaTimeFraction(satellite), streams.radiation());
        this.failures = new FailureState(spec.failureRates(), spec.failureLayout(), spec.compute().accelerators(),
                streams.failures());
        this.scheduler = spec.scheduler();
        this.checkpoints = checkpoints;
        if (!(jobShare > 0.0 && jobShare <= 1.0)) {
            throw new TwinInputException("training job share " + jobShare + ": expected (0, 1]");
        }
        this.jobShare = jobShare;
        this.sdcDetection = InputRange.within("SDC detection probability", sdcDetection, 0.0, 1.0);
        this.jobKey = RandomStreams.mix64(seed ^ 0x5DEECE66DL * (satellite + 1L));
        this.plateOverRadiatorKPerW = 1.0 / spec.thermal().plateToRadiatorWPerK();
        this.dieOverRadiatorKPerW = 1.0 / spec.thermal().dieToPlateWPerK() + plateOverRadiatorKPerW;
        this.maxDieK = thermal.dieK();
    }

    /** Steps the whole timeline without recording; a twin flies once. */
    public SatelliteTwin run() {
        return run(StepRecorder.NONE, Integer.MAX_VALUE);
    }

    /**
     * Steps the whole timeline, handing {@code recorder} a sample after every
     * {@code everySteps}-th step (steps everySteps − 1, 2·everySteps − 1, …, and the last step).
     */
    public SatelliteTwin run(StepRecorder recorder, int everySteps) {
        if (nextStep > 0) {
            throw new IllegalStateException("satellite " + satellite + " has already flown its timeline; create a new twin");
        }
        advance(timeline.stepCount(), recorder, everySteps, null);
        return this;
    }

    /**
     * Steps the next {@code steps} steps (at most to the end of the timeline), recording as
     * {@link #run(StepRecorder, int)} does; if {@code log} is not null, step i of the block is
     * written at index i of it.
     */
    public void advance(int steps, StepRecorder recorder, int everySteps, TrainingLog log) {
        Objects.requireNonNull(recorder, "recorder");
        InputRange.positive("recording interval (steps)", everySteps);
        InputRange.nonNegative("steps to advance", steps);
        double dt = timeline.stepS();
        ComputeSpec c = spec.compute();
        double installedRate = c.accelerators() * c.flopsPerUnit();
        int last = timeline.stepCount() - 1;
        int end = (int) Math.min((long) nextStep + steps, timeline.stepCount());
        for (int i = 0; nextStep < end; nextStep++, i++) {
            int n = nextStep;
            step(n, dt, c, installedRate, log, i, recorder);
            if (recorder != StepRecorder.NONE && ((n + 1) % everySteps == 0 || n == last)) {
                recorder.record(sample(n, dt));
            }
        }
    }

    private SatelliteSample sample(int n, double dt) {
        return new SatelliteSample(satellite, n, (n + 1) * dt, lastSunlit, lastArrayW, power.battery().soc(),
                lastComputeW, lastDuty, thermal.dieK(), thermal.radiatorK(), radiation.doseRad(), lastWorking,
                compute.deliveredFlop());
    }

    private void step(int n, double dt, ComputeSpec c, double installedRate, TrainingLog log, int i,
                      StepRecorder sink) {
        boolean wasLost = failures.satelliteLost();
        long acceleratorsBefore = failures.acceleratorFailures();
        long hostsBefore = failures.hostFailures();
        long stringsBefore = failures.powerStringFailures();
        long hardwareBefore = acceleratorsBefore + hostsBefore;
        failures.step(dt);
        if (sink != StepRecorder.NONE) {
            double end = (n + 1) * dt;
            emitCount(sink, n, end, "accelerator-failure", failures.acceleratorFailures() - acceleratorsBefore);
            emitCount(sink, n, end, "host-failure", failures.hostFailures() - hostsBefore);
            emitCount(sink, n, end, "power-string-failure", failures.powerStringFailures() - stringsBefore);
            if (!wasLost && failures.satelliteLost()) {
                sink.event(satellite, n, end, "satellite-lost", "whole-satellite failure");
            }
        }
        if (failures.satelliteLost()) {
            compute.book(installedRate, 0.0, 1.0, 1.0, 0.0, dt);
            lastSunlit = timeline.sunlitFraction(satellite, n);
            lastArrayW = 0.0;
            lastComputeW = 0.0;
            lastWorking = 0;
            if (log != null) {
                log.record(i, 0.0, false, wasLost ? 0 : 1, 0, 0);
            }
            return;
        }
        boolean tidNow = !tidFailed && radiation.tidExceeded();
        tidFailed = tidFailed || tidNow;
        if (tidNow && sink != StepRecorder.NONE) {
            sink.event(satellite, n, (n + 1) * dt, "tid-failure",
                    String.format(java.util.Locale.ROOT, "dose %.0f rad(Si) reached the part's limit", radiation.doseRad()));
        }
        int working = tidFailed ? 0 : failures.workingAccelerators();
        double throttleDuty = throttle.duty();
        double sunlit = timeline.sunlitFraction(satellite, n);
        double arrayW = array.outputW(timeline.arrayCosIncidence(satellite, n), sunlit, (n + 0.5) * dt)
                * failures.powerFactor();
        // a policy that follows the throttle gets what scheduledDuty would give it, without a view
        double duty = scheduler.followsThrottle() ? Math.max(0.0, throttleDuty)
                : scheduledDuty(n, dt, working, throttleDuty, sunlit, arrayW, c);
        double computeDemandW = c.powerW(working, duty);
        power.serve(arrayW, spec.busLoadW(), spec.thermalControlW(), computeDemandW, dt);
        double servedComputeW = power.servedComputeW();
        double servedThermalW = power.servedThermalControlW();
        housekeepingShedJ += Math.max(0.0,
                (spec.busLoadW() - power.servedBusW() + spec.thermalControlW() - servedThermalW) * dt);
        double servedFraction = computeDemandW > 0.0 ? servedComputeW / computeDemandW : 1.0;
        lastSunlit = sunlit;
        lastArrayW = arrayW;
        lastComputeW = servedComputeW;
        lastDuty = duty;
        lastWorking = working;
        thermal.stepServedLoads(dt, servedComputeW, servedThermalW, sunlit);
        maxDieK = Math.max(maxDieK, thermal.dieK());
        if (throttleDuty < 1.0 && working > 0) {
            throttledS += dt;
        }
        throttle.update(thermal.dieK());
        radiation.step(dt, timeline.inSaa(satellite, n), (long) working * c.chipsPerUnit());
        if (sink != StepRecorder.NONE) {
            double end = (n + 1) * dt;
            if (throttleDuty >= 1.0 && throttle.duty() < 1.0) {
                sink.event(satellite, n, end, "throttle-start",
                        String.format(java.util.Locale.ROOT, "die %.1f C", thermal.dieK() - 273.15));
            } else if (throttleDuty < 1.0 && throttle.duty() >= 1.0) {
                sink.event(satellite, n, end, "throttle-end",
                        String.format(java.util.Locale.ROOT, "die %.1f C", thermal.dieK() - 273.15));
            }
            emitCount(sink, n, end, "crash", radiation.lastCrashes());
        }
        RollbackSpec r = spec.rollback();
        // an event cannot roll back more work than has been done since the mission started
        double elapsedS = (n + 1) * dt;
        double lostS = radiation.lastSdc() * Math.min(r.lostSPerSdc(), elapsedS)
                + radiation.lastUecc() * Math.min(r.lostSPerUecc(), elapsedS)
                + radiation.lastCrashes() * Math.min(r.lostSPerCrash(), elapsedS);
        double workingRate = working * c.flopsPerUnit();
        heldBackFlop += workingRate * (throttleDuty - duty) * dt;
        double domainRate = Math.min(working, r.unitsPerDomain()) * c.flopsPerUnit();
        compute.book(installedRate, workingRate, duty, servedFraction, lostS * domainRate, dt);
        if (log != null) {
            // UECC, crashes and unit failures stop a synchronous job; an SDC does not (it is silent
            // unless the job's detector catches it, and then it costs a replay, not a restart)
            long hardChipEvents = radiation.lastUecc() + radiation.lastCrashes()
                    + failures.acceleratorFailures() - acceleratorsBefore;
            long events = onJobChips(n, hardChipEvents, HARD_SALT) + failures.hostFailures() - hostsBefore
                    + (tidNow ? 1 : 0);
            long sdc = onJobChips(n, radiation.lastSdc(), SDC_SALT);
            long detected = detected(n, sdc);
            log.record(i, workingRate * duty * servedFraction, working > 0, events, detected, sdc - detected);
        }
    }

    /** Hash salts: which hard events and which SDCs strike the job, and which SDCs are detected. */
    private static final long HARD_SALT = 0L;
    private static final long SDC_SALT = 0x632BE59BD9B4E019L;
    private static final long DETECT_SALT = 0x8CB92BA72F3D8DD7L;

    /**
     * How many of {@code sdc} corruptions on the job's chips its detector catches: each with
     * probability {@code sdcDetection}, decided by a hash of (seed, satellite, step, event) so the
     * twin's random draws stay the same with or without a detector.
     */
    private long detected(int n, long sdc) {
        if (sdc == 0 || sdcDetection <= 0.0) {
            return 0;
        }
        if (sdcDetection >= 1.0) {
            return sdc;
        }
        return hits(n, sdc, DETECT_SALT, sdcDetection);
    }

    /**
     * How many of a step's chip-level events strike the job's share of the chips: each with
     * probability jobShare, decided by a hash of (seed, satellite, step, event) rather than a draw
     * from the satellite's streams, so the radiation and failure draws are the same with or
     * without a job and for any thread count.
     */
    private long onJobChips(int n, long chipEvents, long salt) {
        if (jobShare >= 1.0 || chipEvents == 0) {
            return chipEvents;
        }
        return hits(n, chipEvents, salt, jobShare);
    }

    /** Of {@code events} in step n, how many pass a hashed Bernoulli trial of probability p (salted per kind). */
    private long hits(int n, long events, long salt, double p) {
        long hits = 0;
        long key = jobKey ^ salt;
        for (long e = 0; e < events; e++) {
            long h = RandomStreams.mix64(key + 0x9E3779B97F4A7C15L * ((long) n * 1_000_003L + e + 1));
            if ((h >>> 11) * 0x1.0p-53 < p) {
                hits++;
            }
        }
        return hits;
    }

    private void emitCount(StepRecorder events, int n, double endS, String kind, long count) {
        if (count > 0) {
            events.event(satellite, n, endS, kind, count == 1 ? "1 unit" : count + " units");
        }
    }

    /** The policy's duty for step n, clamped to [0, throttle duty]. */
    private double scheduledDuty(int n, double dt, int working, double throttleDuty, double sunlit, double arrayW,
                                 ComputeSpec c) {
        BatteryParameters b = spec.battery();
        double idleW = c.powerW(working, 0.0);
        double fullW = c.powerW(working, 1.0);
        double plateHeatRiseK = spec.thermalControlW() * plateOverRadiatorKPerW;
        // only the accelerators' share of the compute heat crosses the die-to-radiator path
        double dieShare = spec.thermal().dieShareOfComputeHeat();
        double t0 = n * dt;
        SatelliteView view = new SatelliteView(satellite, n, t0, dt, power.battery().soc(), b.minSoc(), b.capacityJ(),
                b.maxDischargeW(), b.dischargeEfficiency(), sunlit, arrayW, spec.regulatorEfficiency(),
                spec.busLoadW(), spec.thermalControlW(), working, c.powerPerUnitW(), c.idlePowerFraction(),
                thermal.dieK(), thermal.radiatorK(), spec.throttle().dieLimitK(),
                idleW * dieShare * dieOverRadiatorKPerW + plateHeatRiseK,
                fullW * dieShare * dieOverRadiatorKPerW + plateHeatRiseK,
                throttleDuty, lastDuty, checkpoints != null && checkpoints.checkpointStartsIn(t0, t0 + dt));
        double duty = scheduler.duty(view);
        if (Double.isNaN(duty)) {
            throw new IllegalStateException("scheduler policy '" + scheduler.name() + "' returned NaN for satellite "
                    + satellite + " at step " + n + "; expected a duty in [0, 1]");
        }
        return Math.max(0.0, Math.min(throttleDuty, duty));
    }

    public int satellite() {
        return satellite;
    }

    /** Steps flown so far. */
    public int stepsFlown() {
        return nextStep;
    }

    public EnergyLedger ledger() {
        return power.ledger();
    }

    public ComputeAccounts compute() {
        return compute;
    }

    public double minSoc() {
        return power.minSoc();
    }

    public double finalSoc() {
        return power.battery().soc();
    }

    public double maxDieK() {
        return maxDieK;
    }

    /** Time spent with working accelerators under the hardware throttle, s. */
    public double throttledS() {
        return throttledS;
    }

    public long throttleTransitions() {
        return throttle.transitions();
    }

    /** Compute the scheduler chose not to run although the throttle allowed it, FLOP (part of lost to throttling). */
    public double heldBackFlop() {
        return heldBackFlop;
    }

    /** Bus and thermal-control demand that was not served, J (compute shedding excluded). */
    public double housekeepingShedJ() {
        return housekeepingShedJ;
    }

    public RadiationState radiation() {
        return radiation;
    }

    public FailureState failures() {
        return failures;
    }

    /** Whether the accelerators reached their TID limit. */
    public boolean tidFailed() {
        return tidFailed;
    }
}
