package io.orbitdc.core.sweep;

import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.ScenarioSource;
import io.orbitdc.core.study.ShippedCatalogs;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * A sweep as plain text: the sweep file's name, text and directory, and the base scenario as a
 * {@link ScenarioSource} (its text and the {@code --set} overrides of the base). Any JVM rebuilds
 * the identical {@link SweepPlan} from it with {@link #plan()} without the files being there (a
 * Spark executor on another machine), so that a point id names the same scenario wherever it
 * runs. Only strings travel: engines and plans are rebuilt, never serialised.
 *
 * @param sweepFile the sweep file's name as given (used in messages, like the local run)
 * @param sweepDir  the sweep file's absolute directory (resolves {@code base} to the same name)
 */
public record SweepSource(String sweepFile, String sweepText, String sweepDir, ScenarioSource base) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sweep {@code spec} (read from its file) with its base scenario's text read now. */
    public static SweepSource of(SweepSpec spec, Overrides baseOverrides) {
        Path dir = Path.of(spec.file()).toAbsolutePath().getParent();
        return new SweepSource(spec.file(), spec.text(), dir == null ? "." : dir.toString(),
                ScenarioSource.read(spec.base(), baseOverrides));
    }

    /** The plan, rebuilt from the texts over the shipped catalogs: the same points as the local run's. */
    public SweepPlan plan() {
        SweepSpec spec = SweepFileReader.parse(sweepFile, sweepText, Path.of(sweepDir), false);
        return SweepPlan.create(spec, base.document(), ShippedCatalogs.load(), base.overrides());
    }
}
