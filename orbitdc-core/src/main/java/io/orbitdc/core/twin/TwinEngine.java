package io.orbitdc.core.twin;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Flies a fleet through a {@link GeometryTimeline} and reduces it to a {@link TwinSummary}.
 * Satellites are independent in this version (no links or shared workload yet), so each is
 * stepped through the whole mission on its own, in parallel; each draws only from its own
 * random streams ({@link RandomStreams}: seed and index), and the fleet totals are summed in
 * satellite-index order after all finished. Results are therefore bit-identical for any thread
 * count. Memory is O(satellites), independent of the number of steps.
 *
 * <p>When links and distributed workloads couple satellites, stepping must become step-major
 * (all satellites advance one block of steps, then exchange); the same per-satellite streams
 * and index-ordered reduction keep it deterministic.
 */
public final class TwinEngine {
    private final GeometryTimeline timeline;
    private final List<SatelliteTwinSpec> satellites;
    private final long seed;

    /**
     * @param timeline   the geometry
     * @param satellites one spec per satellite of the timeline, in index order
     * @param seed       run seed
     */
    public TwinEngine(GeometryTimeline timeline, List<SatelliteTwinSpec> satellites, long seed) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.satellites = List.copyOf(Objects.requireNonNull(satellites, "satellite specs"));
        if (this.satellites.size() != timeline.satelliteCount()) {
            throw new TwinInputException("the timeline has " + timeline.satelliteCount()
                    + " satellites but " + this.satellites.size() + " satellite specs were given; expected one per satellite");
        }
        this.seed = seed;
    }

    /** A fleet of identical satellites. */
    public static TwinEngine uniform(GeometryTimeline timeline, SatelliteTwinSpec spec, long seed) {
        return new TwinEngine(timeline, Collections.nCopies(timeline.satelliteCount(), spec), seed);
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
        SatelliteTwin[] done = new SatelliteTwin[satellites.size()];
        if (threads == 1) {
            for (int k = 0; k < done.length; k++) {
                done[k] = fly(k, recorder, everySteps);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> IntStream.range(0, done.length).parallel().forEach(k -> done[k] = fly(k, recorder, everySteps))).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("twin run interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("twin run failed: " + cause, cause);
            } finally {
                pool.shutdown();
            }
        }
        return summarise(done);
    }

    private SatelliteTwin fly(int k, StepRecorder recorder, int everySteps) {
        return new SatelliteTwin(satellites.get(k), timeline, k, seed).run(recorder, everySteps);
    }

    /** Sums per-satellite results in index order (fixed order: deterministic floating-point sums). */
    static TwinSummary summarise(SatelliteTwin[] done) {
        EnergyLedger energy = new EnergyLedger();
        ComputeAccounts compute = new ComputeAccounts();
        double minSoc = 1.0;
        double maxDieK = Double.NEGATIVE_INFINITY;
        double throttledS = 0.0;
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
                        share(compute.lostToRadiationFlop(), nameplate), share(compute.lostToFailuresFlop(), nameplate)),
                new TwinSummary.Energy(energy.generatedJ(), energy.consumedJ(), energy.storedDeltaJ(), energy.lossesJ(),
                        energy.curtailedJ(), energy.shedJ()),
                new TwinSummary.Battery(minSoc),
                new TwinSummary.Thermal(maxDieK - 273.15, throttledS / 3600.0),
                new TwinSummary.Radiation(sdc, uecc, crashes, maxDose),
                new TwinSummary.Failures(lost, accelerators, hosts, strings, tid));
    }

    private static double share(double part, double whole) {
        return whole > 0.0 ? part / whole : 0.0;
    }
}
