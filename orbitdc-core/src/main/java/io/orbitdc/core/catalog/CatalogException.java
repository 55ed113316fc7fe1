package io.orbitdc.core.catalog;

import io.orbitdc.core.InputException;

/** A catalog data file that cannot be read or holds a bad value; the message names file, line and column. */
public final class CatalogException extends InputException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
