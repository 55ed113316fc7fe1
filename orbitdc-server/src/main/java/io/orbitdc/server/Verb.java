package io.orbitdc.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The verbs a job may run: the command line's report verbs, with the same names, and {@code sweep}
 * (a sweep file over a base scenario of the library, not one scenario: {@link SweepJobs}).
 */
enum Verb {
    VALIDATE, SIZE, GEOMETRY, SIMULATE, LAUNCH, COST, VERDICT, REPORT, SWEEP;

    /** The verb's name as typed ({@code simulate}). */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the verb propagates the fleet step by step (and so is capped by satellites × steps). */
    boolean fliesTheFleet() {
        return this == GEOMETRY || this == SIMULATE;
    }

    /**
     * Whether the verb may run for minutes (it flies the fleet or draws a large sample): such jobs
     * share the server's --jobs slots, while the closed-form verbs run in their own lane and never
     * wait behind a simulation.
     */
    boolean heavy() {
        return fliesTheFleet() || this == VERDICT || this == REPORT || this == SWEEP; // report may fly a short twin
    }

    static Verb parse(String text) {
        for (Verb v : values()) {
            if (v.id().equals(text)) {
                return v;
            }
        }
        throw ApiException.badRequest("verb '" + SafeName.printable(text) + "': expected one of "
                + Arrays.stream(values()).map(Verb::id).collect(Collectors.joining(", ")));
    }
}
