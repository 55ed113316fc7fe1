package io.orbitdc.cli;

import io.orbitdc.core.scaleout.ScaleOutEngine;
import io.orbitdc.core.scaleout.ScaleOutEngines;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark [--master URL]} of the verbs that scale out (sweep, geometry). The
 * Spark engine is not a dependency of the command line: it is looked up by name on the classpath
 * ({@link ScaleOutEngines}); without the orbitdc-spark module there, asking for it is exit 2 with
 * the ways to get it.
 */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", description = "local (this JVM, default) or spark (needs orbitdc-spark on the classpath; docs/spark.md).")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master (local[2], spark://host:7077, yarn, k8s://…); default local[*].")
    String master;

    /** The scale-out engine asked for, or empty for the local engine. */
    Optional<ScaleOutEngine> scaleOut() {
        if (engine.equals("local")) {
            if (master != null) {
                throw new BadInputException("--master " + master + ": only with --engine spark");
            }
            return Optional.empty();
        }
        if (!engine.equals("spark")) {
            throw new BadInputException("--engine " + engine + ": expected local or spark");
        }
        return Optional.of(ScaleOutEngines.find(engine).orElseThrow(() -> new BadInputException(
                "--engine spark: the Spark engine (module orbitdc-spark) is not on the classpath; run through the"
                        + " launcher (./orbitdc builds it and puts it and Spark on the classpath when --engine spark is given),"
                        + " or add orbitdc-spark/target/orbitdc-spark.jar and Spark's jars to -cp, or use spark-submit"
                        + " --class io.orbitdc.spark.OrbitdcSpark orbitdc-spark.jar (docs/spark.md)")));
    }
}
