package io.orbitdc.core.report.db;

import io.orbitdc.core.InputException;

/** A results file could not be written, read or exported; the message names the file. */
public final class ResultsFileException extends InputException {
    private static final long serialVersionUID = 1L;

    public ResultsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
