package io.orbitdc.core.scenario;

import io.orbitdc.core.scenario.yaml.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every error found while binding one scenario file, so that a user sees all of them
 * at once rather than one per run.
 */
public final class Diagnostics {

    /** Stop collecting after this many; a file this broken is not worth listing in full. */
    static final int MAX_ERRORS = 200;

    private final String file;
    private final List<ScenarioError> errors = new ArrayList<>();
    private final Map<String, Location> sources = new LinkedHashMap<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(Location location, String fieldPath, String message) {
        if (errors.size() < MAX_ERRORS) {
            // a value from --set has no place in the file: name the override instead
            errors.add(location.isOverride() ? new ScenarioError(Overrides.SOURCE, Location.NONE, fieldPath, message)
                    : new ScenarioError(file, location, fieldPath, message));
        }
    }

    /** Records where the file writes {@code fieldPath} (the first place wins). */
    public void source(String fieldPath, Location location) {
        if (location != null && (location.line() > 0 || location.isOverride())) {
            sources.putIfAbsent(fieldPath, location);
        }
    }

    /** Every field location recorded so far. */
    public SourceMap sourceMap(boolean usesShells) {
        return new SourceMap(file, sources, usesShells);
    }

    /** Errors collected so far, to tell whether reading one group added any. */
    int count() {
        return errors.size();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<ScenarioError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a {@link ScenarioException} carrying everything found, if anything was. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
    }
}
