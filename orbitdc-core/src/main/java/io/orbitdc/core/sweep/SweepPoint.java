package io.orbitdc.core.sweep;

import io.orbitdc.core.scenario.Overrides;
import java.util.List;

/**
 * One point of a sweep: its stable id, the value of every axis, the value drawn for every
 * uncertain input (empty without a random design), its own seed (derived from the sweep seed and
 * the id only) and the overrides that turn the base scenario into this point's scenario.
 */
public record SweepPoint(long id, List<AxisValue> axisValues, double[] drawn, long seed, Overrides overrides) {
}
