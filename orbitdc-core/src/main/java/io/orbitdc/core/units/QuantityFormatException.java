package io.orbitdc.core.units;

import io.orbitdc.core.InputException;

/**
 * A text that is not a valid quantity of the expected dimension. The message quotes the input and says
 * what was expected, e.g. {@code '700 W' is a power, not a length; expected e.g. '650 km'}.
 */
public final class QuantityFormatException extends InputException {
    private static final long serialVersionUID = 1L;

    public QuantityFormatException(String message) {
        super(message);
    }
}
