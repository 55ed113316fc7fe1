package io.orbitdc.core.scaleout;

import io.orbitdc.core.study.FleetGeometry;
import io.orbitdc.core.study.ScenarioSource;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSource;
import java.nio.file.Path;

/**
 * A service that runs work too large for one JVM on a cluster (the {@code orbitdc-spark} module's
 * {@code spark} engine). Implementations are found with {@link java.util.ServiceLoader} through
 * {@link ScaleOutEngines}, listed in {@code META-INF/services/io.orbitdc.core.scaleout.ScaleOutEngine}
 * of their jar, so that neither the core nor the command line depends on the cluster framework.
 * An engine must give the same results as the local runners (same rows, same numbers).
 */
public interface ScaleOutEngine {

    /** The name front ends select it by ({@code --engine NAME}). */
    String name();

    /**
     * Runs every point of the sweep into {@code dir/sweep.duckdb}, the same {@code points} table as
     * {@link SweepRunner#run}; a rerun computes the points not yet stored.
     *
     * @param master the cluster to run on (a Spark master URL such as {@code local[2]}); null for
     *               the engine's default (what {@code spark-submit} configured)
     */
    SweepRunner.Summary sweep(SweepSource source, Path dir, SweepRunner.Options options, String master);

    /**
     * The scenario's whole-fleet geometry (J2-secular fleets), split by satellite and by time step
     * over the cluster ({@link io.orbitdc.core.study.PartitionedFleetScan}): the report
     * {@code orbitdc geometry} gives, plus the neighbour-degree distribution.
     */
    FleetGeometry geometry(ScenarioSource scenario, String master);
}
