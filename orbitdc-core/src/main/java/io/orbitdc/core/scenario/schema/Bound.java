package io.orbitdc.core.scenario.schema;

/**
 * A physical limit on a numeric field, with the reason a user is told when a value breaks it
 * (e.g. altitude at least 160 km: "below that, drag brings a satellite down within days").
 * Limits are in SI units; {@code minInclusive}/{@code maxInclusive} say whether the end is allowed.
 */
public record Bound(double min, boolean minInclusive, double max, boolean maxInclusive, String reason) {

    public static Bound atLeast(double min, String reason) {
        return new Bound(min, true, Double.POSITIVE_INFINITY, true, reason);
    }

    public static Bound above(double min, String reason) {
        return new Bound(min, false, Double.POSITIVE_INFINITY, true, reason);
    }

    public static Bound between(double min, double max, String reason) {
        return new Bound(min, true, max, true, reason);
    }

    /** A fraction in (0, 1]: zero would be meaningless, above one impossible. */
    public static Bound fractionAboveZero(String reason) {
        return new Bound(0, false, 1, true, reason);
    }

    /** A fraction in [0, 1). */
    public static Bound fractionBelowOne(String reason) {
        return new Bound(0, true, 1, false, reason);
    }

    public boolean admits(double value) {
        boolean lowOk = minInclusive ? value >= min : value > min;
        boolean highOk = maxInclusive ? value <= max : value < max;
        return lowOk && highOk;
    }
}
