package io.orbitdc.core.service;

/**
 * Everything between a ground user and the serving accelerator that is not the queue: light time
 * up and down the slant range, over inter-satellite hops, and the wait for a ground contact when
 * none is in view.
 *
 * <p>Light time is 2 (ρ + n_hops · d_hop) / c for the request and its answer. The contact wait
 * (docs/models/inference-latency.md): a request arrives uniformly in time; with probability
 * {@code coverage} a contact is up, otherwise it waits the residual of the current gap, uniform in
 * [0, {@code gapS}] for gaps of that length. Taking every gap at the mean gap understates the
 * tail when gaps vary; pass the longest gap for a bound.
 *
 * @param slantRangeM  ground-to-satellite slant range (m)
 * @param islHops      inter-satellite hops to the serving satellite
 * @param hopDistanceM length of one hop (m)
 * @param coverage     fraction of time a ground contact is in view, in [0, 1]
 * @param gapS         length of a gap between contacts (s), e.g. the geometry's mean or longest gap
 */
public record PathDelay(double slantRangeM, int islHops, double hopDistanceM, double coverage, double gapS) {

    /** Speed of light (m/s); ref: codata-2018. */
    public static final double C = 299_792_458.0;

    public PathDelay {
        if (!(slantRangeM >= 0) || !Double.isFinite(slantRangeM)) {
            throw new IllegalArgumentException("slant range must be a non-negative number of metres, found " + slantRangeM);
        }
        if (islHops < 0) {
            throw new IllegalArgumentException("inter-satellite hops cannot be negative, found " + islHops);
        }
        if (!(hopDistanceM >= 0) || !Double.isFinite(hopDistanceM)) {
            throw new IllegalArgumentException("hop distance must be a non-negative number of metres, found " + hopDistanceM);
        }
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage must lie in [0, 1], found " + coverage);
        }
        if (!(gapS >= 0) || !Double.isFinite(gapS)) {
            throw new IllegalArgumentException("gap must be a non-negative number of seconds, found " + gapS);
        }
    }

    /** Always in contact: light time only. */
    public static PathDelay alwaysInView(double slantRangeM, int islHops, double hopDistanceM) {
        return new PathDelay(slantRangeM, islHops, hopDistanceM, 1, 0);
    }

    /** Round-trip light time (s). */
    public double lightTimeS() {
        return 2 * (slantRangeM + islHops * hopDistanceM) / C;
    }

    /** Whether a request can ever wait for a contact. */
    public boolean waitsForContact() {
        return coverage < 1 && gapS > 0;
    }
}
