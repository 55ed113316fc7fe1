package io.orbitdc.core.verdict;

import io.orbitdc.core.study.Study;
import java.util.List;

/**
 * The user's study with {@code PATH=VALUE} overrides applied (the {@code --set} mechanism), for the
 * presets. A bad override surfaces as the loader's located {@link io.orbitdc.core.InputException}.
 */
@FunctionalInterface
public interface ScenarioVariants {
    Study with(List<String> overrides);
}
