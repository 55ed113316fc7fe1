package io.orbitdc.core.scenario;

import io.orbitdc.core.scenario.yaml.YamlNode;
import java.nio.file.Path;

/**
 * A scenario file read and parsed as YAML but not yet bound: its name (for messages), its tree with
 * locations, and the directory that relative paths in it are resolved against. Binding it with
 * different {@link Overrides} ({@link ScenarioLoader#bind}) gives the scenarios of a sweep without
 * re-reading the file.
 */
public record ScenarioDocument(String fileName, YamlNode root, Path baseDir) {
}
