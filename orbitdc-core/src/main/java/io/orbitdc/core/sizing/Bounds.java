package io.orbitdc.core.sizing;

import io.orbitdc.core.units.Checks;

/** Range checks for sizing inputs: the shared {@link Checks}, failing as {@link SizingInputException}. */
final class Bounds {
    private static final Checks CHECKS = new Checks(SizingInputException::new);

    private Bounds() {
    }

    static double finite(String name, double value) {
        return CHECKS.finite(name, value);
    }

    static double positive(String name, double value) {
        return CHECKS.positive(name, value);
    }

    static double nonNegative(String name, double value) {
        return CHECKS.nonNegative(name, value);
    }

    /** Checks lo <= value <= hi. */
    static double within(String name, double value, double lo, double hi) {
        return CHECKS.within(name, value, lo, hi);
    }

    /** Checks 0 < value <= 1, for efficiencies and fractions that may not be zero. */
    static double fraction(String name, double value) {
        return CHECKS.fraction(name, value);
    }
}
