package io.orbitdc.core.study;

/**
 * Told when a long {@link Study} call moves to its next phase (the twin, the service stage,
 * writing the results database, ...), so that a front end can show what is running. Nothing is
 * computed differently with or without it; it must be thread-safe and return quickly.
 */
@FunctionalInterface
public interface Progress {

    /** Shows nothing. */
    Progress NONE = phase -> { };

    /** The call enters phase {@code name} (a short lower-case label such as "service stage"). */
    void phase(String name);

    /**
     * Before a twin phase that a call starts on its own (e.g. {@link Study#htmlReport}): the run's
     * size, so that a listener can show the share done from the sampled states it receives
     * ({@code satellites} × ⌈steps / everySteps⌉ samples in all). Ignored by default.
     */
    default void twinPlanned(int satellites, int steps, int everySteps, double durationS) {
    }
}
