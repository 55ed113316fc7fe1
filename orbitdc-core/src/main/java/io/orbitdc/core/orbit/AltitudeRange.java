package io.orbitdc.core.orbit;

import java.util.Locale;

/**
 * A named range of orbit altitudes (mean altitude above {@link Earth#EQUATORIAL_RADIUS_M}), m,
 * bounds included. Each engine throws its own bad-input exception with {@link #describe()}.
 *
 * @param name what the range is for, e.g. "LEO"
 * @param minM lowest altitude, m
 * @param maxM highest altitude, m
 */
public record AltitudeRange(String name, double minM, double maxM) {

    public AltitudeRange {
        if (!(minM > 0 && maxM > minM && Double.isFinite(maxM))) {
            throw new IllegalArgumentException("altitude range needs 0 < min < max, found " + minM + ".." + maxM);
        }
    }

    /** Whether the altitude lies within the range (NaN does not). */
    public boolean contains(double altitudeM) {
        return altitudeM >= minM && altitudeM <= maxM;
    }

    /** The range for a message, e.g. "160 km to 2,000 km (LEO)". */
    public String describe() {
        return String.format(Locale.ROOT, "%,.0f km to %,.0f km (%s)", minM / 1000, maxM / 1000, name);
    }
}
