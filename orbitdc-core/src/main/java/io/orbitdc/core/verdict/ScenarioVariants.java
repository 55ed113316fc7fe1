package io.orbitdc.core.verdict;

import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.Study;
import java.nio.file.Path;
import java.util.List;

/**
 * The user's study with {@code PATH=VALUE} overrides applied (the {@code --set} mechanism), for the
 * presets. A bad override surfaces as the loader's located {@link io.orbitdc.core.InputException}.
 */
@FunctionalInterface
public interface ScenarioVariants {
    Study with(List<String> overrides);

    /**
     * Variants of {@code file} as the user loaded it ({@code base}: their own {@code --set}s), each
     * preset's overrides applied after the user's, so that a preset's value wins where both set a field.
     */
    static ScenarioVariants of(Path file, Overrides base) {
        return overrides -> Study.load(file, base.with(Overrides.parse(overrides)));
    }
}
