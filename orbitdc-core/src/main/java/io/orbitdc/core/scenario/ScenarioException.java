package io.orbitdc.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that is not valid: every error found, in file order. Maps to exit code 2. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(errors.stream().sorted().map(ScenarioError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one error");
        }
        this.errors = errors.stream().sorted().toList();
    }

    public List<ScenarioError> errors() {
        return errors;
    }
}
