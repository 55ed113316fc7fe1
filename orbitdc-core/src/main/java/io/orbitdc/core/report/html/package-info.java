/**
 * The self-contained HTML report ({@code orbitdc report}, docs/report.md): one {@code report.html}
 * with the verdict header, the sizing budgets, the year's eclipses, the twin's series and compute
 * account, the cost lines and tornado, the launch timeline and Monte Carlo CDF, and a sweep's heat
 * map and CDF, drawn by Apache ECharts inlined into the page (no network).
 *
 * <p>Entry points, for the CLI and any other front end (the web server shows job results with them):
 * <pre>{@code
 * Study study = Study.load(Path.of("scenarios/suncatcher-like.yaml"));
 * HtmlReport report = study.htmlReport(HtmlReportOptions.of(threads)      // size, cost, launch, twin (AUTO)
 *         .from(resultsDir));                                             // optional: simulate/sweep --out DIR
 * Path page = HtmlReportWriter.write(report, outDir);                     // outDir/report.html, atomically
 * }</pre>
 * {@link io.orbitdc.core.report.html.HtmlReportWriter#render} gives the page as a string (to serve
 * it without a file). The model ({@link io.orbitdc.core.report.html.HtmlReport}: sections, figures,
 * charts as ECharts options) is plain data; {@link io.orbitdc.core.report.html.HtmlReportBuilder}
 * makes it from the verbs' report models without running anything. Readers of results files:
 * {@link io.orbitdc.core.report.html.TwinSeries} (a results.duckdb, downsampled) and
 * {@link io.orbitdc.core.report.html.SweepResults} (a sweep.duckdb).
 */
package io.orbitdc.core.report.html;
