package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbitdc report}: one report.html into --out, --from a simulate or sweep directory, exit 2 on bad options. */
class HtmlReportCommandTest {

    private static final String SUNCATCHER = CliTest.scenario("suncatcher-like.yaml");

    @TempDir
    Path tmp;

    @Test
    void fromASimulateDirectoryAndASweepTheReportShowsBothAndFliesNothing() throws Exception {
        Path sim = tmp.resolve("sim");
        CliTest.Run flown = CliTest.run("simulate", SUNCATCHER, "--set", "duration=2 h", "--out", sim.toString());
        assertThat(flown.exit()).as(flown.err()).isZero();
        Path sweep = tmp.resolve("s.yaml");
        Files.writeString(sweep, "sweep: 1\nbase: " + Path.of(SUNCATCHER).toAbsolutePath()
                + "\nstages: [cost]\naxes:\n  - { path: launch.pricePerKg, values: [100 USD/kg, 1000 USD/kg] }\n"
                + "  - { path: satellite.radiator.temperature, values: [45 C, 65 C] }\n");
        CliTest.Run swept = CliTest.run("sweep", sweep.toString(), "--out", sim.toString());
        assertThat(swept.exit()).as(swept.err()).isZero();

        Path out = tmp.resolve("report");
        CliTest.Run r = CliTest.run("report", SUNCATCHER, "--from", sim.toString(), "--out", out.toString(), "--json",
                "--progress", "never");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.get("sections").toString()).contains("\"twin\"", "\"compute\"", "\"sweep\"");
        assertThat(doc.get("notes").toString()).contains("not flown again");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))).containsExactly("report.html");
        }
        Document page = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        JsonNode charts = new ObjectMapper().readTree(page.getElementById("orbitdc-data").data()).get("charts");
        // 2 x 2 sweep: four cells, and the CDF over the four points
        assertThat(charts.at("/sweep-heatmap/option/series/0/data").size()).isEqualTo(4);
        assertThat(charts.at("/sweep-cdf/option/series/0/data").size()).isEqualTo(4);
        assertThat(page.select("header .figure .detail").text()).contains("P10–P90 over the sweep's 4 points");
        // the series came from the 2 h run in results.duckdb: hourly samples by default (simulate --record-every 1 h)
        assertThat(charts.at("/twin-soc/variants/0/series/0/data").size()).isBetween(2, 3);
    }

    @Test
    void badOptionsAreExit2WithTheOptionNamed() throws Exception {
        CliTest.Run noOut = CliTest.run("report", SUNCATCHER);
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("orbitdc: report needs --out DIR");

        CliTest.Run missing = CliTest.run("report", SUNCATCHER, "--from", tmp.resolve("nowhere").toString(),
                "--out", tmp.resolve("o1").toString(), "--progress", "never");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("orbitdc: --from ").contains("not a directory");

        Files.createDirectories(tmp.resolve("empty"));
        CliTest.Run empty = CliTest.run("report", SUNCATCHER, "--from", tmp.resolve("empty").toString(),
                "--out", tmp.resolve("o2").toString(), "--progress", "never");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("no results.duckdb or sweep.duckdb there");

        CliTest.Run when = CliTest.run("report", SUNCATCHER, "--simulate", "sometimes", "--out", tmp.resolve("o3").toString());
        assertThat(when.exit()).isEqualTo(2);
        assertThat(when.err()).contains("--simulate 'sometimes': expected auto, always or never");

        Path sim = tmp.resolve("sim");
        assertThat(CliTest.run("simulate", SUNCATCHER, "--set", "duration=1 h", "--out", sim.toString()).exit()).isZero();
        CliTest.Run other = CliTest.run("report", CliTest.scenario("starcloud-1.yaml"), "--from", sim.toString(),
                "--out", tmp.resolve("o4").toString(), "--progress", "never");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("is a run of scenario 'suncatcher-like'");
        assertThat(tmp.resolve("o4").resolve("report.html")).doesNotExist();
    }

    /** The shipped scenario as a user runs it: the twin flown for its day, the page under 5 MB (docs/report.md). */
    @Test
    @Tag("slow")
    void theShippedSuncatcherReportFliesItsDayAndStaysUnderFiveMegabytes() throws Exception {
        Path out = tmp.resolve("report");
        CliTest.Run r = CliTest.run("report", SUNCATCHER, "--out", out.toString(), "--json", "--progress", "never");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("bytes").asLong()).isEqualTo(Files.size(out.resolve("report.html"))).isLessThan(5_000_000);
        assertThat(r.json().get("notes").toString()).contains("flown over the scenario's duration");
        assertThat(r.json().get("charts").size()).isGreaterThanOrEqualTo(14);
    }
}
