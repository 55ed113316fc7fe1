package io.orbitdc.spark;

import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** Opens the Spark session of a run: the given master, else what spark-submit configured, else all local cores. */
final class SparkSessions {

    private SparkSessions() {
    }

    static SparkSession open(String appName, String master) {
        SparkConf conf = new SparkConf(true).setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // launched without spark-submit and without --master
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false"); // nobody watches a local run's web UI
        }
        SparkSession session = SparkSession.builder().config(conf).getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    /**
     * {@code work} on a session for the length of one run: ours is stopped at the end; a session the
     * caller already runs in this JVM (a notebook, a test) is joined and left up.
     */
    static <T> T within(String appName, String master, Function<JavaSparkContext, T> work) {
        boolean running = SparkSession.getDefaultSession().isDefined();
        SparkSession session = open(appName, master);
        try {
            return work.apply(JavaSparkContext.fromSparkContext(session.sparkContext()));
        } finally {
            if (!running) {
                session.stop();
            }
        }
    }
}
