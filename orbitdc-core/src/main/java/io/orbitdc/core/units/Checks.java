package io.orbitdc.core.units;

import io.orbitdc.core.InputException;
import java.util.function.Function;

/**
 * Range checks on model inputs, shared by every engine: each failure names the quantity, the value
 * found and the range expected, and is thrown as the engine's own {@link InputException} subclass
 * (made by the factory the engine passes), so a front end reports it as bad input and the stage that
 * mapped the scenario can locate it.
 */
public final class Checks {

    private final Function<String, ? extends InputException> failure;

    /** Checks that throw what {@code failure} makes from the message. */
    public Checks(Function<String, ? extends InputException> failure) {
        this.failure = failure;
    }

    public double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw failure.apply(name + " must be a finite number, found " + value);
        }
        return value;
    }

    public double positive(String name, double value) {
        finite(name, value);
        if (value <= 0.0) {
            throw failure.apply(name + " must be > 0, found " + value);
        }
        return value;
    }

    public double nonNegative(String name, double value) {
        finite(name, value);
        if (value < 0.0) {
            throw failure.apply(name + " must be >= 0, found " + value);
        }
        return value;
    }

    /** Checks lo <= value <= hi. */
    public double within(String name, double value, double lo, double hi) {
        finite(name, value);
        if (value < lo || value > hi) {
            throw failure.apply(name + " must be in [" + lo + ", " + hi + "], found " + value);
        }
        return value;
    }

    /** Checks 0 < value <= 1, for efficiencies and fractions that may not be zero. */
    public double fraction(String name, double value) {
        finite(name, value);
        if (value <= 0.0 || value > 1.0) {
            throw failure.apply(name + " must be in (0, 1], found " + value);
        }
        return value;
    }

    public int nonNegative(String name, int value) {
        if (value < 0) {
            throw failure.apply(name + " must be >= 0, found " + value);
        }
        return value;
    }

    public int positive(String name, int value) {
        if (value <= 0) {
            throw failure.apply(name + " must be > 0, found " + value);
        }
        return value;
    }
}
