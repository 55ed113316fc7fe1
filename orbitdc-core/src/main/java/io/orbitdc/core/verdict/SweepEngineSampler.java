package io.orbitdc.core.verdict;

import io.orbitdc.core.InputException;
import io.orbitdc.core.economics.CostSide;
import io.orbitdc.core.economics.CostStudyInputs;
import io.orbitdc.core.economics.Financing;
import io.orbitdc.core.economics.GroundCostModel;
import io.orbitdc.core.economics.SpaceCostModel;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.yaml.Location;
import io.orbitdc.core.study.CostStage;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.sweep.Axis;
import io.orbitdc.core.sweep.AxisValue;
import io.orbitdc.core.sweep.GradeSpreads;
import io.orbitdc.core.sweep.RandomDesign;
import io.orbitdc.core.sweep.Stage;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepPoint;
import io.orbitdc.core.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict's default sample, through the sweep engine: a Latin hypercube over the scenario's
 * graded catalog inputs ({@code random: {uncertain: catalog}}: accelerator power and price, cell
 * efficiency, battery specific energy, radiator emissivity, the site's PUE, electricity price and
 * build cost — each re-sized, so the physics moves the mass and the cost), joined draw by draw with
 * a Latin hypercube over the cost inputs the catalog does not grade (launch price, platform cost,
 * failure rate, delivered fraction, time to power; {@link UncertainInput}). Each draw: the sweep
 * plan's point (its overrides on the user's file and {@code --set}s), sized and priced with the
 * cost stage's inputs and models. A draw the model refuses (an infeasible launch plan, a bound) is
 * left out and counted in the method note. Deterministic in the seed for any thread count.
 *
 * @param file    the scenario file
 * @param sets    the user's {@code --set} overrides, applied at every draw
 * @param draws   number of draws (at least 16)
 * @param seed    the seed of both designs
 * @param threads worker threads (results do not depend on it)
 */
public record SweepEngineSampler(Path file, Overrides sets, int draws, long seed, int threads) implements SampleSource {

    /** The cost inputs drawn here; the catalog's graded inputs cover accelerator price, PUE, electricity and capex. */
    static final List<UncertainInput> COST_INPUTS = List.of(UncertainInput.LAUNCH_PRICE, UncertainInput.SATELLITE_COST,
            UncertainInput.FAILURE_RATE, UncertainInput.DELIVERED_FRACTION, UncertainInput.TIME_TO_POWER);

    public SweepEngineSampler {
        SampleSource.checkSize(draws, threads);
    }

    @Override
    public Sample sample(Study study) {
        List<Axis> fixed = new ArrayList<>();
        for (Overrides.Assignment a : sets.assignments()) {
            // a --set is a one-value axis: the plan writes it into every point's scenario
            fixed.add(new Axis(a.path(), List.of(new AxisValue(a.value(), Double.NaN)), "", Location.OVERRIDE));
        }
        SweepSpec spec = new SweepSpec(file.toString(), "orbitdc verdict " + file, file, List.of(Stage.COST), fixed,
                Optional.of(new SweepSpec.RandomSpec(draws, RandomDesign.Method.LATIN_HYPERCUBE, seed, true,
                        GradeSpreads.defaults(), Map.of(), Location.NONE)), Optional.empty(), Optional.empty());
        SweepPlan plan = SweepPlan.create(spec);
        int catalog = plan.uncertain().size();
        int dims = catalog + COST_INPUTS.size();
        // the cost inputs' own design, from a seed derived from (not equal to) the plan's
        double[][] u = LatinHypercube.sample(draws, COST_INPUTS.size(), ~seed);
        double[][] x = new double[draws][dims];
        double[][] answers = new double[draws][];
        CostStage stage = new CostStage(study.catalogs());
        ParallelDraws.forEach(threads, draws, i -> {
            SweepPoint p = plan.point(i);
            System.arraycopy(p.drawn(), 0, x[i], 0, catalog);
            try {
                CostStudyInputs in = stage.studyInputs(plan.study(p).scenario());
                for (int j = 0; j < COST_INPUTS.size(); j++) {
                    UncertainInput c = COST_INPUTS.get(j);
                    double v = c.value(c.base(in), u[i][j]);
                    x[i][catalog + j] = v;
                    in = c.apply(in, v);
                }
                Financing f = new Financing(in.discountRate());
                CostSide sp = new SpaceCostModel(f).cost(in.space());
                CostSide gr = new GroundCostModel(f).cost(in.ground());
                answers[i] = new double[] {sp.usdPerGpuHour() / gr.usdPerGpuHour(), sp.usdPerGpuHour(),
                    gr.usdPerGpuHour(), sp.usdPerMwh(), gr.usdPerMwh()};
            } catch (InputException e) {
                answers[i] = null; // refused by the model at this draw: left out, counted below
            }
        });
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < draws; i++) {
            if (answers[i] != null) {
                ok.add(i);
            }
        }
        if (ok.size() < 2) {
            throw new InputException("every draw of the verdict's sample was refused by the model (" + (draws - ok.size())
                    + " of " + draws + "); check the scenario with 'orbitdc cost'");
        }
        int n = ok.size();
        double[][] xs = new double[n][];
        double[][] cols = new double[5][n];
        for (int k = 0; k < n; k++) {
            int i = ok.get(k);
            xs[k] = x[i];
            for (int c = 0; c < 5; c++) {
                cols[c][k] = answers[i][c];
            }
        }
        List<String> names = new ArrayList<>();
        plan.uncertain().forEach(in -> names.add(in.path() + " [" + in.grade().letter() + "]"));
        COST_INPUTS.forEach(c -> names.add(c.label()));
        return new Sample(names, xs, cols[0], cols[1], cols[2], cols[3], cols[4], String.format(Locale.ROOT,
                "sweep engine: Latin hypercube, %d draws (%d refused by the model), seed %d, over %d graded catalog"
                        + " inputs (re-sized at each draw) and %d cost inputs around the scenario's values",
                draws, draws - n, seed, catalog, COST_INPUTS.size()));
    }
}
