package io.orbitdc.core.sweep;

import io.orbitdc.core.catalog.Confidence;
import io.orbitdc.core.scenario.Diagnostics;
import io.orbitdc.core.scenario.ScenarioError;
import io.orbitdc.core.scenario.ScenarioException;
import io.orbitdc.core.scenario.schema.Suggestions;
import io.orbitdc.core.scenario.yaml.Location;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.scenario.yaml.YamlSyntaxException;
import io.orbitdc.core.scenario.yaml.YamlTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sweep file into a {@link SweepSpec}. Every problem is reported like a scenario's:
 * {@code FILE:LINE:COL field: found …; expected …}, all at once, as a {@link ScenarioException}
 * (exit code 2). Whether an axis' path and values suit the base scenario is checked when the plan is
 * made ({@link SweepPlan#create}), by binding the base with them.
 */
public final class SweepFileReader {

    /** Largest grid or list on one axis, and largest number of random draws. */
    public static final int MAX_STEPS = 1_000_000;

    private static final List<String> TOP = List.of("sweep", "name", "base", "stages", "simulate", "axes", "random");
    private static final List<String> AXIS = List.of("path", "from", "to", "steps", "scale", "values");
    private static final List<String> RANDOM = List.of("draws", "method", "seed", "uncertain", "grades", "fields");
    private static final Pattern NUMBER = Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    private SweepFileReader() {
    }

    public static SweepSpec read(Path file) {
        String name = file.toString();
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw single(name, "is not a regular file; expected a sweep YAML file");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(YamlTreeReader.MAX_CHARS + 1);
            }
            if (bytes.length > YamlTreeReader.MAX_CHARS) {
                throw single(name, "is too large; expected a sweep file of at most 4 MiB");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file; expected a sweep YAML file");
        } catch (IOException e) {
            throw single(name, "cannot be read (" + e.getMessage() + "); expected a readable sweep file");
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(name, text, dir == null ? Path.of(".") : dir);
    }

    /** Parses sweep text; {@code dir} resolves {@code base}. */
    public static SweepSpec parse(String name, String text, Path dir) {
        return parse(name, text, dir, true);
    }

    /**
     * Parses sweep text; with {@code checkBase} false the base scenario's file need not exist here
     * (a machine that was given the base's text, such as a Spark executor: {@link SweepSource}).
     */
    public static SweepSpec parse(String name, String text, Path dir, boolean checkBase) {
        YamlNode root;
        try {
            root = new YamlTreeReader().read(text);
        } catch (YamlSyntaxException e) {
            throw new ScenarioException(List.of(new ScenarioError(name, e.position(), "", e.reason())));
        }
        Diagnostics d = new Diagnostics(name);
        Map<String, YamlNode.Entry> top = mapping(d, root, "", TOP);
        YamlNode version = value(top, "sweep");
        if (version == null) {
            d.error(root.location(), "sweep", "missing; expected 'sweep: 1' as the first line");
        } else if (!"1".equals(scalar(version))) {
            d.error(version.location(), "sweep", "found " + version.describe() + "; expected 1");
        }
        Path base = null;
        YamlNode baseNode = value(top, "base");
        if (baseNode == null || scalar(baseNode) == null || scalar(baseNode).isEmpty()) {
            d.error(root.location(), "base", "missing; expected the base scenario file, relative to the sweep file");
        } else {
            base = dir.resolve(scalar(baseNode)).normalize();
            if (checkBase && !Files.isRegularFile(base)) {
                d.error(baseNode.location(), "base", "no such file " + base + "; expected a scenario file relative to the sweep file");
            }
        }
        List<Stage> stages = stages(d, value(top, "stages"), root.location());
        Optional<String> duration = Optional.empty();
        Optional<String> step = Optional.empty();
        YamlNode sim = value(top, "simulate");
        if (sim != null) {
            Map<String, YamlNode.Entry> m = mapping(d, sim, "simulate", List.of("duration", "step"));
            duration = Optional.ofNullable(scalar(value(m, "duration")));
            step = Optional.ofNullable(scalar(value(m, "step")));
        }
        List<Axis> axes = axes(d, value(top, "axes"));
        Optional<SweepSpec.RandomSpec> random = Optional.ofNullable(value(top, "random")).map(n -> random(d, n));
        if (axes.isEmpty() && random.isEmpty()) {
            d.error(root.location(), "axes", "no axes and no random design; expected at least one of them");
        }
        d.throwIfAny();
        return new SweepSpec(name, text, base, stages, axes, random, duration, step);
    }

    private static List<Stage> stages(Diagnostics d, YamlNode node, Location at) {
        if (node == null) {
            return List.of(Stage.SIZE, Stage.LAUNCH, Stage.COST);
        }
        List<Stage> out = new ArrayList<>();
        List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        List<String> names = List.of("size", "launch", "cost", "simulate");
        for (int i = 0; i < items.size(); i++) {
            String t = scalar(items.get(i));
            Optional<Stage> st = t == null ? Optional.empty() : Stage.of(t);
            if (st.isEmpty()) {
                d.error(items.get(i).location(), "stages[" + i + "]", "found " + items.get(i).describe() + "; expected one of "
                        + String.join(", ", names) + Suggestions.closest(String.valueOf(t), names).map(n -> " (did you mean '" + n + "'?)").orElse(""));
            } else if (!out.contains(st.get())) {
                out.add(st.get());
            }
        }
        // run in pipeline order whatever the file's order, so columns are stable
        out.sort(null);
        return out;
    }

    private static List<Axis> axes(Diagnostics d, YamlNode node) {
        List<Axis> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            d.error(node.location(), "axes", "found " + node.describe() + "; expected a list of axes");
            return out;
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String field = "axes[" + i + "]";
            YamlNode item = seq.items().get(i);
            Map<String, YamlNode.Entry> m = mapping(d, item, field, AXIS);
            String path = scalar(value(m, "path"));
            if (path == null || path.isEmpty()) {
                d.error(item.location(), field + ".path", "missing; expected the scenario field to vary, e.g. launch.pricePerKg");
                continue;
            }
            if (seen.contains(path)) {
                d.error(value(m, "path").location(), field + ".path", "'" + path + "' is varied twice; expected each path on one axis");
            }
            seen.add(path);
            YamlNode values = value(m, "values");
            if (values != null) {
                if (value(m, "from") != null || value(m, "to") != null || value(m, "steps") != null) {
                    d.error(values.location(), field + ".values", "given with from/to/steps; expected either values or a grid");
                }
                listAxis(d, field, path, values, item.location()).ifPresent(out::add);
            } else {
                gridAxis(d, field, path, m, item.location()).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Axis> listAxis(Diagnostics d, String field, String path, YamlNode node, Location at) {
        if (!(node instanceof YamlNode.Sequence s) || s.items().isEmpty()) {
            d.error(node.location(), field + ".values", "found " + node.describe() + "; expected a non-empty list of values");
            return Optional.empty();
        }
        if (s.items().size() > MAX_STEPS) {
            d.error(node.location(), field + ".values", "has " + s.items().size() + " values; expected at most " + MAX_STEPS);
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            String t = scalar(s.items().get(i));
            if (t == null) {
                d.error(s.items().get(i).location(), field + ".values[" + i + "]", "found " + s.items().get(i).describe()
                        + "; expected a scalar value as written in a scenario");
                return Optional.empty();
            }
            texts.add(t);
        }
        // numeric column when every value is a number in one unit
        String unit = null;
        List<AxisValue> values = new ArrayList<>();
        boolean numeric = true;
        for (String t : texts) {
            Matcher mt = NUMBER.matcher(t);
            if (!mt.matches() || (unit != null && !unit.equals(mt.group(2)))) {
                numeric = false;
                break;
            }
            unit = mt.group(2);
            values.add(new AxisValue(t, Double.parseDouble(mt.group(1))));
        }
        if (!numeric) {
            return Optional.of(new Axis(path, texts.stream().map(t -> new AxisValue(t, Double.NaN)).toList(), "", at));
        }
        return Optional.of(new Axis(path, values, unit, at));
    }

    private static Optional<Axis> gridAxis(Diagnostics d, String field, String path, Map<String, YamlNode.Entry> m, Location at) {
        YamlNode from = value(m, "from");
        YamlNode to = value(m, "to");
        YamlNode steps = value(m, "steps");
        if (from == null || to == null || steps == null) {
            d.error(at, field, "found neither values nor a complete grid; expected values: [...] or from, to and steps");
            return Optional.empty();
        }
        Matcher a = NUMBER.matcher(String.valueOf(scalar(from)));
        Matcher b = NUMBER.matcher(String.valueOf(scalar(to)));
        if (!a.matches()) {
            d.error(from.location(), field + ".from", "found " + from.describe() + "; expected a number with its unit, e.g. 100 USD/kg");
            return Optional.empty();
        }
        if (!b.matches()) {
            d.error(to.location(), field + ".to", "found " + to.describe() + "; expected a number with its unit, e.g. 3600 USD/kg");
            return Optional.empty();
        }
        if (!a.group(2).equals(b.group(2))) {
            d.error(to.location(), field + ".to", "is in '" + b.group(2) + "' but from is in '" + a.group(2)
                    + "'; expected both ends in the same unit");
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(String.valueOf(scalar(steps)).strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_STEPS) {
            d.error(steps.location(), field + ".steps", "found " + steps.describe() + "; expected a whole number 1 to " + MAX_STEPS);
            return Optional.empty();
        }
        String scale = Optional.ofNullable(scalar(value(m, "scale"))).orElse("linear");
        double lo = Double.parseDouble(a.group(1));
        double hi = Double.parseDouble(b.group(1));
        if (!scale.equals("linear") && !scale.equals("log")) {
            d.error(value(m, "scale").location(), field + ".scale", "found '" + scale + "'; expected linear or log");
            return Optional.empty();
        }
        if (scale.equals("log") && (lo <= 0 || hi <= 0)) {
            d.error(from.location(), field + ".from", "a log grid from " + lo + " to " + hi + "; expected both ends above zero");
            return Optional.empty();
        }
        String unit = a.group(2);
        List<AxisValue> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double f = n == 1 ? 0 : (double) i / (n - 1);
            double v = scale.equals("log") ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
            if (i == 0) {
                v = lo; // exact end points, not a rounded exp(log(x))
            } else if (i == n - 1) {
                v = hi;
            }
            String t = unit.isEmpty() ? Double.toString(v) : v + " " + unit;
            values.add(new AxisValue(t, v));
        }
        return Optional.of(new Axis(path, values, unit, at));
    }

    private static SweepSpec.RandomSpec random(Diagnostics d, YamlNode node) {
        Map<String, YamlNode.Entry> m = mapping(d, node, "random", RANDOM);
        int draws = 0;
        YamlNode dn = value(m, "draws");
        try {
            draws = dn == null ? -1 : Integer.parseInt(scalar(dn).strip());
        } catch (RuntimeException e) {
            draws = -1;
        }
        if (draws < 1 || draws > MAX_STEPS) {
            d.error(dn == null ? node.location() : dn.location(), "random.draws",
                    (dn == null ? "missing" : "found " + dn.describe()) + "; expected a whole number 1 to " + MAX_STEPS);
        }
        RandomDesign.Method method = RandomDesign.Method.LATIN_HYPERCUBE;
        YamlNode mn = value(m, "method");
        if (mn != null) {
            String t = scalar(mn);
            if ("monte-carlo".equals(t)) {
                method = RandomDesign.Method.MONTE_CARLO;
            } else if (!"latin-hypercube".equals(t)) {
                d.error(mn.location(), "random.method", "found " + mn.describe() + "; expected monte-carlo or latin-hypercube");
            }
        }
        long seed = 1;
        YamlNode sn = value(m, "seed");
        if (sn != null) {
            try {
                seed = Long.parseLong(scalar(sn).strip());
            } catch (RuntimeException e) {
                d.error(sn.location(), "random.seed", "found " + sn.describe() + "; expected a whole number");
            }
        }
        boolean catalog = false;
        YamlNode un = value(m, "uncertain");
        if (un != null) {
            if ("catalog".equals(scalar(un))) {
                catalog = true;
            } else if (!"none".equals(scalar(un))) {
                d.error(un.location(), "random.uncertain", "found " + un.describe() + "; expected catalog or none");
            }
        }
        GradeSpreads grades = GradeSpreads.defaults();
        YamlNode gn = value(m, "grades");
        if (gn != null) {
            for (Map.Entry<String, YamlNode.Entry> e : mapping(d, gn, "random.grades", List.of("P", "S", "D", "U")).entrySet()) {
                Optional<Confidence> c = Confidence.ofLetter(e.getKey());
                double spread = fraction(d, e.getValue().value(), "random.grades." + e.getKey());
                if (c.isPresent() && !Double.isNaN(spread)) {
                    grades = grades.with(c.get(), spread);
                }
            }
        }
        Map<String, Double> fields = new LinkedHashMap<>();
        YamlNode fn = value(m, "fields");
        if (fn != null) {
            if (fn instanceof YamlNode.Mapping fm) {
                for (YamlNode.Entry e : fm.entries().values()) {
                    double spread = fraction(d, e.value(), "random.fields." + e.key().name());
                    if (!Double.isNaN(spread)) {
                        fields.put(e.key().name(), spread);
                    }
                }
            } else {
                d.error(fn.location(), "random.fields", "found " + fn.describe() + "; expected a mapping of scenario path to spread, e.g. economics.terrestrial.pue: 10%");
            }
        }
        if (!catalog && fields.isEmpty()) {
            d.error(node.location(), "random.uncertain", "nothing is uncertain; expected 'uncertain: catalog'");
        }
        return new SweepSpec.RandomSpec(Math.max(draws, 1), method, seed, catalog, grades, fields, node.location());
    }

    /** A relative spread: {@code 15%} or {@code 0.15}, in (0, 10]. */
    private static double fraction(Diagnostics d, YamlNode node, String field) {
        String t = scalar(node);
        double v = Double.NaN;
        if (t != null) {
            try {
                v = t.strip().endsWith("%") ? Double.parseDouble(t.strip().substring(0, t.strip().length() - 1).strip()) / 100
                        : Double.parseDouble(t.strip());
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
        }
        if (!(v > 0 && v <= 10)) {
            d.error(node.location(), field, "found " + node.describe() + "; expected a relative spread such as 15% or 0.15");
            return Double.NaN;
        }
        return v;
    }

    private static Map<String, YamlNode.Entry> mapping(Diagnostics d, YamlNode node, String field, List<String> known) {
        if (!(node instanceof YamlNode.Mapping m)) {
            d.error(node.location(), field, "found " + node.describe() + "; expected a mapping with " + String.join(", ", known));
            return Map.of();
        }
        for (YamlNode.Entry e : m.entries().values()) {
            if (!known.contains(e.key().name())) {
                String child = field.isEmpty() ? e.key().name() : field + "." + e.key().name();
                d.error(e.key().location(), child, "unknown field; " + Suggestions.closest(e.key().name(), known)
                        .map(n -> "did you mean '" + n + "'?").orElse("expected one of " + String.join(", ", known)));
            }
        }
        return m.entries();
    }

    private static YamlNode value(Map<String, YamlNode.Entry> m, String key) {
        YamlNode.Entry e = m.get(key);
        return e == null || (e.value() instanceof YamlNode.Scalar s && s.isNull()) ? null : e.value();
    }

    private static String scalar(YamlNode n) {
        return n instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
    }

    private static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new ScenarioError(file, Location.NONE, "", message)));
    }
}
