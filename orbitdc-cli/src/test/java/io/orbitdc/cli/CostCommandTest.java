package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbitdc cost} (without the twin): the headline's companions and the refusal of an unpriced part. */
class CostCommandTest {

    @Test
    void jsonCarriesBothLaunchedPowerNormalisationsTheMarketAndTheFacilityCheck() throws IOException {
        CliTest.Run r = CliTest.run("cost", CliTest.scenario("suncatcher-like.yaml"), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        for (String key : new String[] {"/space/launchUsdPerKwYearOfIt", "/space/launchUsdPerKwYearOfSatellitePower",
            "/space/itWattsPerKg", "/space/satelliteWattsPerKg", "/ground/market/lowUsdPerGpuHour",
            "/ground/market/medianUsdPerGpuHour", "/ground/market/highUsdPerGpuHour",
            "/ground/market/usdPerH100EquivalentHour", "/ground/market/position", "/ground/facility/scaled",
            "/ground/facility/requiredItPowerW"}) {
            assertThat(doc.at(key).isMissingNode() || doc.at(key).isNull()).as(key).isFalse();
        }
        assertThat(doc.at("/space/launchUsdPerKwYear").asDouble()).isEqualTo(doc.at("/space/launchUsdPerKwYearOfIt").asDouble());
        CliTest.Run text = CliTest.run("cost", CliTest.scenario("suncatcher-like.yaml"));
        assertThat(text.out()).contains("MARKET     ground $").contains("H100 on-demand rental, 2026 range $1.99-5.00")
                .contains("per kW-year of satellite power");
    }

    @Test
    void anUnpricedInlineAcceleratorExitsTwoAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unpriced.yaml");
        Files.writeString(file, """
                orbitdc: 1
                missionLife: 1 yr
                orbit: { altitude: 550 km, inclination: 53 deg }
                constellation: { type: single }
                satellite:
                  accelerator: { name: no price, power: 300 W, mass: 5 kg }
                  acceleratorsPerSatellite: 4
                launch: { pricePerKg: 1000 USD/kg }
                """);
        CliTest.Run r = CliTest.run("cost", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":6:16 satellite.accelerator: accelerator 'inline' has no price")
                .doesNotContain("internal error");
        assertThat(r.out()).doesNotContain("ANSWER");
    }
}
