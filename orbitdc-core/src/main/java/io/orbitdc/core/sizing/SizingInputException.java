package io.orbitdc.core.sizing;

import io.orbitdc.core.InputException;

/**
 * Thrown when a sizing input is outside the range the closed-form models accept. The message
 * names the field, the value found and the range expected.
 */
public class SizingInputException extends InputException {
    private static final long serialVersionUID = 1L;

    public SizingInputException(String message) {
        super(message);
    }
}
