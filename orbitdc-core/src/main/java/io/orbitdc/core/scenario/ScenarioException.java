package io.orbitdc.core.scenario;

import io.orbitdc.core.InputException;
import io.orbitdc.core.InputLocation;
import java.util.List;
import java.util.stream.Collectors;

/** A scenario that is not valid: every error found, in file order. Maps to exit code 2. */
public final class ScenarioException extends InputException {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(first(errors), errors.isEmpty() ? "" : errors.stream().sorted().findFirst().get().message());
        this.errors = errors.stream().sorted().toList();
    }

    private static InputLocation first(List<ScenarioError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one error");
        }
        return errors.stream().sorted().findFirst().get().inputLocation();
    }

    public List<ScenarioError> errors() {
        return errors;
    }

    /** Every error of the file, in file order. */
    @Override
    public String getMessage() {
        return errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public List<String> lines() {
        return errors.stream().map(ScenarioError::toString).toList();
    }
}
