package io.orbitdc.spark;

import io.orbitdc.core.study.FleetGeometry;
import io.orbitdc.core.study.FleetSlice;
import io.orbitdc.core.study.GraphSlice;
import io.orbitdc.core.study.PartitionedFleetScan;
import io.orbitdc.core.study.ScenarioSource;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A mega-constellation's geometry on Spark: the fleet scan cut by satellite (eclipses, contacts,
 * SAA: one task per range of satellites) and by time step (neighbour graphs: one task per run of
 * graph steps, each propagating the whole fleet analytically at its steps), then merged on the
 * driver by {@link PartitionedFleetScan#report} into the single-machine report. Each executor
 * generates the fleet from the scenario's text once for all its tasks ({@link ExecutorFleets});
 * only numbers come back.
 */
public final class SparkFleetGeometry {

    private SparkFleetGeometry() {
    }

    /** The whole report: satellites and graphs, {@code tasksPerKind} tasks of each (default: the cluster's cores). */
    public static FleetGeometry run(JavaSparkContext spark, ScenarioSource source, int tasksPerKind) {
        PartitionedFleetScan scan = ExecutorFleets.of(source); // in local mode the tasks then reuse this fleet
        List<FleetPiece> pieces = new ArrayList<>(satellitePieces(scan.satellites(), tasksPerKind));
        pieces.addAll(graphPieces(scan.graphSteps(), tasksPerKind, pieces.size()));
        List<Serializable> out = spark.parallelize(pieces, pieces.size()).map(p -> p.run(source)).collect();
        List<FleetSlice> slices = new ArrayList<>();
        List<GraphSlice> graphs = new ArrayList<>();
        for (Serializable o : out) { // collect() keeps the pieces' order: satellites, then steps, each ascending
            if (o instanceof FleetSlice f) {
                slices.add(f);
            } else {
                graphs.add((GraphSlice) o);
            }
        }
        return scan.report(slices, graphs);
    }

    /**
     * Only the neighbour graphs (the 1M-satellite measurement of docs/spark.md): the mean degree over
     * the scan's graph steps (summed in step order) and the degree counts.
     */
    public static GraphSlice graphsOnly(JavaSparkContext spark, ScenarioSource source, int tasks) {
        PartitionedFleetScan scan = ExecutorFleets.of(source); // in local mode the tasks then reuse this fleet
        List<FleetPiece> pieces = graphPieces(scan.graphSteps(), tasks, 0);
        List<Serializable> out = spark.parallelize(pieces, pieces.size()).map(p -> p.run(source)).collect();
        List<GraphSlice> graphs = new ArrayList<>();
        out.forEach(o -> graphs.add((GraphSlice) o));
        return GraphSlice.merge(graphs); // in step order: collect() keeps the pieces' order
    }

    private static List<FleetPiece> satellitePieces(int n, int tasks) {
        List<FleetPiece> out = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            int from = (int) ((long) n * i / tasks);
            int to = (int) ((long) n * (i + 1) / tasks);
            if (to > from) {
                out.add(FleetPiece.satellites(out.size(), from, to));
            }
        }
        return out;
    }

    private static List<FleetPiece> graphPieces(long[] steps, int tasks, int firstIndex) {
        List<FleetPiece> out = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            int from = (int) ((long) steps.length * i / tasks);
            int to = (int) ((long) steps.length * (i + 1) / tasks);
            if (to > from) {
                out.add(FleetPiece.graphs(firstIndex + out.size(), Arrays.copyOfRange(steps, from, to)));
            }
        }
        return out;
    }
}
