package io.orbitdc.core.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the digital twin measured: each shown satellite's power, battery state of charge and die
 * temperature over time ({@link TwinSeries}, from the results database), where the nameplate
 * compute went (a waterfall of the {@code compute.*} keys of {@code simulate --json}) and, when the
 * run had a training job, its goodput account ({@code training.*}).
 */
final class TwinSection {

    static final String SERIES_ID = "twin";
    static final String COMPUTE_ID = "compute";

    /** The waterfall's losses: the simulate --json key and its label, in the order they are taken off. */
    private static final List<String[]> LOSSES = List.of(
            new String[] {"compute.lostToEclipseFraction", "eclipse and low battery"},
            new String[] {"compute.lostToThrottlingFraction", "thermal throttling"},
            new String[] {"compute.lostToRadiationFraction", "radiation (rollbacks, replays)"},
            new String[] {"compute.lostToFailuresFraction", "failures"});

    /**
     * The training account: the simulate --json key and its label, which names the key's
     * denominator (docs/models/twin-training.md): the mission time, or the job's share of nameplate compute.
     */
    private static final List<String[]> TRAINING = List.of(
            new String[] {"training.checkpointOverheadFraction", "checkpoint writing (of time)"},
            new String[] {"training.rollbackLossFraction", "rollbacks and restarts (of time)"},
            new String[] {"training.commBoundFraction", "all-reduce-bound steps (of time)"},
            new String[] {"training.sdcReplayFraction", "SDC replays (of time)"},
            new String[] {"training.lostToStragglersFraction", "waiting for stragglers (of compute)"},
            new String[] {"training.goodput", "goodput: useful FLOP (of compute)"},
            new String[] {"training.effectiveTrainingFraction", "effective training time (goodput / MFU)"});

    private TwinSection() {
    }

    /** The series section: one chart per quantity, a selector over the shown satellites. */
    static HtmlReport.Section series(TwinSeries twin) {
        List<Chart> charts = List.of(
                chart(twin, "twin-power", "Power", "power (kW)", s -> List.of(
                        EChartsOptions.line("solar array output", s.timeH(), scaled(s.arrayW(), 1e-3)),
                        EChartsOptions.line("compute power", s.timeH(), scaled(s.computeW(), 1e-3)))),
                chart(twin, "twin-soc", "Battery state of charge", "state of charge (%)", s -> List.of(
                        EChartsOptions.line("state of charge", s.timeH(), scaled(s.soc(), 100)))),
                chart(twin, "twin-die", "Die temperature", "hottest die (°C)", s -> List.of(
                        EChartsOptions.line("die temperature", s.timeH(), s.dieC()))));
        String bucket = twin.perBucket() > 1
                ? " Each point is the mean of " + twin.perBucket() + " recorded samples (every "
                        + Format.fixed(twin.recordEveryS() / 60, 1) + " min), which flattens swings shorter than "
                        + Format.fixed(twin.perBucket() * twin.recordEveryS() / 3600, 1) + " h."
                : " Every recorded sample (every " + Format.fixed(twin.recordEveryS() / 60, 1) + " min) is shown.";
        String intro = "Each satellite's state as the twin recorded it in results.duckdb (table series: array_w,"
                + " compute_w, soc, die_k). The page carries " + twin.series().size() + " of the run's "
                + twin.satellites() + " satellites (at most " + TwinSeries.MAX_SATELLITES + ", spread evenly over the"
                + " fleet) and at most " + TwinSeries.MAX_POINTS + " points per series." + bucket;
        return new HtmlReport.Section(SERIES_ID, "Power, battery and temperature over time", intro, List.of(), charts,
                Optional.of("satellite"));
    }

    private static Chart chart(TwinSeries twin, String id, String title, String yName,
                               Function<TwinSeries.Satellite, List<ObjectNode>> lines) {
        List<Chart.Variant> variants = new ArrayList<>();
        for (TwinSeries.Satellite s : twin.series()) {
            ArrayNode series = EChartsOptions.array();
            lines.apply(s).forEach(series::add);
            variants.add(new Chart.Variant("satellite " + s.index(), series));
        }
        ObjectNode o = EChartsOptions.xy(title, "time since the epoch (h)", yName);
        o.set("series", variants.get(0).series().deepCopy());
        return new Chart(id, title, o, variants);
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }

    /**
     * Where the nameplate compute went, from the twin's summary keys (simulate --json names). The
     * waterfall starts at 100 % of nameplate, takes off each loss and ends at the delivered share;
     * whatever the four losses do not account for is shown as "other".
     */
    static HtmlReport.Section compute(Map<String, Double> summary, String source) {
        double goodput = summary.get("compute.goodputFraction");
        List<String> labels = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<Double> bar = new ArrayList<>();
        labels.add("nameplate");
        base.add(0.0);
        bar.add(100.0);
        double level = 100.0;
        for (String[] loss : LOSSES) {
            double pct = 100 * summary.getOrDefault(loss[0], 0.0);
            level -= pct;
            labels.add(loss[1]);
            base.add(level);
            bar.add(pct);
        }
        double other = level - 100 * goodput;
        if (Math.abs(other) > 1e-6) {
            labels.add("other");
            base.add(100 * goodput);
            bar.add(other);
        }
        labels.add("delivered");
        base.add(0.0);
        bar.add(100 * goodput);
        ObjectNode o = EChartsOptions.categoryBars("Where the nameplate compute went", "account", labels,
                "share of nameplate compute (%)");
        ObjectNode invisible = EChartsOptions.bars("base", base);
        invisible.put("stack", "waterfall");
        invisible.putObject("itemStyle").put("color", "transparent");
        invisible.putObject("tooltip").put("show", false);
        ObjectNode visible = EChartsOptions.bars("share of nameplate", bar);
        visible.put("stack", "waterfall");
        EChartsOptions.add(o, invisible);
        EChartsOptions.add(o, visible);
        ((ObjectNode) o.get("legend")).put("show", false);
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("compute-waterfall", "Where the nameplate compute went", o));
        List<HtmlReport.Figure> figures = new ArrayList<>();
        figures.add(new HtmlReport.Figure("delivered compute", Format.percent(goodput), "of nameplate (compute.goodputFraction)"));
        if (summary.containsKey("compute.pricedDeliveredFraction")) {
            figures.add(new HtmlReport.Figure("priced delivered fraction",
                    Format.percent(summary.get("compute.pricedDeliveredFraction")), "what cost --with-twin prices"));
        }
        String training = " The run had no training job, so there is no training goodput account.";
        if (summary.containsKey("training.goodput")) {
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (String[] t : TRAINING) {
                if (summary.containsKey(t[0])) {
                    names.add(t[1]);
                    values.add(100 * summary.get(t[0]));
                }
            }
            ObjectNode account = EChartsOptions.horizontalBars("Training goodput account",
                    "share of the mission time or of the job's nameplate compute (%)", names, "account");
            EChartsOptions.add(account, EChartsOptions.bars("share", values));
            ((ObjectNode) account.get("legend")).put("show", false);
            charts.add(new Chart("compute-training", "Training goodput account", account));
            figures.add(new HtmlReport.Figure("training goodput", Format.percent(summary.get("training.goodput")),
                    "training.goodput"));
            training = " The training account shows the training.* fractions of simulate --json"
                    + " (docs/models/twin-training.md).";
        }
        return new HtmlReport.Section(COMPUTE_ID, "Where the compute went", "Shares of the fleet's nameplate compute"
                + " (installed accelerators × peak FLOP/s × time flown) from " + source + ": the compute.* keys of"
                + " simulate --json." + training, figures, charts);
    }
}
