package io.orbitdc.bench;

import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.geometry.batch.FleetPositions;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.ShadowModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-satellite-step cost of the batch J2 propagator with the conical shadow flag, for circular
 * orbits (one sine/cosine pair fewer) and near-circular ones (Kepler solver on): one
 * invocation propagates a 20,000-satellite Walker fleet by one 60 s step, and the score is
 * divided by 20,000 so it is nanoseconds per satellite-step, directly comparable with
 * {@link OrekitKeplerianBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PropagationBenchmark {

    static final int SATELLITES = 20_000;

    @Param({"1", "2"})
    int threads;

    /** "circular": the Walker fleet as designed (e = 0, fast path); "eccentric": same with e = 0.001. */
    @Param({"circular", "eccentric"})
    String orbits;

    private FleetWorkers workers;
    private BatchJ2Propagator propagator;
    private FleetPositions out;
    private double t;

    @Setup
    public void setUp() {
        OfflineSun env = new OfflineSun();
        FleetElements fleet = WalkerShells.fleet(SATELLITES);
        if (orbits.equals("eccentric")) {
            FleetElements.Builder b = FleetElements.builder(SATELLITES);
            for (int k = 0; k < SATELLITES; k++) {
                b.add(fleet.semiMajorAxisM(k), 0.001, fleet.inclination(k), fleet.raan(k), 0.5 * k,
                        fleet.meanAnomaly(k));
            }
            fleet = b.build();
        }
        workers = new FleetWorkers(threads);
        propagator = new BatchJ2Propagator(fleet, EarthJ2.EARTH, env.epoch, env.eme2000, env.sun,
                ShadowModel.CONICAL, workers);
        out = new FleetPositions(SATELLITES);
    }

    @TearDown
    public void tearDown() {
        workers.close();
    }

    @Benchmark
    @OperationsPerInvocation(SATELLITES)
    public void batchJ2WithShadow(Blackhole bh) {
        t += 60;
        propagator.propagate(t, out);
        bh.consume(out.x()[SATELLITES - 1] + out.shadow()[0]);
    }
}
