package io.orbitdc.core.budget;

import java.util.List;

/**
 * What a heavy verb is about to do.
 *
 * @param verb          the verb, for messages ({@code geometry}, {@code simulate})
 * @param shells        the fleet, shell by shell
 * @param steps         time steps over the span (the scan or the twin)
 * @param stepS         the step, s (for messages)
 * @param spanS         the span, s (for messages)
 * @param stations      ground stations scanned at every step
 * @param linkRangeM    neighbour-graph range, m; 0 when no graph is built
 * @param linkGraphs    neighbour graphs built over the span
 * @param twin          whether the digital twin flies every satellite at every step ({@code simulate})
 * @param threads       worker threads
 */
public record WorkRequest(String verb, List<ShellLoad> shells, long steps, double stepS, double spanS, int stations,
                          double linkRangeM, long linkGraphs, boolean twin, int threads) {

    public WorkRequest {
        shells = List.copyOf(shells);
        if (steps < 0 || stations < 0 || linkRangeM < 0 || linkGraphs < 0 || threads < 1) {
            throw new IllegalArgumentException("work request out of range: " + steps + " steps, " + stations
                    + " stations, range " + linkRangeM + " m, " + linkGraphs + " graphs, " + threads + " threads");
        }
    }

    /** Satellites over all shells. */
    public long satellites() {
        return shells.stream().mapToLong(ShellLoad::satellites).sum();
    }
}
