package io.orbitdc.cli;

import io.orbitdc.core.InputException;

/**
 * A command-line option the user can fix (a bad --threads, an --out that is a file): exit code 2,
 * printed as {@code orbitdc: message}. Errors about scenario values come from the core as located
 * {@link InputException}s instead.
 */
final class BadInputException extends InputException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
