package io.orbitdc.spark;

import io.orbitdc.core.scaleout.ScaleOutEngine;
import io.orbitdc.core.study.FleetGeometry;
import io.orbitdc.core.study.ScenarioSource;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSource;
import java.nio.file.Path;

/**
 * The {@code spark} scale-out engine (listed in META-INF/services): opens a Spark session on the
 * given master (or the one spark-submit set) for the length of one run, or joins the session
 * already running in this JVM (whose master then wins).
 */
public final class SparkEngine implements ScaleOutEngine {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public FleetGeometry geometry(ScenarioSource scenario, String master) {
        return SparkSessions.within("orbitdc geometry " + scenario.file(), master,
                spark -> SparkFleetGeometry.run(spark, scenario, spark.defaultParallelism()));
    }

    @Override
    public SweepRunner.Summary sweep(SweepSource source, Path dir, SweepRunner.Options options, String master) {
        return SparkSessions.within("orbitdc sweep " + source.sweepFile(), master,
                spark -> SparkSweepRunner.run(spark, source, dir, options));
    }
}
