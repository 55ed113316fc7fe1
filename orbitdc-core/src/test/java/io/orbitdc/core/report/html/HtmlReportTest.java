package io.orbitdc.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.report.CostJson;
import io.orbitdc.core.report.SizingJson;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.HtmlReportOptions;
import io.orbitdc.core.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the shipped suncatcher-like scenario (flown for 2 h to keep the suite fast),
 * parsed with a real HTML parser (jsoup): every chart has a title, named axes and data, the data
 * agree with the verbs' JSON reports, nothing is fetched from the network, and hostile text is
 * escaped. These are consistency and plausibility checks of the page, not of the models.
 */
class HtmlReportTest {

    private static final Path SUNCATCHER = Path.of("../scenarios/suncatcher-like.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The page keeps 6 significant digits ({@link EChartsOptions#DIGITS}): sums of rounded bars agree to 1e-5. */
    private static final double ROUNDING = 1e-5;

    private static Study study;
    private static String html;
    private static Document page;
    private static JsonNode charts;

    @BeforeAll
    static void render() throws Exception {
        study = Study.load(SUNCATCHER, Overrides.parse(List.of("duration=2 h")));
        html = HtmlReportWriter.render(study.htmlReport(HtmlReportOptions.of(2)));
        page = Jsoup.parse(html);
        charts = JSON.readTree(page.getElementById("orbitdc-data").data()).get("charts");
    }

    @Test
    void everyChartHasATitleNamedAxesAndData() {
        List<Element> divs = page.select("div.chart");
        assertThat(divs).hasSizeGreaterThanOrEqualTo(14);
        for (Element div : divs) {
            String id = div.attr("data-chart");
            JsonNode option = charts.get(id).get("option");
            assertThat(option.at("/title/text").asText()).as(id).isNotBlank();
            assertThat(option.at("/xAxis/name").asText()).as(id).isNotBlank();
            assertThat(option.at("/yAxis/name").asText()).as(id).isNotBlank();
            assertThat(option.get("series")).as(id).isNotEmpty();
            for (JsonNode series : option.get("series")) {
                assertThat(series.get("data")).as(id + " " + series.get("name")).isNotEmpty();
            }
        }
        assertThat(charts.size()).isEqualTo(divs.size());
        assertThat(page.getElementById("orbitdc-data").data()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void thePageFetchesNothing() {
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(page.select("link, iframe, img, object, embed")).isEmpty();
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(html).doesNotContain("http://cdn", "https://cdn", "unpkg.com", "jsdelivr");
        assertThat(page.select("script").stream().filter(s -> s.data().contains("echarts"))).isNotEmpty();
    }

    @Test
    void costLinesSumToTheCostReportsTotals() {
        JsonNode cost = CostJson.of(study.cost());
        assertThat(sum("cost-space-lines") * 1e6).isCloseTo(cost.at("/space/totalUsd").asDouble(),
                within(ROUNDING * cost.at("/space/totalUsd").asDouble()));
        assertThat(sum("cost-ground-lines") * 1e6).isCloseTo(cost.at("/ground/totalUsd").asDouble(),
                within(ROUNDING * cost.at("/ground/totalUsd").asDouble()));
        assertThat(charts.at("/cost-tornado/option/yAxis/data").size()).isEqualTo(cost.get("sensitivity").size());
    }

    @Test
    void massBarsSumToTheSatelliteMassAndTheBetaSeriesSpansTheSurvey() {
        JsonNode size = SizingJson.of(study.size());
        double mass = size.at("/satellite/massKg").asDouble();
        assertThat(sum("sizing-mass")).isCloseTo(mass, within(ROUNDING * mass));
        JsonNode beta = charts.at("/eclipse-beta/option/series/0/data");
        assertThat(beta.size()).isEqualTo(365);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (JsonNode p : beta) {
            min = Math.min(min, Math.abs(p.get(1).asDouble()));
            max = Math.max(max, Math.abs(p.get(1).asDouble()));
        }
        assertThat(min).isCloseTo(size.at("/orbit/betaMinDeg").asDouble(), within(1e-3));
        assertThat(max).isCloseTo(size.at("/orbit/betaMaxDeg").asDouble(), within(1e-3));
    }

    @Test
    void launchTimelineEndsWithTheFleetAndTheCdfPassesThroughTheMonteCarloPercentiles() {
        LaunchReport launch = study.launch();
        JsonNode step = charts.at("/launch-timeline/option/series/0/data");
        assertThat(step.get(step.size() - 1).get(1).asInt()).isEqualTo(launch.totals().satellites());
        assertThat(step.size()).isEqualTo(launch.launches().size() + 1);
        JsonNode cdf = charts.at("/launch-cdf/option/series/0/data");
        assertThat(cdf.size()).isEqualTo(21);
        double p50 = launch.monteCarlo().daysToFullCapacity().p50();
        // the quantile every 5 %: the 11th point is the P50 launch --json reports, at probability 0.5
        assertThat(cdf.get(10).get(0).asDouble()).isCloseTo(p50, within(ROUNDING * p50));
        assertThat(cdf.get(10).get(1).asDouble()).isEqualTo(0.5);
    }

    @Test
    void twinSeriesAreBoundedAndSelectableAndTheWaterfallEndsAtTheDeliveredShare() {
        JsonNode power = charts.get("twin-power");
        assertThat(power.get("variants").size()).isEqualTo(TwinSeries.MAX_SATELLITES);
        assertThat(page.select("#select-twin option")).hasSize(TwinSeries.MAX_SATELLITES);
        for (JsonNode v : power.get("variants")) {
            for (JsonNode s : v.get("series")) {
                assertThat(s.get("data").size()).isBetween(1, TwinSeries.MAX_POINTS);
            }
        }
        double goodput = study.simulate(io.orbitdc.core.study.SimulateOptions.of(2)).twin().summary().compute()
                .goodputFraction();
        JsonNode bars = charts.at("/compute-waterfall/option/series/1/data");
        assertThat(bars.get(bars.size() - 1).asDouble()).isCloseTo(100 * goodput, within(1e-3));
        assertThat(bars.get(0).asDouble()).isEqualTo(100.0);
    }

    @Test
    void aSatelliteNoVehicleCanLiftStillGetsAPageWithoutTheLaunchSection() {
        // starcloud-40mw is one 3,000 t satellite: orbitdc launch refuses it (exit 2); the page says why
        HtmlReport report = Study.load(Path.of("../scenarios/starcloud-40mw.yaml"))
                .htmlReport(HtmlReportOptions.of(1).twin(HtmlReportOptions.Twin.NEVER));
        assertThat(report.section(LaunchSection.ID)).isEmpty();
        assertThat(report.section(CostSection.ID)).isPresent();
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("Launch: not planned").contains("fits no remaining vehicle"));
        assertThat(Jsoup.parse(HtmlReportWriter.render(report)).select("div.chart")).isNotEmpty();
    }

    @Test
    void theSameScenarioGivesTheSameBytesWhateverTheThreadCount() {
        assertThat(HtmlReportWriter.render(study.htmlReport(HtmlReportOptions.of(1)))).isEqualTo(html);
    }

    @Test
    void aHostileScenarioNameIsEscaped(@TempDir Path dir) throws Exception {
        String hostile = "<script>alert('x')</script>&\"<img src=x onerror=alert(1)>";
        String yaml = Files.readString(SUNCATCHER).replaceFirst("(?m)^name: .*$",
                "name: '" + hostile.replace("'", "''") + "'");
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, yaml);
        Study s = Study.load(file);
        assertThat(s.scenario().name()).isEqualTo(hostile);
        Path written = HtmlReportWriter.write(s.htmlReport(HtmlReportOptions.of(1).twin(HtmlReportOptions.Twin.NEVER)), dir);
        Document doc = Jsoup.parse(Files.readString(written));
        assertThat(doc.selectFirst("h1").text()).isEqualTo(hostile);
        assertThat(doc.title()).isEqualTo("orbitdc report: " + hostile);
        assertThat(doc.select("img, [onerror]")).isEmpty();
        assertThat(doc.select("script")).noneMatch(e -> e.data().contains("alert("));
        assertThat(doc.select("section#twin")).isEmpty();
    }

    private static double sum(String chart) {
        double total = 0;
        for (JsonNode v : charts.at("/" + chart + "/option/series/0/data")) {
            total += v.asDouble();
        }
        return total;
    }
}
