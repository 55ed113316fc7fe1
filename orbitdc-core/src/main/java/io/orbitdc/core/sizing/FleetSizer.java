package io.orbitdc.core.sizing;

/**
 * Number of identical satellites for a fleet target, and the fleet totals: the given count, or
 * ⌈target accelerators / accelerators per satellite⌉, or ⌈target IT power / IT per satellite⌉.
 */
public final class FleetSizer {
    private FleetSizer() {
    }

    /** Satellites needed for a target. */
    public static int satellitesFor(FleetTarget target, int acceleratorsPerSatellite, double itPowerPerSatelliteW) {
        double count;
        if (target instanceof FleetTarget.Satellites s) {
            count = s.count();
        } else if (target instanceof FleetTarget.Accelerators a) {
            count = Math.ceil((double) a.count() / acceleratorsPerSatellite);
        } else if (target instanceof FleetTarget.ItPower p) {
            // a tiny tolerance so that an exact multiple does not round up through floating-point noise
            count = Math.ceil(p.watts() / itPowerPerSatelliteW - 1e-9);
        } else {
            throw new IllegalStateException("unknown fleet target " + target);
        }
        if (count > Integer.MAX_VALUE) {
            throw new SizingInputException("fleet target needs " + count + " satellites; expected at most "
                    + Integer.MAX_VALUE);
        }
        return (int) Math.max(1, count);
    }

    /** Fleet totals for identical satellites; {@code radiatorAreaM2} counts every radiator of one satellite. */
    public static FleetBudget size(FleetTarget target, int acceleratorsPerSatellite, PowerBudget power,
                                   SolarArraySizing array, double radiatorAreaM2, MassBreakdown mass) {
        int n = satellitesFor(target, acceleratorsPerSatellite, power.itLoadW());
        return new FleetBudget(n, (long) n * acceleratorsPerSatellite, n * power.itLoadW(), n * array.bolPowerW(),
                n * mass.totalKg(), n * array.areaM2(), n * radiatorAreaM2);
    }
}
