package io.orbitdc.cli;

import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.VerdictJson;
import io.orbitdc.core.report.VerdictText;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.verdict.CostInputSampler;
import io.orbitdc.core.verdict.ScenarioVariants;
import io.orbitdc.core.verdict.Verdict;
import io.orbitdc.core.report.VerdictReport;
import io.orbitdc.core.verdict.SampleSource;
import io.orbitdc.core.verdict.SweepEngineSampler;
import io.orbitdc.core.verdict.SweepResultsSample;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc verdict FILE}: the one-page answer — orbit vs ground $ per GPU-hour with P10/P50/P90
 * bands over the uncertain inputs, the probability that orbit is cheaper, the launch price at which
 * it flips, what moves it most, what binds, the published presets, carbon and water both sides.
 * The command parses options and prints; the verdict is built in core ({@link Verdict}).
 */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = "The one-page answer: orbit vs ground $/GPU-hour with uncertainty bands, the probability orbit"
                + " is cheaper, the flip launch price, the main drivers, the binding constraint, published presets,"
                + " carbon and water.")
final class VerdictCommand extends ReportCommand {

    static final int MAX_DRAWS = 1_000_000;

    @Option(names = "--draws", paramLabel = "N", description = "Latin-hypercube draws over the uncertain inputs"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "" + CostInputSampler.DEFAULT_DRAWS)
    int draws;

    @Option(names = "--sweep", paramLabel = "RESULTS_DIR", description = "Read the bands, probability and drivers from"
            + " an existing sweep's results (the --out directory of 'orbitdc sweep', with the cost stage) instead of"
            + " drawing a sample; FILE should be the sweep's base scenario.")
    Path sweep;

    @Option(names = "--uncertain", paramLabel = "all|cost", defaultValue = "all", description = "What the sample"
            + " draws: all (default: the sweep engine's graded catalog inputs, re-sized at each draw, plus the cost"
            + " inputs the catalog does not grade) or cost (the nine cost inputs only, at the scenario's sizing).")
    String uncertain;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the sample (default: the scenario's seed).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the sample (default: all cores)."
            + " Results do not depend on it.")
    Integer threadCount;

    @Override
    public Integer call() {
        if (draws < 16 || draws > MAX_DRAWS) {
            throw new BadInputException("--draws " + draws + ": expected 16 to " + MAX_DRAWS);
        }
        if (!uncertain.equals("all") && !uncertain.equals("cost")) {
            throw new BadInputException("--uncertain " + uncertain + ": expected all or cost");
        }
        int threads = threads(threadCount);
        Study study = spaceStudy("compare with the ground");
        long s = seed != null ? seed : study.scenario().seed();
        SampleSource source;
        if (sweep != null) {
            source = new SweepResultsSample(sweep);
        } else if (uncertain.equals("cost")) {
            source = new CostInputSampler(draws, s, threads);
        } else {
            source = new SweepEngineSampler(file, set.overrides(), draws, s, threads);
        }
        VerdictReport v = Verdict.of(study, source,
                Optional.of(ScenarioVariants.of(file, set.overrides())));
        return emit("verdict", JsonOutput.pretty(VerdictJson.of(v)), VerdictText.render(v));
    }
}
