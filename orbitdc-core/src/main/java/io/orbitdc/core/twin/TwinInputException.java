package io.orbitdc.core.twin;

import io.orbitdc.core.InputException;

/** A twin input outside its valid range; the message says what was found and what was expected. */
public class TwinInputException extends InputException {
    private static final long serialVersionUID = 1L;

    public TwinInputException(String message) {
        super(message);
    }
}
