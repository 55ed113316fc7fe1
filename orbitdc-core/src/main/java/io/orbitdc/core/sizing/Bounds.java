package io.orbitdc.core.sizing;

/** Range checks for sizing inputs; each failure says what was found and what was expected. */
final class Bounds {
    private Bounds() {
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new SizingInputException(name + " must be a finite number, found " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        finite(name, value);
        if (value <= 0.0) {
            throw new SizingInputException(name + " must be > 0, found " + value);
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        finite(name, value);
        if (value < 0.0) {
            throw new SizingInputException(name + " must be >= 0, found " + value);
        }
        return value;
    }

    /** Checks lo <= value <= hi. */
    static double within(String name, double value, double lo, double hi) {
        finite(name, value);
        if (value < lo || value > hi) {
            throw new SizingInputException(name + " must be in [" + lo + ", " + hi + "], found " + value);
        }
        return value;
    }

    /** Checks 0 < value <= 1, for efficiencies and fractions that may not be zero. */
    static double fraction(String name, double value) {
        finite(name, value);
        if (value <= 0.0 || value > 1.0) {
            throw new SizingInputException(name + " must be in (0, 1], found " + value);
        }
        return value;
    }
}
