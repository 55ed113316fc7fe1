package io.orbitdc.cli;

/** Input the user can fix (a bad option value, an infeasible request): exit code 2, no stack trace. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
