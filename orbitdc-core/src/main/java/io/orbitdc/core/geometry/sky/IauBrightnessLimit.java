package io.orbitdc.core.geometry.sky;

/**
 * The brightness recommendation for constellation satellites of the SATCON1 workshop, adopted by
 * the IAU Centre for the Protection of the Dark and Quiet Sky: fainter than
 * V = 7 + 2.5 log10(h / 550 km), h the orbital altitude (ref: satcon1-2020). A satellite at 550 km
 * should be fainter than V = 7; one at 1,100 km than V = 7.75.
 */
public final class IauBrightnessLimit {

    /** Magnitude limit at the reference altitude. ref: satcon1-2020 */
    static final double LIMIT_AT_REFERENCE = 7.0;
    /** Reference altitude, m. ref: satcon1-2020 */
    static final double REFERENCE_ALTITUDE_M = 550e3;

    private IauBrightnessLimit() {
    }

    /** The faintest-allowed magnitude at altitude {@code altitudeM} (m, positive). */
    public static double limit(double altitudeM) {
        if (!(altitudeM > 0)) {
            throw new IllegalArgumentException("altitude must be positive, found " + altitudeM + " m");
        }
        return LIMIT_AT_REFERENCE + 2.5 * Math.log10(altitudeM / REFERENCE_ALTITUDE_M);
    }

    /** Whether magnitude {@code v} at altitude {@code altitudeM} is brighter than the recommendation. */
    public static boolean brighter(double v, double altitudeM) {
        return v < limit(altitudeM);
    }
}
