package io.orbitdc.bench;

import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetPositions;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.LineOfSight;
import io.orbitdc.core.geometry.batch.NeighbourGraph;
import io.orbitdc.core.geometry.batch.ShadowModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One step of the neighbour graph (degrees and edge list with distances) for 100,000 satellites
 * in the Walker shell set at 525-570 km, at the positions of t = 0; score = ms per step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NeighbourGraphBenchmark {

    @Param({"100", "250"})
    double rangeKm;

    @Param({"2"})
    int threads;

    private FleetWorkers workers;
    private NeighbourGraph graph;
    private FleetPositions positions;

    @Setup
    public void setUp() {
        OfflineSun env = new OfflineSun();
        workers = new FleetWorkers(threads);
        var fleet = WalkerShells.fleet(100_000);
        positions = new FleetPositions(fleet.size());
        new BatchJ2Propagator(fleet, EarthJ2.EARTH, env.epoch, env.eme2000, env.sun, ShadowModel.CONICAL, workers)
                .propagate(0, positions);
        graph = new NeighbourGraph(rangeKm * 1e3,
                new LineOfSight(EarthJ2.EARTH.equatorialRadiusM(), LineOfSight.DEFAULT_GRAZING_HEIGHT_M), workers);
    }

    @TearDown
    public void tearDown() {
        workers.close();
    }

    @Benchmark
    public void degreesAndEdges(Blackhole bh) {
        graph.compute(positions, true);
        bh.consume(graph.meanDegree());
        bh.consume(graph.edgeCount());
    }
}
