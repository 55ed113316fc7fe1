package io.orbitdc.core.sizing;

/**
 * A low / central / high estimate of one quantity, low ≤ central ≤ high. Used for the dose, the
 * single-event rates and the TID margin, whose spread comes from the radiation-model uncertainty
 * (docs/models/radiation-dose.md).
 *
 * @param low     low end of the band
 * @param central the value the rest of the pipeline uses by default
 * @param high    high end of the band
 */
public record Band(double low, double central, double high) {
    public Band {
        Bounds.finite("band low", low);
        Bounds.finite("band central", central);
        Bounds.finite("band high", high);
        if (low > central || central > high) {
            throw new IllegalArgumentException("band must satisfy low <= central <= high, found "
                    + low + ", " + central + ", " + high);
        }
    }

    /** The band scaled by a non-negative factor (e.g. years, or 1 / rad per event). */
    public Band times(double factor) {
        Bounds.nonNegative("band scale factor", factor);
        return new Band(low * factor, central * factor, high * factor);
    }

    /** Whether a value lies inside the band, ends included. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
