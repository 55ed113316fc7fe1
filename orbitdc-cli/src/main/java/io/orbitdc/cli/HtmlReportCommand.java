package io.orbitdc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.InputException;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.html.Chart;
import io.orbitdc.core.report.html.HtmlReport;
import io.orbitdc.core.report.html.HtmlReportWriter;
import io.orbitdc.core.study.HtmlReportOptions;
import io.orbitdc.core.study.Study;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc report FILE --out DIR}: one self-contained {@code DIR/report.html} (docs/report.md)
 * — the verdict header, budgets, eclipses, the twin's series and compute account, cost lines and
 * tornado, launch timeline and Monte Carlo CDF, and a sweep's heat map with {@code --from}. The page
 * is composed in core ({@link Study#htmlReport}) and written by {@link HtmlReportWriter}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained report.html (charts, no network needed): verdict, budgets, eclipses,"
                + " power/battery/temperature over time, where the compute went, costs and tornado, launch timeline"
                + " and Monte Carlo, and a sweep's heat map with --from.")
final class HtmlReportCommand extends ReportCommand {

    @Option(names = "--from", paramLabel = "RESULTS_DIR", description = "Show the results in this directory: the"
            + " --out DIR of 'orbitdc simulate' (results.duckdb: the twin's series and summary, not flown again)"
            + " and/or of 'orbitdc sweep' (sweep.duckdb: heat map, CDF of the ratio, bands in the header).")
    Path from;

    @Option(names = "--simulate", paramLabel = "WHEN", defaultValue = "auto", description = "Fly the digital twin"
            + " when --from has no results.duckdb: auto (only when satellites x steps <= "
            + HtmlReportOptions.AUTO_TWIN_SATELLITE_STEPS + ", seconds; the shipped suncatcher-like day is 233,280),"
            + " always, never. Default: ${DEFAULT-VALUE}.")
    String simulate;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the twin (default: all cores)."
            + " Results do not depend on it.")
    Integer threadCount;

    @Mixin
    ProgressOptions progress = new ProgressOptions();

    @Override
    public Integer call() {
        if (out == null) {
            throw new BadInputException("report needs --out DIR: the directory report.html is written into");
        }
        HtmlReportOptions.Twin twin = switch (simulate.toLowerCase(Locale.ROOT)) {
            case "auto" -> HtmlReportOptions.Twin.AUTO;
            case "always" -> HtmlReportOptions.Twin.ALWAYS;
            case "never" -> HtmlReportOptions.Twin.NEVER;
            default -> throw new BadInputException("--simulate '" + simulate + "': expected auto, always or never");
        };
        int threads = threads(threadCount);
        HtmlReport report;
        try (ProgressMeter meter = progress.start(spec.commandLine().getErr(), "report")) {
            meter.phase("load");
            Study study = spaceStudy("report");
            HtmlReportOptions options = HtmlReportOptions.of(threads).twin(twin).version(VersionProvider.version())
                    .reportingTo(meter, meter);
            if (from != null) {
                options = options.from(from);
            }
            HtmlReportOptions chosen = options;
            try {
                report = writing(() -> study.htmlReport(chosen));
            } catch (InputException e) {
                if (e.location().isEmpty() && e.reason().startsWith("--from ")) {
                    throw new BadInputException(e.reason()); // about the option, not a place in FILE
                }
                throw e;
            }
            meter.phase("writing report.html");
            writing(() -> HtmlReportWriter.write(report, stagingDir()));
        }
        long bytes = size(staged(HtmlReportWriter.FILE));
        publish();
        ObjectNode doc = JsonOutput.object();
        doc.put("scenario", report.scenario());
        doc.put("report", out.resolve(HtmlReportWriter.FILE).toString());
        doc.put("bytes", bytes);
        ArrayNode sections = doc.putArray("sections");
        report.sections().forEach(s -> sections.add(s.id()));
        ArrayNode charts = doc.putArray("charts");
        report.charts().stream().map(Chart::id).forEach(charts::add);
        ArrayNode notes = doc.putArray("notes");
        report.notes().forEach(notes::add);
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d charts in %d sections, %,d bytes%n",
                out.resolve(HtmlReportWriter.FILE), report.charts().size(), report.sections().size(), bytes));
        report.notes().forEach(n -> text.append("  ").append(n).append('\n'));
        return print(JsonOutput.pretty(doc), text.toString());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
