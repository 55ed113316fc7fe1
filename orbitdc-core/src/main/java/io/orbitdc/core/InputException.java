package io.orbitdc.core;

import java.util.List;
import java.util.Optional;

/**
 * The root of every error caused by what a user gave — a scenario field, a referenced file, a
 * command-line option — as opposed to a defect of orbitdc. Front ends map it to "bad input"
 * (exit code 2 on the command line) in one place, and print {@link #lines()}.
 *
 * <p>An engine that rejects a value throws a subclass ({@code SizingInputException},
 * {@code TwinInputException}, …) without knowing where the value came from; the stage that mapped
 * the scenario onto the engine attaches the scenario location with {@link #at(InputLocation)}, so the
 * user reads {@code FILE:LINE:COL field: message}. It extends {@link IllegalArgumentException}
 * because it is one: an argument that came from outside and is not acceptable.
 */
public class InputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient InputLocation location;
    private final String reason;

    /** A bad input whose scenario location is not known (yet). */
    public InputException(String reason) {
        this(null, reason, null);
    }

    public InputException(String reason, Throwable cause) {
        this(null, reason, cause);
    }

    /** A bad input at a known place in a scenario file. */
    public InputException(InputLocation location, String reason) {
        this(location, reason, null);
    }

    public InputException(InputLocation location, String reason, Throwable cause) {
        super(location == null ? reason : location.prefix() + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    /** Where the bad value is, when known. */
    public Optional<InputLocation> location() {
        return Optional.ofNullable(location);
    }

    /** What is wrong and what was expected, without the location. */
    public String reason() {
        return reason;
    }

    /**
     * This error located at {@code where}: itself when it already carries a location (the
     * innermost stage that knew the field wins), else a located copy with this one as its cause.
     */
    public InputException at(InputLocation where) {
        return location != null || where == null ? this : new InputException(where, reason, this);
    }

    /** One line per problem, each {@code FILE:LINE:COL field: message} when located. */
    public List<String> lines() {
        return List.of(getMessage());
    }
}
