package io.orbitdc.cli;

import static io.orbitdc.cli.CliTest.run;
import static io.orbitdc.cli.CliTest.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The up-front work estimate and the sky and distribution keys, through the command line. */
class MegaConstellationCliTest {

    @Test
    void aMillionSatellitesAreRefusedUpFrontWithExitTwoNamingTheHeap() {
        for (String verb : new String[] {"geometry", "simulate"}) {
            CliTest.Run r = run(verb, scenario("spacex-odc-1m.yaml"), "--threads", "2", "--progress", "never");
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("spacex-odc-1m.yaml:").contains("-Xmx").doesNotContain("Exception");
        }
    }

    @Test
    void aHundredThousandSatellitesAtTheDefaultLinkRangeAreRefusedNamingTheRange() {
        CliTest.Run r = run("geometry", scenario("spacex-odc-100k.yaml"), "--set", "links.range=1000 km",
                "--threads", "2", "--progress", "never");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("links.range").contains("--budget");
    }

    @Test
    void aBudgetThatIsNotPositiveIsBadInput() {
        CliTest.Run r = run("geometry", scenario("suncatcher-like.yaml"), "--budget", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--budget");
    }

    @Test
    void geometryJsonCarriesTheSkyKeysAndTheDistributions() throws IOException {
        CliTest.Run r = run("geometry", scenario("suncatcher-like.yaml"), "--json", "--threads", "2", "--progress", "never");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode sky = r.json().get("sky");
        assertThat(sky.get("medianMagnitude").isNumber()).isTrue();
        assertThat(sky.get("fractionBrighterThanIauLimit").asDouble()).isBetween(0.0, 1.0);
        assertThat(sky.get("observers")).hasSize(3);
        JsonNode first = sky.get("observers").get(0);
        assertThat(first.has("name") && first.has("latitude") && first.has("maxNakedEyeVisible")).isTrue();
        JsonNode dist = r.json().get("distributions");
        assertThat(dist.get("sunlitFraction").get("p50").asDouble()).isBetween(0.0, 1.0);
        assertThat(dist.get("links").get("componentGraphs").asInt()).isPositive();
        assertThat(dist.get("stations")).hasSize(2);
    }
}
