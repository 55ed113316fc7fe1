package io.orbitdc.core.launch;

import io.orbitdc.core.InputException;

/**
 * No plan exists for a launch request (no allowed vehicle can lift the satellite to its orbit,
 * or the filters leave no vehicle). The message says what was found and what would make the
 * request feasible.
 */
public final class InfeasibleLaunchException extends InputException {
    private static final long serialVersionUID = 1L;

    public InfeasibleLaunchException(String message) {
        super(message);
    }
}
