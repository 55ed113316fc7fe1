package io.orbitdc.core.study;

import io.orbitdc.core.InputException;
import io.orbitdc.core.InputLocation;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.ScenarioDocument;
import io.orbitdc.core.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario as plain text: its file name, text and directory, and the {@code --set} overrides.
 * Any JVM rebuilds the identical {@link Study} from it with {@link #study()} without the file
 * being there (a Spark executor on another machine); only these strings travel, never engines.
 * A scenario that names other files (a TLE file) needs them at the same path on every machine.
 *
 * @param file           the file name as given (used in messages, like a local run)
 * @param dir            the file's absolute directory (resolves the paths the scenario names)
 * @param overridePaths  the {@code --set} paths, in order
 * @param overrideValues the {@code --set} values, one per path
 */
public record ScenarioSource(String file, String text, String dir, List<String> overridePaths,
                             List<String> overrideValues) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ScenarioSource {
        overridePaths = List.copyOf(overridePaths);
        overrideValues = List.copyOf(overrideValues);
        if (overridePaths.size() != overrideValues.size()) {
            throw new IllegalArgumentException("one value per override path");
        }
    }

    /** The scenario file's text, read now, with {@code overrides}; an unreadable file is a located error. */
    public static ScenarioSource read(Path file, Overrides overrides) {
        ScenarioLoader.read(file); // the file's own located errors (missing, not UTF-8, not YAML) first
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputLocation(file.toString(), 0, 0, ""), "cannot be read (" + e.getMessage()
                    + "); expected a readable scenario file");
        }
        Path dir = file.toAbsolutePath().getParent();
        List<String> paths = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Overrides.Assignment a : overrides.assignments()) {
            paths.add(a.path());
            values.add(a.value());
        }
        return new ScenarioSource(file.toString(), text, dir == null ? "." : dir.toString(), paths, values);
    }

    /** The parsed document, as {@link ScenarioLoader#read} gives it for the file. */
    public ScenarioDocument document() {
        return ScenarioLoader.document(file, text, Path.of(dir));
    }

    /** The {@code --set} overrides. */
    public Overrides overrides() {
        List<Overrides.Assignment> list = new ArrayList<>();
        for (int i = 0; i < overridePaths.size(); i++) {
            list.add(new Overrides.Assignment(overridePaths.get(i), overrideValues.get(i)));
        }
        return Overrides.of(list);
    }

    /** The study over the shipped catalogs, the same as {@link Study#load(Path, Overrides)} of the file. */
    public Study study() {
        return Study.ofText(document(), text, ShippedCatalogs.load(), overrides());
    }
}
