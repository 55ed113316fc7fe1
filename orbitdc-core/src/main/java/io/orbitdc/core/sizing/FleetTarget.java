package io.orbitdc.core.sizing;

/**
 * What the fleet must provide: a number of satellites, a number of accelerators, or an IT load.
 */
public sealed interface FleetTarget {
    /** A fixed number of satellites. */
    record Satellites(int count) implements FleetTarget {
        public Satellites {
            if (count < 1) {
                throw new SizingInputException("fleet satellite count must be >= 1, found " + count);
            }
        }
    }

    /** At least this many accelerators across the fleet. */
    record Accelerators(long count) implements FleetTarget {
        public Accelerators {
            if (count < 1) {
                throw new SizingInputException("fleet accelerator target must be >= 1, found " + count);
            }
        }
    }

    /** At least this much IT load across the fleet, W. */
    record ItPower(double watts) implements FleetTarget {
        public ItPower {
            Bounds.positive("fleet IT power target (W)", watts);
        }
    }
}
