package io.orbitdc.spark;

import java.io.Serializable;

/**
 * What an executor sends back for one point: its id, its headline values (Double, String or null,
 * in {@link io.orbitdc.core.sweep.Headline#of} order) and its error. The driver rebuilds the point
 * itself from the plan, so only these plain values cross the network.
 */
record PointRow(long id, Object[] values, String error) implements Serializable {
    private static final long serialVersionUID = 1L;
}
