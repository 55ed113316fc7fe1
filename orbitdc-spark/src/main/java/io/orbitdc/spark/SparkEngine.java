package io.orbitdc.spark;

import io.orbitdc.core.scaleout.ScaleOutEngine;
import io.orbitdc.core.study.FleetGeometry;
import io.orbitdc.core.study.ScenarioSource;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSource;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

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
        boolean running = SparkSession.getDefaultSession().isDefined();
        SparkSession session = SparkSessions.open("orbitdc geometry " + scenario.file(), master);
        try {
            JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
            return SparkFleetGeometry.run(spark, scenario, spark.defaultParallelism());
        } finally {
            if (!running) {
                session.stop();
            }
        }
    }

    @Override
    public SweepRunner.Summary sweep(SweepSource source, Path dir, SweepRunner.Options options, String master) {
        boolean running = SparkSession.getDefaultSession().isDefined();
        SparkSession session = SparkSessions.open("orbitdc sweep " + source.sweepFile(), master);
        try {
            return SparkSweepRunner.run(JavaSparkContext.fromSparkContext(session.sparkContext()), source, dir, options);
        } finally {
            if (!running) {
                session.stop(); // ours; a session the caller started (a notebook, a test) stays up
            }
        }
    }
}
