package io.orbitdc.core.study;

import io.orbitdc.core.geometry.OrekitDataSetup;

/**
 * How {@link Study#geometry(GeometryOptions)} runs: worker threads for the fleet scan (the answer
 * does not depend on them) and the Orekit data (the bundled minimum, or a full orekit-data folder).
 *
 * @param threads      worker threads, ≥ 1
 * @param data         Orekit data context
 * @param recordEvents keep every eclipse, contact, SAA pass and beta sample of the run for
 *                     {@link GeometryRun#writeOutputs} (the scan's intervals in a temporary file, read back one
 *                     satellite at a time: memory does not grow with the span); without it
 *                     writing the outputs runs the geometry again
 */
public record GeometryOptions(int threads, OrekitDataSetup data, boolean recordEvents) {

    /** Options that keep no event list. */
    public GeometryOptions(int threads, OrekitDataSetup data) {
        this(threads, data, false);
    }

    public GeometryOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: found " + threads + "; expected ≥ 1");
        }
        if (data == null) {
            throw new IllegalArgumentException("Orekit data must be given");
        }
    }

    /** All available cores and the bundled Orekit data. */
    public static GeometryOptions defaults() {
        return new GeometryOptions(Runtime.getRuntime().availableProcessors(), OrekitDataSetup.bundled());
    }

    public GeometryOptions withThreads(int n) {
        return new GeometryOptions(n, data, recordEvents);
    }

    /** These options, keeping the event lists for the detailed outputs. */
    public GeometryOptions withEvents() {
        return new GeometryOptions(threads, data, true);
    }
}
