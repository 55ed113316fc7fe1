package io.orbitdc.core.sweep;

import io.orbitdc.core.InputException;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioDocument;
import io.orbitdc.core.scenario.ScenarioError;
import io.orbitdc.core.scenario.ScenarioException;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.scenario.schema.Suggestions;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.study.Study;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.special.Erf;

/**
 * The numbered points of a sweep. Point ids run 0 … {@link #size()}−1 over the cartesian product of
 * the axes (the last axis varying fastest) times the random draws (fastest of all), so an id names
 * the same scenario for a given sweep file whatever runs it. {@link #point(long)} builds any point
 * on demand: nothing is held per point, so the plan's memory does not grow with the sweep.
 *
 * <p>Randomness: the point's scenario {@code seed} is {@code mix(sweepSeed, id)}; the uncertain
 * inputs of draw {@code d} depend only on (sweepSeed, input, d), so every grid point sees the same
 * draws (common random numbers). A Latin hypercube permutes the {@code draws} strata of each input
 * once, from the sweep seed. Nothing depends on the order points are run in, nor on threads.
 */
public final class SweepPlan {

    private final SweepSpec spec;
    private final ShippedCatalogs catalogs;
    private final ScenarioDocument base;
    private final Scenario baseScenario;
    private final List<Axis> axes;
    private final RandomDesign random; // null without a random part
    private final int[][] strata;      // [input][draw] -> stratum, Latin hypercube only
    private final Overrides fixed;     // the same at every point (simulate span, inline accelerator)
    private final long seed;
    private final long size;

    private SweepPlan(SweepSpec spec, ShippedCatalogs catalogs, ScenarioDocument base, Scenario baseScenario,
                      RandomDesign random, Overrides fixed) {
        this.spec = spec;
        this.catalogs = catalogs;
        this.base = base;
        this.baseScenario = baseScenario;
        this.axes = spec.axes();
        this.random = random;
        this.fixed = fixed;
        this.seed = random != null ? random.seed() : baseScenario.seed();
        long n = 1;
        for (Axis a : axes) {
            n = Math.multiplyExact(n, a.values().size());
        }
        this.size = Math.multiplyExact(n, random == null ? 1 : random.draws());
        this.strata = random != null && random.method() == RandomDesign.Method.LATIN_HYPERCUBE ? strata(random) : null;
    }

    /** The plan of {@code spec} over the shipped catalogs: reads the base once and checks every axis against it. */
    public static SweepPlan create(SweepSpec spec) {
        return create(spec, ShippedCatalogs.load());
    }

    public static SweepPlan create(SweepSpec spec, ShippedCatalogs catalogs) {
        return create(spec, catalogs, Overrides.none());
    }

    /**
     * The plan of {@code spec} with {@code baseOverrides} ({@code orbitdc sweep --set ...}) applied to
     * the base scenario at every point, before the axes and draws.
     */
    public static SweepPlan create(SweepSpec spec, ShippedCatalogs catalogs, Overrides baseOverrides) {
        return create(spec, ScenarioLoader.read(spec.base()), catalogs, baseOverrides);
    }

    /** The plan of {@code spec} over a base scenario already read (from its file, or from text: {@link SweepSource}). */
    public static SweepPlan create(SweepSpec spec, ScenarioDocument doc, ShippedCatalogs catalogs, Overrides baseOverrides) {
        ScenarioLoader loader = new ScenarioLoader(catalogs);
        Scenario scenario = loader.bind(doc, baseOverrides);
        Overrides fixed = baseOverrides;
        if (spec.simulateDuration().isPresent()) {
            fixed = fixed.with("duration", spec.simulateDuration().get());
        }
        if (spec.simulateStep().isPresent()) {
            fixed = fixed.with("step", spec.simulateStep().get());
        }
        RandomDesign random = null;
        if (spec.random().isPresent()) {
            SweepSpec.RandomSpec r = spec.random().get();
            List<UncertainInput> inputs = new ArrayList<>(r.catalog()
                    ? CatalogUncertainty.of(scenario, catalogs.hardware(), r.grades()) : List.of());
            List<ScenarioError> errors = new ArrayList<>();
            List<String> known = inputs.stream().map(UncertainInput::path).toList();
            for (Map.Entry<String, Double> f : r.fieldSpreads().entrySet()) {
                int i = known.indexOf(f.getKey());
                if (i < 0) {
                    errors.add(new ScenarioError(spec.file(), r.location(), "random.fields." + f.getKey(),
                            "not an uncertain catalog input of this base scenario; " + Suggestions.closest(f.getKey(), known)
                                    .map(n -> "did you mean '" + n + "'?").orElse("expected one of " + String.join(", ", known))));
                } else {
                    inputs.set(i, inputs.get(i).withSpread(f.getValue()));
                }
            }
            if (!errors.isEmpty()) {
                throw new ScenarioException(errors);
            }
            random = new RandomDesign(r.draws(), r.method(), r.seed(), inputs);
            if (inputs.stream().anyMatch(u -> u.path().startsWith("satellite.accelerator."))
                    && acceleratorIsAnId(doc) && scenario.satellite().isPresent()) {
                // a catalog id cannot take fields: start an inline accelerator from it
                fixed = fixed.with("satellite.accelerator", "{base: " + scenario.satellite().get().accelerator().id() + "}");
            }
        }
        SweepPlan plan = new SweepPlan(spec, catalogs, doc, scenario, random, fixed);
        plan.checkAxes();
        return plan;
    }

    private static boolean acceleratorIsAnId(ScenarioDocument doc) {
        if (doc.root() instanceof YamlNode.Mapping m && m.entries().get("satellite") != null
                && m.entries().get("satellite").value() instanceof YamlNode.Mapping sat) {
            YamlNode.Entry acc = sat.entries().get("accelerator");
            return acc == null || acc.value() instanceof YamlNode.Scalar;
        }
        return true;
    }

    /** Binds the base with each axis' first and last value, so a bad path or unit fails at the axis, once. */
    private void checkAxes() {
        List<ScenarioError> errors = new ArrayList<>();
        ScenarioLoader loader = new ScenarioLoader(catalogs);
        for (int i = 0; i < axes.size(); i++) {
            Axis a = axes.get(i);
            for (AxisValue v : List.of(a.values().get(0), a.values().get(a.values().size() - 1))) {
                try {
                    loader.bind(base, fixed.with(a.path(), v.text()));
                } catch (InputException e) {
                    errors.add(new ScenarioError(spec.file(), a.location(), "axes[" + i + "]",
                            "value '" + v.text() + "' for " + a.path() + ": " + e.reason() + firstMore(e)));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
    }

    private static String firstMore(InputException e) {
        return e instanceof ScenarioException s && s.errors().size() > 1 ? " (and " + (s.errors().size() - 1) + " more)" : "";
    }

    public SweepSpec spec() {
        return spec;
    }

    public List<Axis> axes() {
        return axes;
    }

    /** The overrides every point shares (--set on the base, the simulate span, an inline accelerator). */
    public Overrides fixedOverrides() {
        return fixed;
    }

    /** The uncertain inputs drawn (empty without a random design). */
    public List<UncertainInput> uncertain() {
        return random == null ? List.of() : random.inputs();
    }

    public int draws() {
        return random == null ? 1 : random.draws();
    }

    /** Number of points. */
    public long size() {
        return size;
    }

    /** The sweep seed: {@code random.seed}, else the base scenario's seed. */
    public long seed() {
        return seed;
    }

    public Scenario baseScenario() {
        return baseScenario;
    }

    /** The study of point {@code id}'s scenario, through the one Study API. */
    public Study study(SweepPoint p) {
        return Study.of(base, catalogs, p.overrides());
    }

    /** Point {@code id}: its axis values, draws, seed and overrides. */
    public SweepPoint point(long id) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException("point " + id + " outside 0.." + (size - 1));
        }
        int draw = (int) (id % draws());
        long rest = id / draws();
        AxisValue[] values = new AxisValue[axes.size()];
        for (int i = axes.size() - 1; i >= 0; i--) {
            int n = axes.get(i).values().size();
            values[i] = axes.get(i).values().get((int) (rest % n));
            rest /= n;
        }
        long pointSeed = mix(seed, id) & 0x7fffffffL; // a scenario seed is a non-negative whole number
        Overrides o = fixed.with("seed", Long.toString(pointSeed));
        for (int i = 0; i < axes.size(); i++) {
            o = o.with(axes.get(i).path(), values[i].text());
        }
        double[] drawn = new double[uncertain().size()];
        for (int j = 0; j < drawn.length; j++) {
            UncertainInput u = random.inputs().get(j);
            drawn[j] = u.valueAt(normalQuantile(unit(j, draw)));
            o = o.with(u.path(), u.text(drawn[j]));
        }
        return new SweepPoint(id, List.of(values), drawn, pointSeed, o);
    }

    /** The uniform (0,1) sample of input {@code j} in draw {@code d}. */
    private double unit(int j, int d) {
        double jitter = new SplittableRandom(mix(mix(random.seed(), j + 1), d)).nextDouble();
        double u = strata == null ? jitter : (strata[j][d] + jitter) / random.draws();
        return Math.min(Math.max(u, 1e-12), 1 - 1e-12);
    }

    private static int[][] strata(RandomDesign r) {
        int[][] out = new int[r.inputs().size()][];
        for (int j = 0; j < out.length; j++) {
            int[] perm = new int[r.draws()];
            for (int i = 0; i < perm.length; i++) {
                perm[i] = i;
            }
            SplittableRandom rng = new SplittableRandom(mix(r.seed(), -(j + 1)));
            for (int i = perm.length - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            out[j] = perm;
        }
        return out;
    }

    /** Standard normal quantile. */
    static double normalQuantile(double u) {
        return Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }

    /** SplitMix64 finaliser of (a, b): a well-spread 64-bit hash, the same on every JVM. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
