package io.orbitdc.core.twin;

/** Range checks for twin inputs; each failure names the quantity, the value found and the range expected. */
final class InputRange {
    private InputRange() {
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new TwinInputException(name + " must be a finite number, found " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        finite(name, value);
        if (value <= 0.0) {
            throw new TwinInputException(name + " must be > 0, found " + value);
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        finite(name, value);
        if (value < 0.0) {
            throw new TwinInputException(name + " must be >= 0, found " + value);
        }
        return value;
    }

    /** Checks lo <= value <= hi. */
    static double within(String name, double value, double lo, double hi) {
        finite(name, value);
        if (value < lo || value > hi) {
            throw new TwinInputException(name + " must be in [" + lo + ", " + hi + "], found " + value);
        }
        return value;
    }

    /** Checks 0 < value <= 1, for efficiencies. */
    static double efficiency(String name, double value) {
        finite(name, value);
        if (value <= 0.0 || value > 1.0) {
            throw new TwinInputException(name + " must be in (0, 1], found " + value);
        }
        return value;
    }

    static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new TwinInputException(name + " must be >= 0, found " + value);
        }
        return value;
    }

    static int positive(String name, int value) {
        if (value <= 0) {
            throw new TwinInputException(name + " must be > 0, found " + value);
        }
        return value;
    }
}
