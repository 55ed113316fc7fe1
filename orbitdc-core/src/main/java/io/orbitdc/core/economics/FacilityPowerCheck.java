package io.orbitdc.core.economics;

/**
 * Whether a ground campus's IT power can feed the accelerators it is said to carry. A campus
 * asked to run more units than its IT load can feed (91,400 × 875 W on a 40 MW campus) would be
 * priced with a facility and an energy bill for half its hardware; the facility is scaled up to
 * the load the units draw instead, and the report says so.
 *
 * @param requestedItPowerW the IT load asked for (scenario or site catalog)
 * @param requiredItPowerW  units × IT load per unit (accelerator plus its share of host and network)
 * @param units             accelerator units on the campus
 * @param itPowerPerUnitW   IT load per unit
 */
public record FacilityPowerCheck(double requestedItPowerW, double requiredItPowerW, long units, double itPowerPerUnitW) {

    /** A relative shortfall smaller than this is rounding, not an under-powered campus. */
    static final double TOLERANCE = 1e-6;

    public static FacilityPowerCheck of(double requestedItPowerW, long units, double itPowerPerUnitW) {
        return new FacilityPowerCheck(requestedItPowerW, units * itPowerPerUnitW, units, itPowerPerUnitW);
    }

    /** True when the requested IT load cannot feed the units. */
    public boolean scaled() {
        return requiredItPowerW > requestedItPowerW * (1 + TOLERANCE);
    }

    /** The IT load the campus is costed at: the requested one, or what the units draw when that is more. */
    public double itPowerW() {
        return scaled() ? requiredItPowerW : requestedItPowerW;
    }
}
