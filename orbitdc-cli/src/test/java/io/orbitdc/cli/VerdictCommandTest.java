package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbitdc verdict}: the contract keys, --out, --set, determinism across threads, bad options. */
class VerdictCommandTest {

    @Test
    void jsonHasTheContractKeysAndOutWritesBothFiles(@TempDir Path dir) throws IOException {
        CliTest.Run r = CliTest.run("verdict", CliTest.scenario("starcloud-40mw.yaml"), "--json", "--draws", "128",
                "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        for (String key : new String[] {"/ratio/p10", "/ratio/p50", "/ratio/p90", "/space/usdPerGpuHour/p50",
            "/ground/usdPerGpuHour/p50", "/probabilityOrbitCheaper", "/bindingConstraint", "/carbon/spaceGCo2ePerKwh",
            "/carbon/groundGCo2ePerKwh", "/water/spaceLitresPerMwh", "/water/groundLitresPerMwh"}) {
            assertThat(doc.at(key).isMissingNode() || doc.at(key).isNull()).as(key).isFalse();
        }
        assertThat(doc.has("flipLaunchUsdPerKg")).isTrue();
        assertThat(doc.at("/drivers/0/input").asText()).isNotEmpty();
        assertThat(doc.at("/presets/0/name").asText()).isEqualTo("suncatcher");
        assertThat(Files.readString(dir.resolve("verdict.json"))).isEqualTo(r.out());
        assertThat(Files.readString(dir.resolve("verdict.txt"))).startsWith("orbitdc verdict: starcloud-40mw");
    }

    @Test
    void sameBytesForAnyThreadCountAndSetMovesTheAnswer() {
        String[] base = {"verdict", CliTest.scenario("suncatcher-like.yaml"), "--json", "--draws", "64", "--seed", "3"};
        CliTest.Run one = CliTest.run(concat(base, "--threads", "1"));
        CliTest.Run two = CliTest.run(concat(base, "--threads", "2"));
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        CliTest.Run cheap = CliTest.run(concat(base, "--set", "launch.pricePerKg=50 USD/kg"));
        assertThat(cheap.exit()).as(cheap.err()).isZero();
        assertThat(cheap.out()).isNotEqualTo(one.out());
    }

    @Test
    void badDrawsAndGroundOnlyScenariosExitTwo() {
        CliTest.Run draws = CliTest.run("verdict", CliTest.scenario("suncatcher-like.yaml"), "--draws", "3");
        assertThat(draws.exit()).isEqualTo(2);
        assertThat(draws.err()).contains("--draws 3: expected 16 to");
        CliTest.Run ground = CliTest.run("verdict", CliTest.scenario("stargate-abilene.yaml"));
        assertThat(ground.exit()).isEqualTo(2);
        assertThat(ground.err()).contains("nothing to compare with the ground").doesNotContain("internal error");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
