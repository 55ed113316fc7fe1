package io.orbitdc.core.report;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.footprint.Footprint;
import java.util.Locale;

/** The one-page verdict for a terminal: at most 60 lines of at most 100 columns. */
public final class VerdictText {

    public static final int MAX_LINES = 60;
    public static final int MAX_COLUMNS = 100;

    private VerdictText() {
    }

    public static String render(VerdictReport v) {
        StringBuilder out = new StringBuilder();
        line(out, "orbitdc verdict: %s", v.scenario());
        line(out, "");
        VerdictReport.Band r = v.ratio();
        String answer = r.p90() < 1 ? "ORBIT IS CHEAPER" : r.p10() > 1 ? "THE GROUND IS CHEAPER" : "TOO CLOSE TO CALL";
        line(out, "VERDICT   %s", answer);
        line(out, "          orbit costs %.2fx the ground per GPU-hour (P50; P10-P90 %.2f-%.2fx)", r.p50(), r.p10(),
                r.p90());
        line(out, "          probability orbit is cheaper: %.0f %% of %s", 100 * v.probabilityOrbitCheaper(), HumanFormat.count(v.draws(), "draw"));
        line(out, "");
        line(out, "$ per GPU-hour          P10        P50        P90");
        band(out, "orbit", v.spaceUsdPerGpuHour());
        band(out, "ground", v.groundUsdPerGpuHour());
        line(out, "$ per MWh of IT energy  P50: orbit %,.0f, ground %,.0f", v.spaceUsdPerMwh().p50(),
                v.groundUsdPerMwh().p50());
        line(out, "as written: %.2fx at an effective launch price of $%,.0f/kg", v.baseRatio(), v.baseLaunchUsdPerKg());
        line(out, "");
        if (v.flipLaunchUsdPerKg().isPresent()) {
            line(out, "FLIP      orbit matches the ground at a launch price of $%,.0f/kg", v.flipLaunchUsdPerKg().getAsDouble());
        } else {
            wrap(out, "FLIP      ", v.flipNote());
        }
        line(out, "");
        line(out, "WHAT MOVES IT (share of the ratio's variance each input explains alone)");
        for (VerdictReport.Driver s : v.drivers()) {
            line(out, "  %-40s %5.1f %%", s.input(), 100 * s.share());
        }
        wrap(out, "  ", "estimator: " + v.estimator());
        line(out, "");
        wrap(out, "BINDS     ", (v.binding().violated() ? "VIOLATED " : "") + v.binding().constraint() + ": "
                + v.binding().explanation());
        line(out, "");
        line(out, "PRESETS   orbit/ground ratio under each published set of assumptions");
        for (VerdictReport.PresetRatio p : v.presets()) {
            String ratio = p.ratio().isPresent() ? String.format(Locale.ROOT, "%6.2fx", p.ratio().getAsDouble()) : "   n/a";
            line(out, "  %-13s %s  %s", p.name(), ratio, clip(p.title(), MAX_COLUMNS - 26));
        }
        line(out, "");
        Footprint f = v.footprint();
        line(out, "CARBON    gCO2e per kWh of IT energy   orbit %6.0f   ground %6.0f", f.space().gCo2ePerKwh(),
                f.ground().gCo2ePerKwh());
        line(out, "          orbit: launch %.0f + manufacturing %.0f; ground: grid x PUE %.0f + manufacturing %.0f",
                f.space().launchGPerKwh(), f.space().manufacturingGPerKwh(), f.ground().operationalGPerKwh(),
                f.ground().manufacturingGPerKwh());
        line(out, "WATER     litres per MWh of IT energy      orbit %6.0f   ground %6.0f", f.space().litresPerMwh(),
                f.ground().litresPerMwh());
        line(out, "");
        wrap(out, "SAMPLE    ", v.sampleMethod());
        for (String n : v.notes()) {
            wrap(out, "NOTE      ", n);
        }
        return trim(out.toString());
    }

    private static void band(StringBuilder out, String name, VerdictReport.Band b) {
        line(out, "  %-14s %9.2f  %9.2f  %9.2f", name, b.p10(), b.p50(), b.p90());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(clip(String.format(Locale.ROOT, format, args), MAX_COLUMNS)).append('\n');
    }

    /** Word-wraps {@code text} after {@code prefix} into lines of at most {@link #MAX_COLUMNS}. */
    private static void wrap(StringBuilder out, String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        StringBuilder cur = new StringBuilder(prefix);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && cur.length() + 1 + word.length() > MAX_COLUMNS) {
                out.append(cur.toString().stripTrailing()).append('\n');
                cur = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                cur.append(' ');
            }
            cur.append(clip(word, MAX_COLUMNS - indent.length()));
            empty = false;
        }
        out.append(cur.toString().stripTrailing()).append('\n');
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /** Keeps the page to {@link #MAX_LINES}: notes beyond it are cut with a pointer to --json. */
    private static String trim(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length - 1 <= MAX_LINES) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < MAX_LINES - 1; i++) {
            out.append(lines[i]).append('\n');
        }
        return out.append("(more notes in --json)\n").toString();
    }
}
