/**
 * orbitdc on Apache Spark: sweeps ({@link io.orbitdc.spark.SparkSweepRunner}) and whole-fleet
 * geometry partitioned over executors, each running the core engines on plans rebuilt from the
 * scenario and sweep texts. Results equal the local runners'. Entry points: the {@code spark}
 * {@link io.orbitdc.core.scaleout.ScaleOutEngine} (for {@code orbitdc --engine spark}) and
 * {@link io.orbitdc.spark.OrbitdcSpark} (for {@code spark-submit}); docs/spark.md. No physics here.
 */
package io.orbitdc.spark;
