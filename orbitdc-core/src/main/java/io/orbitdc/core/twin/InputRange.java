package io.orbitdc.core.twin;

import io.orbitdc.core.units.Checks;

/** Range checks for twin inputs: the shared {@link Checks}, failing as {@link TwinInputException}. */
final class InputRange {
    private static final Checks CHECKS = new Checks(TwinInputException::new);

    private InputRange() {
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

    /** Checks 0 < value <= 1, for efficiencies. */
    static double efficiency(String name, double value) {
        return CHECKS.fraction(name, value);
    }

    static int nonNegative(String name, int value) {
        return CHECKS.nonNegative(name, value);
    }

    static int positive(String name, int value) {
        return CHECKS.positive(name, value);
    }
}
