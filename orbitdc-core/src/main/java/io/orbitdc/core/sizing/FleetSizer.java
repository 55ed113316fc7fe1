package io.orbitdc.core.sizing;

import java.util.Locale;
import java.util.Optional;

/**
 * Number of identical satellites for a fleet target, and the fleet totals: the given count, or
 * ⌈target accelerators / accelerators per satellite⌉, or ⌈target IT power / IT per satellite⌉.
 * A target is a floor: the fleet never delivers less than asked, so a target a few watts above a
 * whole number of satellites buys one more satellite. No tolerance is applied (a tolerance would
 * make the fleet deliver less than the target); instead {@link #overshootWarning} says so when
 * the rounding adds more than {@link #OVERSHOOT_WARNING_FRACTION} of the target.
 */
public final class FleetSizer {

    /**
     * Fleet IT (or accelerators) above the target, as a fraction of the target, beyond which the
     * rounding is reported: 10 % is far above floating-point noise and below one extra satellite
     * for any fleet of fewer than ten satellites, where an unnoticed extra satellite matters most.
     */
    public static final double OVERSHOOT_WARNING_FRACTION = 0.10;

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

    /**
     * A warning when rounding a target up to whole satellites overshoots it by more than
     * {@link #OVERSHOOT_WARNING_FRACTION}, naming what would meet the target with fewer satellites;
     * empty for a satellite count or a close fit.
     */
    public static Optional<String> overshootWarning(FleetTarget target, int acceleratorsPerSatellite,
                                                    double itPowerPerSatelliteW) {
        int n = satellitesFor(target, acceleratorsPerSatellite, itPowerPerSatelliteW);
        if (target instanceof FleetTarget.ItPower p) {
            double fleet = n * itPowerPerSatelliteW;
            if (fleet > p.watts() * (1 + OVERSHOOT_WARNING_FRACTION) && n == 1) {
                // one satellite already exceeds the target: only a smaller satellite meets it
                double perAccelerator = itPowerPerSatelliteW / acceleratorsPerSatellite;
                return Optional.of(String.format(Locale.ROOT,
                        "fleet target %.4g MW of IT is below one satellite of %.4g MW (%.0f %% above the target); lower"
                                + " acceleratorsPerSatellite to about %d to meet it with one satellite",
                        p.watts() / 1e6, itPowerPerSatelliteW / 1e6, 100 * (fleet / p.watts() - 1),
                        (long) Math.ceil(p.watts() / perAccelerator)));
            }
            if (fleet > p.watts() * (1 + OVERSHOOT_WARNING_FRACTION)) {
                return Optional.of(String.format(Locale.ROOT,
                        "fleet target %.4g MW of IT needs %.4f satellites of %.4g MW: rounded up to %d (%.4g MW, %.0f %% above "
                                + "the target); lower the target to %.4g MW, or raise acceleratorsPerSatellite so that %d satellite(s) "
                                + "meet it",
                        p.watts() / 1e6, p.watts() / itPowerPerSatelliteW, itPowerPerSatelliteW / 1e6, n, fleet / 1e6,
                        100 * (fleet / p.watts() - 1), (n - 1) * itPowerPerSatelliteW / 1e6, n - 1));
            }
        } else if (target instanceof FleetTarget.Accelerators a) {
            long fleet = (long) n * acceleratorsPerSatellite;
            if (fleet > a.count() * (1 + OVERSHOOT_WARNING_FRACTION)) {
                return Optional.of(String.format(Locale.ROOT,
                        "fleet target %d accelerators at %d per satellite: rounded up to %d satellites (%d accelerators, "
                                + "%.0f %% above the target)", a.count(), acceleratorsPerSatellite, n, fleet,
                        100 * ((double) fleet / a.count() - 1)));
            }
        }
        return Optional.empty();
    }

    /** Fleet totals for identical satellites; {@code radiatorAreaM2} counts every radiator of one satellite. */
    public static FleetBudget size(FleetTarget target, int acceleratorsPerSatellite, PowerBudget power,
                                   SolarArraySizing array, double radiatorAreaM2, MassBreakdown mass) {
        int n = satellitesFor(target, acceleratorsPerSatellite, power.itLoadW());
        return new FleetBudget(n, (long) n * acceleratorsPerSatellite, n * power.itLoadW(), n * array.bolPowerW(),
                n * mass.totalKg(), n * array.areaM2(), n * radiatorAreaM2);
    }
}
