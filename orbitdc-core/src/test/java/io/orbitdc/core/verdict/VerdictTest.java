package io.orbitdc.core.verdict;

import io.orbitdc.core.report.VerdictReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.VerdictJson;
import io.orbitdc.core.report.VerdictText;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.Study;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictTest {

    private static VerdictReport verdict(String name, int threads) {
        Path file = Path.of("../scenarios/" + name + ".yaml");
        return Verdict.of(Study.load(file), new CostInputSampler(256, 7, threads),
                Optional.of(ScenarioVariants.of(file, Overrides.none())));
    }

    /** Regression/contract: the DESIGN.md "Verdict" keys are present and consistent. */
    @ParameterizedTest
    @ValueSource(strings = {"suncatcher-like", "starcloud-40mw"})
    void contractKeysAndOrder(String name) {
        VerdictReport v = verdict(name, 1);
        JsonNode doc = VerdictJson.of(v);
        for (String path : new String[] {"/ratio/p10", "/ratio/p50", "/ratio/p90", "/space/usdPerGpuHour/p50",
                "/ground/usdPerGpuHour/p50", "/probabilityOrbitCheaper", "/flipLaunchUsdPerKg", "/bindingConstraint",
                "/carbon/spaceGCo2ePerKwh", "/carbon/groundGCo2ePerKwh", "/water/spaceLitresPerMwh",
                "/water/groundLitresPerMwh"}) {
            assertThat(doc.at(path).isMissingNode()).as(path).isFalse();
        }
        assertThat(doc.at("/ratio/p10").asDouble()).isLessThanOrEqualTo(doc.at("/ratio/p50").asDouble());
        assertThat(doc.at("/ratio/p50").asDouble()).isLessThanOrEqualTo(doc.at("/ratio/p90").asDouble());
        assertThat(doc.at("/probabilityOrbitCheaper").asDouble()).isBetween(0.0, 1.0);
        assertThat(doc.at("/drivers")).hasSize(Verdict.DRIVERS);
        for (JsonNode d : doc.at("/drivers")) {
            assertThat(d.has("input")).isTrue();
            assertThat(d.at("/share").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(doc.at("/presets")).extracting(p -> p.at("/name").asText())
                .containsExactly("suncatcher", "starcloud", "forethought", "semianalysis");
        for (JsonNode p : doc.at("/presets")) {
            assertThat(p.at("/ratio").asDouble()).as(p.toString()).isPositive();
        }
        // the ratio is orbit over ground: its median sits between the sides' medians' ratio bounds
        assertThat(v.ratio().p50()).isGreaterThan(0.0);
        assertThat(v.footprint().space().gCo2ePerKwh()).isGreaterThan(0.0);
    }

    /**
     * Validation (hand calculation): starcloud-40mw's ground is typical-us-ai-dc, grid 373 g/kWh
     * (epa-egrid-2022, US average) at PUE 1.56: 373 x 1.56 = 581.88 g/kWh of operational carbon.
     * Tolerance 1e-9: arithmetic only.
     */
    @org.junit.jupiter.api.Test
    void starcloudGroundCarbonByHand() {
        VerdictReport v = verdict("starcloud-40mw", 1);
        assertThat(v.footprint().ground().operationalGPerKwh()).isCloseTo(581.88, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(v.footprint().ground().litresPerMwh()).isCloseTo(485.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(v.footprint().space().litresPerMwh()).isZero();
    }

    /** Determinism: same file and seed, same bytes, whatever the thread count. */
    @ParameterizedTest
    @ValueSource(strings = {"suncatcher-like", "starcloud-40mw"})
    void sameOutputForAnyThreadCount(String name) {
        String one = JsonOutput.pretty(VerdictJson.of(verdict(name, 1)));
        String four = JsonOutput.pretty(VerdictJson.of(verdict(name, 4)));
        assertThat(four).isEqualTo(one);
        assertThat(VerdictText.render(verdict(name, 3))).isEqualTo(VerdictText.render(verdict(name, 1)));
    }

    /** The text is one page: at most 60 lines of at most 100 columns. */
    @ParameterizedTest
    @ValueSource(strings = {"suncatcher-like", "starcloud-40mw"})
    void textFitsOnePage(String name) {
        String text = VerdictText.render(verdict(name, 2));
        String[] lines = text.split("\n");
        assertThat(lines.length).isLessThanOrEqualTo(VerdictText.MAX_LINES);
        for (String l : lines) {
            assertThat(l.length()).as(l).isLessThanOrEqualTo(VerdictText.MAX_COLUMNS);
        }
        assertThat(text).contains("VERDICT").contains("CARBON").contains("WATER").contains("PRESETS");
    }
}
