package io.orbitdc.core.service;

/**
 * A day's request rate with a sinusoidal diurnal swing: λ(t) = λ̄ (1 + A cos(2π (t − t_peak) / day)).
 * A first-harmonic model of the daily traffic cycle of user-facing services, an orbitdc
 * assumption (ref: links-diurnal-load); amplitude 0 is a constant rate.
 *
 * @param meanRate  mean request rate λ̄ (1/s)
 * @param amplitude relative swing A in [0, 1]
 * @param peakHour  hour of day (UTC, 0–24) of the peak rate
 */
public record DiurnalLoad(double meanRate, double amplitude, double peakHour) {

    public DiurnalLoad {
        if (!(meanRate >= 0) || !Double.isFinite(meanRate)) {
            throw new IllegalArgumentException("mean request rate must be a non-negative number per second, found " + meanRate);
        }
        if (!(amplitude >= 0 && amplitude <= 1)) {
            throw new IllegalArgumentException("diurnal amplitude must lie in [0, 1], found " + amplitude);
        }
        if (!(peakHour >= 0 && peakHour <= 24)) {
            throw new IllegalArgumentException("peak hour must lie in [0, 24], found " + peakHour);
        }
    }

    /** A constant rate. */
    public static DiurnalLoad constant(double rate) {
        return new DiurnalLoad(rate, 0, 0);
    }

    /** Request rate at {@code secondsOfDay} after UTC midnight (1/s). */
    public double rateAt(double secondsOfDay) {
        double phase = 2 * Math.PI * (secondsOfDay / 86_400.0 - peakHour / 24.0);
        return meanRate * (1 + amplitude * Math.cos(phase));
    }
}
