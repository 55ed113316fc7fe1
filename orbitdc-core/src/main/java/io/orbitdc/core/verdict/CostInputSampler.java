package io.orbitdc.core.verdict;

import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.CostStudyInputs;
import io.orbitdc.core.economics.Financing;
import io.orbitdc.core.economics.GroundCostModel;
import io.orbitdc.core.economics.SpaceCostModel;
import io.orbitdc.core.study.CostStage;
import io.orbitdc.core.study.Study;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict's own Monte Carlo: a Latin hypercube over {@link UncertainInput}, each draw priced
 * with the cost stage's models at the scenario's sizing. The design is drawn sequentially from the
 * seed before any evaluation, and each draw's answer is written at its own index, so the sample is
 * the same for any thread count.
 *
 * @param draws   number of draws (at least 16)
 * @param seed    the design's seed
 * @param threads worker threads for the evaluations (results do not depend on it)
 */
public record CostInputSampler(int draws, long seed, int threads) implements SampleSource {

    public static final int DEFAULT_DRAWS = 1024;

    public CostInputSampler {
        SampleSource.checkSize(draws, threads);
    }

    @Override
    public Sample sample(Study study) {
        CostStudyInputs base = new CostStage(study.catalogs()).studyInputs(study.scenario());
        UncertainInput[] inputs = UncertainInput.values();
        double[] baseValues = new double[inputs.length];
        for (int j = 0; j < inputs.length; j++) {
            baseValues[j] = inputs[j].base(base);
        }
        double[][] u = LatinHypercube.sample(draws, inputs.length, seed);
        double[][] x = new double[draws][inputs.length];
        for (int i = 0; i < draws; i++) {
            for (int j = 0; j < inputs.length; j++) {
                x[i][j] = inputs[j].value(baseValues[j], u[i][j]);
            }
        }
        double[] ratio = new double[draws];
        double[] space = new double[draws];
        double[] ground = new double[draws];
        double[] spaceMwh = new double[draws];
        double[] groundMwh = new double[draws];
        ParallelDraws.forEach(threads, draws, i -> {
            CostStudyInputs in = base;
            for (int j = 0; j < inputs.length; j++) {
                in = inputs[j].apply(in, x[i][j]);
            }
            Financing f = new Financing(in.discountRate());
            CostSide sp = new SpaceCostModel(f).cost(in.space());
            CostSide gr = new GroundCostModel(f).cost(in.ground());
            space[i] = sp.usdPerGpuHour();
            ground[i] = gr.usdPerGpuHour();
            spaceMwh[i] = sp.usdPerMwh();
            groundMwh[i] = gr.usdPerMwh();
            ratio[i] = space[i] / ground[i];
        });
        List<String> names = new ArrayList<>();
        for (UncertainInput in : inputs) {
            names.add(in.label());
        }
        return new Sample(names, x, ratio, space, ground, spaceMwh, groundMwh, String.format(java.util.Locale.ROOT,
                "Latin hypercube, %d draws, seed %d, over %d cost inputs around the scenario's values", draws, seed,
                inputs.length));
    }
}
