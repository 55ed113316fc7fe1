package io.orbitdc.core.scenario;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** A fleet compute target: so many accelerator units, or so much IT load; at most one is set. */
public record FleetTarget(OptionalInt accelerators, OptionalDouble itPowerW) {
}
