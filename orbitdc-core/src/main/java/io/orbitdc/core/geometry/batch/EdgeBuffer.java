package io.orbitdc.core.geometry.batch;

import java.util.Arrays;

/** Growable, reusable list of graph edges (satellite index pairs and their distances). */
final class EdgeBuffer {
    int[] pairs = new int[64];
    double[] distancesM = new double[32];
    int size;
    /** Whether distances are wanted; when false only the pairs are stored. */
    boolean withDistances = true;

    void clear() {
        size = 0;
    }

    void add(int i, int j, double distanceM) {
        if (size == distancesM.length) {
            distancesM = Arrays.copyOf(distancesM, size * 2);
            pairs = Arrays.copyOf(pairs, size * 4);
        }
        pairs[2 * size] = i;
        pairs[2 * size + 1] = j;
        if (withDistances) {
            distancesM[size] = distanceM;
        }
        size++;
    }

    void ensureCapacity(int edges) {
        if (distancesM.length < edges) {
            int c = Math.max(edges, distancesM.length * 2);
            distancesM = Arrays.copyOf(distancesM, c);
            pairs = Arrays.copyOf(pairs, 2 * c);
        }
    }
}
