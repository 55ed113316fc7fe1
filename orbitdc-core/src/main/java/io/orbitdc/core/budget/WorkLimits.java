package io.orbitdc.core.budget;

/**
 * What a verb may use: a wall-time budget (estimated CPU time over the worker threads) and the
 * heap. The default budget is {@link #DEFAULT_WALL_S}; anything bigger belongs to a coarser step,
 * a shorter span, a shorter link range, more cores, the Spark engine, or a budget raised on purpose.
 *
 * @param maxWallS     largest estimated wall time, s
 * @param maxHeapBytes largest estimated heap, bytes
 */
public record WorkLimits(double maxWallS, long maxHeapBytes) {

    /**
     * Default wall-time budget of one verb: 5 minutes. A verb run at a terminal should answer in
     * minutes; a bigger run is a choice the user makes by raising the budget (the CLI's
     * {@code --budget}), not something that happens silently.
     */
    public static final double DEFAULT_WALL_S = 300.0;
    /** Share of the JVM's maximum heap an estimate may fill (garbage collection needs head room). */
    static final double HEAP_SHARE = 0.8;

    public WorkLimits {
        if (!(maxWallS > 0) || maxHeapBytes <= 0) {
            throw new IllegalArgumentException("work limits must be positive: " + maxWallS + " s, " + maxHeapBytes + " bytes");
        }
    }

    /** This JVM: {@link #DEFAULT_WALL_S} and 80 % of {@code Runtime.maxMemory()}. */
    public static WorkLimits machine() {
        return machine(DEFAULT_WALL_S);
    }

    /** This JVM's heap with a wall-time budget of {@code maxWallS}. */
    public static WorkLimits machine(double maxWallS) {
        return new WorkLimits(maxWallS, (long) (HEAP_SHARE * Runtime.getRuntime().maxMemory()));
    }
}
