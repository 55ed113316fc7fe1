package io.orbitdc.core.report.html;

import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.sizing.BetaAngleSurvey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the HTML report shows, as the verbs answer it: the sizing, the year's daily beta and
 * eclipse samples of the primary orbit, the cost comparison, the launch study, and optionally a twin
 * run (its summary under the {@code simulate --json} keys and its downsampled series) and a sweep.
 * {@code io.orbitdc.core.study.Study#htmlReport} assembles them; {@link HtmlReportBuilder} lays them out.
 *
 * @param sizing       {@code orbitdc size}
 * @param betaDays     the primary orbit's daily beta-angle samples over the first year
 * @param cost         {@code orbitdc cost}
 * @param launch       {@code orbitdc launch}; empty when no vehicle can fly the satellite (a note says why)
 * @param twinSummary  the twin's summary keys ({@code compute.goodputFraction}, ...), if a twin was flown or read
 * @param twinSource   where the twin summary came from, as the page says it (e.g. "a 1 d twin run")
 * @param twinSeries   the twin's downsampled series, if recorded
 * @param sweep        a sweep's points, if given
 * @param notes        what the page should tell about how it was made
 */
public record HtmlReportInputs(SizingReport sizing, List<BetaAngleSurvey.Day> betaDays, CostReport cost,
                               Optional<LaunchReport> launch, Optional<Map<String, Double>> twinSummary, String twinSource,
                               Optional<TwinSeries> twinSeries, Optional<SweepResults> sweep, List<String> notes) {

    public HtmlReportInputs {
        betaDays = List.copyOf(betaDays);
        twinSummary = twinSummary.map(Map::copyOf);
        notes = List.copyOf(notes);
    }
}
