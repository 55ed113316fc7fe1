package io.orbitdc.core.study;

import java.io.Serializable;

/**
 * The inter-satellite neighbour graph at some of the scan's graph steps (plain numbers, so a
 * cluster task can send it back): each step's mean degree, and how many (satellite, step)
 * samples had each degree ({@code degreeCounts[d]}, d = 0 … the largest degree seen).
 */
public record GraphSlice(long[] steps, double[] meanDegree, long[] degreeCounts) implements Serializable {

    private static final long serialVersionUID = 1L;
}
