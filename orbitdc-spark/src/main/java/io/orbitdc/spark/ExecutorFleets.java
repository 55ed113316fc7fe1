package io.orbitdc.spark;

import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.study.PartitionedFleetScan;
import io.orbitdc.core.study.ScenarioSource;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fleets an executor JVM has generated, so that its tasks (and, in local mode, the driver)
 * generate a scenario's fleet once instead of once per task: 1,000,000 Walker satellites take
 * about 2.6 s of CPU and 1.3–1.5 GiB each (docs/spark.md).
 *
 * <p>The one piece of JVM-wide mutable state of the module, on purpose and bounded: keyed by the
 * scenario source (its text, directory and {@code --set} overrides, so equal keys give the same
 * fleet), at most {@value #CAPACITY} fleets, least recently used dropped first, each held through
 * a {@link SoftReference} so that the collector can reclaim an idle fleet before running out of
 * memory (it is then generated again). Thread-safe: one lock; a task asking for a fleet that is
 * being generated waits for it rather than generating a second copy. The cached
 * {@link PartitionedFleetScan} is only read by the tasks, never changed, so sharing it between
 * concurrent tasks changes no answer.
 */
final class ExecutorFleets {

    /** Fleets kept per JVM (a sweep of geometries runs one scenario at a time; two covers a driver and its run). */
    static final int CAPACITY = 2;

    private static final Map<ScenarioSource, SoftReference<PartitionedFleetScan>> FLEETS =
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ScenarioSource, SoftReference<PartitionedFleetScan>> eldest) {
                    return size() > CAPACITY;
                }
            };

    private ExecutorFleets() {
    }

    /** The scenario's fleet, generated on the first call in this JVM (or after the collector dropped it). */
    static PartitionedFleetScan of(ScenarioSource source) {
        synchronized (FLEETS) {
            SoftReference<PartitionedFleetScan> held = FLEETS.get(source);
            PartitionedFleetScan scan = held == null ? null : held.get();
            if (scan == null) {
                scan = PartitionedFleetScan.of(source.study(), OrekitDataSetup.bundled());
                FLEETS.put(source, new SoftReference<>(scan));
            }
            return scan;
        }
    }

    /** How many fleets are held now (for tests). */
    static int held() {
        synchronized (FLEETS) {
            return (int) FLEETS.values().stream().filter(r -> r.get() != null).count();
        }
    }
}
