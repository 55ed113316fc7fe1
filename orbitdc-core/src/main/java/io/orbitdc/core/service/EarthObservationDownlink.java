package io.orbitdc.core.service;

/**
 * Downlink demand of an Earth-observation workload with and without processing in orbit, against
 * the ground contact capacity: whether the contacts keep up or a backlog grows.
 *
 * <p>Raw sensor data per orbit D_raw, processed in orbit to D_raw / r (r the reduction factor,
 * raw-to-result size ratio). Per day: demand = D · (86,400 / P_orbit); capacity = contacts per
 * day x bits per contact (from {@code io.orbitdc.core.links.PassVolume}); backlog growth =
 * max(0, demand − capacity). Valid for steady operations averaged over a day or more; the
 * on-board storage that absorbs the within-day mismatch is not modelled.
 *
 * @param rawBitsPerOrbit      raw sensor data per orbit (bit)
 * @param reductionFactor      raw-to-result size ratio, at least 1
 * @param orbitPeriodS         orbit period (s)
 * @param downlinkBitsPerDay   what the contacts can carry per day (bit)
 */
public record EarthObservationDownlink(double rawBitsPerOrbit, double reductionFactor, double orbitPeriodS,
                                       double downlinkBitsPerDay) {

    private static final double DAY_S = 86_400.0;

    public EarthObservationDownlink {
        if (!(rawBitsPerOrbit >= 0) || !Double.isFinite(rawBitsPerOrbit)) {
            throw new IllegalArgumentException("raw data per orbit must be a non-negative volume, found " + rawBitsPerOrbit);
        }
        if (!(reductionFactor >= 1) || !Double.isFinite(reductionFactor)) {
            throw new IllegalArgumentException("reduction factor must be at least 1 (processing does not grow the data), found "
                    + reductionFactor);
        }
        if (!(orbitPeriodS > 0) || !Double.isFinite(orbitPeriodS)) {
            throw new IllegalArgumentException("orbit period must be a positive number of seconds, found " + orbitPeriodS);
        }
        if (!(downlinkBitsPerDay >= 0) || !Double.isFinite(downlinkBitsPerDay)) {
            throw new IllegalArgumentException("downlink capacity must be a non-negative volume per day, found " + downlinkBitsPerDay);
        }
    }

    /** Bits per day to downlink without processing in orbit. */
    public double rawBitsPerDay() {
        return rawBitsPerOrbit * DAY_S / orbitPeriodS;
    }

    /** Bits per day to downlink when the data is processed in orbit. */
    public double processedBitsPerDay() {
        return rawBitsPerDay() / reductionFactor;
    }

    /** Downlink saved by processing in orbit (bit/day). */
    public double savedBitsPerDay() {
        return rawBitsPerDay() - processedBitsPerDay();
    }

    /** Backlog growth without processing (bit/day); 0 when the contacts keep up. */
    public double rawBacklogGrowthPerDay() {
        return Math.max(0, rawBitsPerDay() - downlinkBitsPerDay);
    }

    /** Backlog growth with processing (bit/day); 0 when the contacts keep up. */
    public double processedBacklogGrowthPerDay() {
        return Math.max(0, processedBitsPerDay() - downlinkBitsPerDay);
    }

    public boolean rawFits() {
        return rawBitsPerDay() <= downlinkBitsPerDay;
    }

    public boolean processedFits() {
        return processedBitsPerDay() <= downlinkBitsPerDay;
    }

    /** Fraction of the contact capacity the processed results use (may exceed 1). */
    public double processedUtilisation() {
        return downlinkBitsPerDay > 0 ? processedBitsPerDay() / downlinkBitsPerDay : Double.POSITIVE_INFINITY;
    }
}
