package io.orbitdc.core.study;

import io.orbitdc.core.scenario.yaml.Location;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.scenario.yaml.YamlSyntaxException;
import io.orbitdc.core.scenario.yaml.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a field stands in a scenario file, for a stage that finds a problem the schema cannot
 * (a missing price matters only to {@code cost}). The validated {@code Scenario} carries no
 * locations, so the file is read again; a scenario that did not come from a readable file (an
 * HTTP body, a field missing from the file) gets {@link Location#NONE}, never an exception.
 */
final class ScenarioFieldLocation {

    private ScenarioFieldLocation() {
    }

    /** The location of the value at a dotted path (e.g. {@code satellite.accelerator}) in {@code file}. */
    static Location of(String file, String dottedPath) {
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                return Location.NONE;
            }
            YamlNode node = new YamlTreeReader().read(Files.readString(path, StandardCharsets.UTF_8));
            for (String key : dottedPath.split("\\.")) {
                if (!(node instanceof YamlNode.Mapping m) || !m.entries().containsKey(key)) {
                    return Location.NONE;
                }
                node = m.entries().get(key).value();
            }
            return node.location();
        } catch (java.io.IOException | YamlSyntaxException | InvalidPathException e) {
            // the message is still printed, with the file name and without a line
            return Location.NONE;
        }
    }
}
