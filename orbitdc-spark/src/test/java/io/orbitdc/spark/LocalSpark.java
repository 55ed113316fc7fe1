package io.orbitdc.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for every test of this module (starting one costs seconds). */
final class LocalSpark {

    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SESSION = SparkSessions.open("orbitdc tests", "local[2]");
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(Holder.SESSION.sparkContext());
    }
}
