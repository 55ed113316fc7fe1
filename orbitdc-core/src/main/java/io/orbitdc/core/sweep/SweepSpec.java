package io.orbitdc.core.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A sweep file as read (docs/sweeps.md, DESIGN.md "Sweep file (v1)"): the base scenario (resolved
 * against the sweep file's directory), the stages run at every point, the axes, the optional random
 * design, and the simulate stage's own span and step (scenario text, e.g. {@code 1 d}, {@code 60 s}).
 * {@code text} is the sweep file's content, which identifies the sweep for resuming.
 */
public record SweepSpec(String file, String text, Path base, List<Stage> stages, List<Axis> axes,
                        Optional<RandomSpec> random, Optional<String> simulateDuration, Optional<String> simulateStep) {

    public SweepSpec {
        stages = List.copyOf(stages);
        axes = List.copyOf(axes);
    }

    /**
     * The same sweep over the base scenario kept at {@code file} (a server keeps the base's text
     * beside the job; {@link SweepStore} fingerprints the bytes there to resume).
     */
    public SweepSpec withBase(Path file) {
        return new SweepSpec(this.file, text, file, stages, axes, random, simulateDuration, simulateStep);
    }

    /**
     * The random part as written: draws, method, seed, whether the catalog's graded inputs are
     * uncertain, the spread per grade, and per-field spreads (path to relative spread).
     */
    public record RandomSpec(int draws, RandomDesign.Method method, long seed, boolean catalog, GradeSpreads grades,
                             java.util.Map<String, Double> fieldSpreads, io.orbitdc.core.scenario.yaml.Location location) {
        public RandomSpec {
            fieldSpreads = java.util.Map.copyOf(fieldSpreads);
        }
    }
}
