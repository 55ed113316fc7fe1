package io.orbitdc.spark;

import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.study.PartitionedFleetScan;
import io.orbitdc.core.study.ScenarioSource;
import java.io.Serializable;

/**
 * One Spark task of a fleet geometry: a range of satellites to scan, or a run of graph steps at
 * which to build the whole fleet's neighbour graph. The task takes the fleet its executor generated
 * from the scenario's text ({@link ExecutorFleets}: once per executor, not once per task); what it returns is a {@link io.orbitdc.core.study.FleetSlice} or a {@link io.orbitdc.core.study.GraphSlice}.
 */
record FleetPiece(int index, int fromSatellite, int toSatellite, long[] graphSteps) implements Serializable {

    private static final long serialVersionUID = 1L;

    static FleetPiece satellites(int index, int from, int to) {
        return new FleetPiece(index, from, to, null);
    }

    static FleetPiece graphs(int index, long[] steps) {
        return new FleetPiece(index, 0, 0, steps);
    }

    boolean isGraphs() {
        return graphSteps != null;
    }

    /** On an executor, one thread: the slice's numbers. */
    Serializable run(ScenarioSource source) {
        PartitionedFleetScan scan = ExecutorFleets.of(source);
        try (FleetWorkers one = FleetWorkers.sequential()) {
            return isGraphs() ? scan.graphs(graphSteps, one) : scan.scanSatellites(fromSatellite, toSatellite, one);
        }
    }
}
