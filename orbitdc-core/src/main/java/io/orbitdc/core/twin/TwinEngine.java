package io.orbitdc.core.twin;

import io.orbitdc.core.workload.CheckpointPlan;
import io.orbitdc.core.workload.TrainingProgress;
import io.orbitdc.core.workload.TrainingReport;
import io.orbitdc.core.workload.TrainingSpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Flies a fleet through a {@link GeometryTimeline} and reduces it to a {@link TwinSummary}.
 * Each satellite draws only from its own random streams ({@link RandomStreams}: seed and index),
 * and every fleet total is reduced in satellite-index order, so results are bit-identical for
 * any thread count. Memory is O(satellites), independent of the number of steps.
 *
 * <p>Without a fleet-wide workload the satellites are independent and each is stepped through
 * the whole mission on its own, in parallel. With a training job ({@link #withTraining}) the
 * engine runs step-major in blocks of {@link #BLOCK_STEPS}: all satellites advance one block in
 * parallel, each logging the compute it ran and the interrupts it drew ({@link TrainingLog}),
 * then the job ({@link TrainingProgress}) is stepped through the block in step order, reading
 * the satellites in index order. The job does not feed back into the satellites within a block
 * (see docs/models/twin-training.md for what that approximates); the checkpoint grid they are
 * shown is fixed before the run.
 */
public final class TwinEngine {
    /** Steps per block in step-major mode: memory per satellite ~ 17 bytes × this. */
    public static final int BLOCK_STEPS = 2048;
    private final GeometryTimeline timeline;
    private final List<SatelliteTwinSpec> satellites;
    private final long seed;
    private final Optional<TrainingSpec> training;

    /**
     * @param timeline   the geometry
     * @param satellites one spec per satellite of the timeline, in index order
     * @param seed       run seed
     */
    public TwinEngine(GeometryTimeline timeline, List<SatelliteTwinSpec> satellites, long seed) {
        this(timeline, satellites, seed, Optional.empty());
    }

    private TwinEngine(GeometryTimeline timeline, List<SatelliteTwinSpec> satellites, long seed,
                       Optional<TrainingSpec> training) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.satellites = List.copyOf(Objects.requireNonNull(satellites, "satellite specs"));
        if (this.satellites.size() != timeline.satelliteCount()) {
            throw new TwinInputException("the timeline has " + timeline.satelliteCount()
                    + " satellites but " + this.satellites.size() + " satellite specs were given; expected one per satellite");
        }
        this.seed = seed;
        this.training = training;
    }

    /** A fleet of identical satellites. */
    public static TwinEngine uniform(GeometryTimeline timeline, SatelliteTwinSpec spec, long seed) {
        return new TwinEngine(timeline, Collections.nCopies(timeline.satelliteCount(), spec), seed);
    }

    /** The same fleet running a synchronous data-parallel training job across all its satellites. */
    public TwinEngine withTraining(TrainingSpec job) {
        return new TwinEngine(timeline, satellites, seed, Optional.of(Objects.requireNonNull(job, "training job")));
    }

    /**
     * The job's checkpoint plan: δ from the job, M = 1/Σλ_k from every satellite's expected
     * interrupt rate, τ as stated or Young's √(2δM); with no interrupt expected, one interval
     * spans the mission.
     */
    public Optional<CheckpointPlan> checkpointPlan() {
        return training.map(job -> {
            double delta = job.checkpointCostS(satellites.size());
            double mtbi = meanTimeBetweenInterruptsS();
            double tau;
            if (job.checkpointIntervalS().isPresent()) {
                tau = job.checkpointIntervalS().getAsDouble();
            } else if (Double.isFinite(mtbi)) {
                tau = CheckpointPlan.youngDalyIntervalS(delta, mtbi);
            } else {
                tau = timeline.durationS();
            }
            return new CheckpointPlan(tau, delta, job.restartS());
        });
    }

    /**
     * Fleet mean time between job interrupts, s: 1/Σλ_k over the events that stop the job (UECC,
     * crashes, hardware failures, satellite losses; SDCs only when the job's detector rolls caught
     * ones back to a checkpoint), +∞ when none can happen.
     */
    public double meanTimeBetweenInterruptsS() {
        double share = training.map(TrainingSpec::share).orElse(1.0);
        double sdcStops = training.map(t -> t.sdcDetector().interruptProbability()).orElse(0.0);
        double rate = 0.0;
        for (SatelliteTwinSpec s : satellites) {
            rate += s.interruptRatePerS(share, sdcStops);
        }
        return rate > 0.0 ? 1.0 / rate : Double.POSITIVE_INFINITY;
    }

    /** Runs on {@code threads} worker threads (≥ 1) and returns the fleet summary. */
    public TwinSummary run(int threads) {
        return run(threads, StepRecorder.NONE, Integer.MAX_VALUE);
    }

    /**
     * Runs on {@code threads} worker threads, handing {@code recorder} each satellite's state
     * every {@code everySteps} steps (see {@link StepRecorder} for its threading contract).
     */
    public TwinSummary run(int threads, StepRecorder recorder, int everySteps) {
        InputRange.positive("threads", threads);
        Objects.requireNonNull(recorder, "recorder");
        InputRange.positive("recording interval (steps)", everySteps);
        Optional<CheckpointPlan> plan = checkpointPlan();
        SatelliteTwin[] twins = new SatelliteTwin[satellites.size()];
        ForkJoinPool pool = threads == 1 ? null : new ForkJoinPool(threads);
        try {
            IntConsumer build = k -> twins[k] = new SatelliteTwin(satellites.get(k), timeline, k, seed,
                    plan.orElse(null), training.map(TrainingSpec::share).orElse(1.0),
                    training.map(t -> t.sdcDetector().detectionProbability()).orElse(0.0));
            if (training.isEmpty()) {
                // build-then-fly per satellite: building counts the satellite's SAA steps into the
                // thread's one-satellite SAA cache (FleetTimeline), which flying it right after then
                // hits; building all first would evict it before every flight. Same answer.
                forEachSatellite(pool, twins.length, k -> {
                    build.accept(k);
                    twins[k].run(recorder, everySteps);
                });
                return summarise(twins, Optional.empty());
            }
            forEachSatellite(pool, twins.length, build);
            TrainingProgress job = new TrainingProgress(training.get(), plan.get(), meanTimeBetweenInterruptsS());
            flyStepMajor(pool, twins, recorder, everySteps, job);
            return summarise(twins, Optional.of(job));
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    private void flyStepMajor(ForkJoinPool pool, SatelliteTwin[] twins, StepRecorder recorder, int everySteps,
                              TrainingProgress job) {
        int steps = timeline.stepCount();
        int block = Math.min(BLOCK_STEPS, steps);
        // two sets of logs: while the job reads block b from one, the pool flies block b + 1 into
        // the other (the satellites never read the job, so the order of every computation that
        // feeds a result is unchanged; only the wall time of the job's pass is hidden)
        TrainingLog[][] logs = new TrainingLog[2][twins.length];
        for (TrainingLog[] set : logs) {
            for (int k = 0; k < set.length; k++) {
                set[k] = new TrainingLog(block);
            }
        }
        double[] rates = new double[twins.length];
        boolean[] inJob = new boolean[twins.length];
        LogTile reduce = new LogTile(twins.length);
        double dt = timeline.stepS();
        Future<?> flying = flyBlock(pool, twins, Math.min(block, steps), recorder, everySteps, logs[0]);
        for (int first = 0, b = 0; first < steps; first += block, b++) {
            int count = Math.min(block, steps - first);
            await(flying);
            int next = first + block;
            flying = next < steps
                    ? flyBlock(pool, twins, Math.min(block, steps - next), recorder, everySteps, logs[(b + 1) & 1])
                    : null;
            TrainingLog[] blockLogs = logs[b & 1];
            for (int i0 = 0; i0 < count; i0 += REDUCE_TILE) {
                int tile = Math.min(REDUCE_TILE, count - i0);
                reduce.gather(blockLogs, i0, tile);
                for (int i = 0; i < tile; i++) {
                    reduce.row(i, rates, inJob);
                    job.step((first + i0 + i) * dt, dt, rates, inJob, reduce.interrupts[i], reduce.detected[i],
                            reduce.undetected[i]);
                }
            }
        }
    }

    /**
     * Steps whose logs the job's pass gathers at once: each satellite's log is read as a short
     * run of consecutive steps, not one step of every satellite after another (5 arrays × the
     * fleet would be as many interleaved streams, a cache miss each, ~3 µs a step for 81
     * satellites, ~10 % of a year-long simulate).
     */
    private static final int REDUCE_TILE = 64;

    /** A tile of the fleet's logs, gathered satellite by satellite, read step by step. */
    private static final class LogTile {
        private final int satellites;
        private final double[] rates;
        private final boolean[] inJob;
        final long[] interrupts = new long[REDUCE_TILE];
        final long[] detected = new long[REDUCE_TILE];
        final long[] undetected = new long[REDUCE_TILE];

        LogTile(int satellites) {
            this.satellites = satellites;
            this.rates = new double[REDUCE_TILE * satellites];
            this.inJob = new boolean[REDUCE_TILE * satellites];
        }

        /** Steps [i0, i0 + tile) of every satellite's log; the sums are integers, so their order does not matter. */
        void gather(TrainingLog[] logs, int i0, int tile) {
            Arrays.fill(interrupts, 0, tile, 0L);
            Arrays.fill(detected, 0, tile, 0L);
            Arrays.fill(undetected, 0, tile, 0L);
            for (int k = 0; k < satellites; k++) {
                TrainingLog log = logs[k];
                for (int i = 0; i < tile; i++) {
                    rates[i * satellites + k] = log.peakRate(i0 + i);
                    inJob[i * satellites + k] = log.inJob(i0 + i);
                    interrupts[i] += log.interrupts(i0 + i);
                    detected[i] += log.detectedSdc(i0 + i);
                    undetected[i] += log.undetectedSdc(i0 + i);
                }
            }
        }

        /** Step i of the tile: each satellite's peak rate and job membership, in satellite order. */
        void row(int i, double[] rateOut, boolean[] inJobOut) {
            System.arraycopy(rates, i * satellites, rateOut, 0, satellites);
            System.arraycopy(inJob, i * satellites, inJobOut, 0, satellites);
        }
    }

    /**
     * Starts every satellite flying the next {@code count} steps into {@code logs} on the pool and
     * returns at once; without a pool flies them here, in index order, and returns null.
     */
    private static Future<?> flyBlock(ForkJoinPool pool, SatelliteTwin[] twins, int count, StepRecorder recorder,
                                      int everySteps, TrainingLog[] logs) {
        IntConsumer body = k -> twins[k].advance(count, recorder, everySteps, logs[k]);
        if (pool == null) {
            forEachSatellite(null, twins.length, body);
            return null;
        }
        return pool.submit(() -> IntStream.range(0, twins.length).parallel().forEach(body));
    }

    /** Runs {@code body} for every satellite index, on the pool or (without one) in index order. */
    private static void forEachSatellite(ForkJoinPool pool, int count, IntConsumer body) {
        if (pool == null) {
            for (int k = 0; k < count; k++) {
                body.accept(k);
            }
            return;
        }
        await(pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)));
    }

    /** Waits for work submitted to the pool (nothing for null), rethrowing what it threw. */
    private static void await(Future<?> work) {
        if (work == null) {
            return;
        }
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("twin run interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("twin run failed: " + cause, cause);
        }
    }

    /** Sums per-satellite results in index order (fixed order: deterministic floating-point sums). */
    private TwinSummary summarise(SatelliteTwin[] done, Optional<TrainingProgress> job) {
        TwinSummary base = summarise(done);
        if (job.isEmpty()) {
            return base;
        }
        TrainingReport report = job.get().report(timeline.durationS(), base.compute().nameplateFlop());
        return new TwinSummary(base.compute(), base.energy(), base.battery(), base.thermal(), base.radiation(),
                base.failures(), Optional.of(report));
    }

    static TwinSummary summarise(SatelliteTwin[] done) {
        EnergyLedger energy = new EnergyLedger();
        ComputeAccounts compute = new ComputeAccounts();
        double minSoc = 1.0;
        double maxDieK = Double.NEGATIVE_INFINITY;
        double throttledS = 0.0;
        double heldBack = 0.0;
        double housekeepingShed = 0.0;
        long sdc = 0;
        long uecc = 0;
        long crashes = 0;
        double maxDose = 0.0;
        long lost = 0;
        long accelerators = 0;
        long hosts = 0;
        long strings = 0;
        long tid = 0;
        for (SatelliteTwin s : done) {
            energy.add(s.ledger());
            compute.add(s.compute());
            minSoc = Math.min(minSoc, s.minSoc());
            maxDieK = Math.max(maxDieK, s.maxDieK());
            throttledS += s.throttledS();
            heldBack += s.heldBackFlop();
            housekeepingShed += s.housekeepingShedJ();
            sdc += s.radiation().sdc();
            uecc += s.radiation().uecc();
            crashes += s.radiation().crashes();
            maxDose = Math.max(maxDose, s.radiation().doseRad());
            lost += s.failures().satelliteLost() ? 1 : 0;
            accelerators += s.failures().acceleratorFailures();
            hosts += s.failures().hostFailures();
            strings += s.failures().powerStringFailures();
            tid += s.tidFailed() ? 1 : 0;
        }
        double nameplate = compute.nameplateFlop();
        return new TwinSummary(
                new TwinSummary.Compute(nameplate, compute.deliveredFlop(), share(compute.deliveredFlop(), nameplate),
                        share(compute.lostToEclipseFlop(), nameplate), share(compute.lostToThrottlingFlop(), nameplate),
                        share(compute.lostToRadiationFlop(), nameplate), share(compute.lostToFailuresFlop(), nameplate),
                        share(heldBack, nameplate)),
                new TwinSummary.Energy(energy.generatedJ(), energy.consumedJ(), energy.storedDeltaJ(), energy.lossesJ(),
                        energy.curtailedJ(), energy.shedJ(), housekeepingShed),
                new TwinSummary.Battery(minSoc),
                new TwinSummary.Thermal(maxDieK - 273.15, throttledS / 3600.0),
                new TwinSummary.Radiation(sdc, uecc, crashes, maxDose),
                new TwinSummary.Failures(lost, accelerators, hosts, strings, tid));
    }

    private static double share(double part, double whole) {
        return whole > 0.0 ? part / whole : 0.0;
    }
}
