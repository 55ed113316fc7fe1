package io.orbitdc.core.sweep;

import io.orbitdc.core.InputException;
import io.orbitdc.core.InputLocation;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.study.ShippedCatalogs;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as plain text: the sweep file's name, text and directory, the base scenario's name and
 * text, and the {@code --set} overrides of the base. Any JVM rebuilds the identical
 * {@link SweepPlan} from it with {@link #plan()} without the files being there (a Spark executor
 * on another machine), so that a point id names the same scenario wherever it runs. Only strings
 * travel: engines and plans are rebuilt, never serialised.
 *
 * @param sweepFile      the sweep file's name as given (used in messages, like the local run)
 * @param sweepDir       the sweep file's absolute directory (resolves {@code base} to the same name)
 * @param baseFile       the base scenario's resolved name (used in messages)
 * @param overridePaths  the {@code --set} paths, in order
 * @param overrideValues the {@code --set} values, one per path
 */
public record SweepSource(String sweepFile, String sweepText, String sweepDir, String baseFile, String baseText,
                          List<String> overridePaths, List<String> overrideValues) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SweepSource {
        overridePaths = List.copyOf(overridePaths);
        overrideValues = List.copyOf(overrideValues);
        if (overridePaths.size() != overrideValues.size()) {
            throw new IllegalArgumentException("one value per override path");
        }
    }

    /** The sweep {@code spec} (read from its file) with its base scenario's text read now. */
    public static SweepSource of(SweepSpec spec, Overrides baseOverrides) {
        String baseText;
        try {
            baseText = new String(Files.readAllBytes(spec.base()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputLocation(spec.file(), 0, 0, ""), "base " + spec.base()
                    + " cannot be read (" + e.getMessage() + "); expected a readable scenario file");
        }
        Path dir = Path.of(spec.file()).toAbsolutePath().getParent();
        List<String> paths = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Overrides.Assignment a : baseOverrides.assignments()) {
            paths.add(a.path());
            values.add(a.value());
        }
        return new SweepSource(spec.file(), spec.text(), dir == null ? "." : dir.toString(), spec.base().toString(),
                baseText, paths, values);
    }

    /** The {@code --set} overrides of the base. */
    public Overrides overrides() {
        List<Overrides.Assignment> list = new ArrayList<>();
        for (int i = 0; i < overridePaths.size(); i++) {
            list.add(new Overrides.Assignment(overridePaths.get(i), overrideValues.get(i)));
        }
        return Overrides.of(list);
    }

    /** The plan, rebuilt from the texts over the shipped catalogs: the same points as the local run's. */
    public SweepPlan plan() {
        SweepSpec spec = SweepFileReader.parse(sweepFile, sweepText, Path.of(sweepDir), false);
        Path base = Path.of(baseFile);
        Path baseDir = base.toAbsolutePath().getParent();
        return SweepPlan.create(spec, ScenarioLoader.document(baseFile, baseText, baseDir == null ? Path.of(".") : baseDir),
                ShippedCatalogs.load(), overrides());
    }
}
