package io.orbitdc.cli;

import static io.orbitdc.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbitdc cost --with-twin}: the twin's delivered compute priced into the $/GPU-hour. */
class CostWithTwinCommandTest {

    private static JsonNode json(CliTest.Run r) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json();
    }

    /** The scenario with economics.deliveredFraction set. */
    private static Path withDelivered(Path file, double fraction) throws IOException {
        Path copy = file.resolveSibling("delivered-" + Double.toString(fraction).replace('.', '_') + ".yaml");
        Files.writeString(copy, Files.readString(file).replace("  discountRate: 0.08",
                "  discountRate: 0.08\n  deliveredFraction: " + fraction));
        return copy;
    }

    @Test
    void theTwinsGoodputScalesTheOrbitalGpuHourPriceAsOneOverIt(@TempDir Path dir) throws IOException {
        Path file = SimulateTwinCommandTest.clusterScenario(dir, "greedy");
        JsonNode twin = json(run("cost", file.toString(), "--json", "--with-twin", "--threads", "2"));
        JsonNode sim = json(run("simulate", file.toString(), "--json", "--threads", "1"));
        // one goodput concept (its arithmetic is checked by hand in core's PricedDeliveredFractionTest): the
        // scenario gives the training job no share, so it runs on the whole fleet (share 1) and the priced
        // fraction is the job's effective training time alone
        double hardware = sim.at("/compute/goodputFraction").asDouble() + sim.at("/compute/lostToFailuresFraction").asDouble();
        assertThat(sim.at("/training/share").asDouble()).isEqualTo(1.0);
        double goodput = sim.at("/training/effectiveTrainingFraction").asDouble();
        assertThat(goodput).isPositive();
        assertThat(sim.at("/compute/pricedDeliveredFraction").asDouble()).isEqualTo(goodput);
        assertThat(twin.at("/space/deliveredFraction").asDouble()).isEqualTo(sim.at("/compute/pricedDeliveredFraction").asDouble());
        // the job delivers less than the hardware ran: its waits, checkpoints and restarts are priced
        assertThat(goodput).isLessThan(hardware);
        assertThat(twin.at("/space/deliveredFractionSource").asText()).isEqualTo("twin");
        assertThat(twin.get("notes").toString()).contains("compute.pricedDeliveredFraction")
                .contains("training.effectiveTrainingFraction");

        JsonNode full = json(run("cost", withDelivered(file, 1.0).toString(), "--json"));
        JsonNode same = json(run("cost", withDelivered(file, goodput).toString(), "--json"));
        double priced = twin.at("/space/usdPerGpuHour").asDouble();
        // the fleet's costs do not depend on how much of it computes; only the GPU-hours they are spread over
        assertThat(priced).isCloseTo(full.at("/space/usdPerGpuHour").asDouble() / goodput, within(1e-9 * priced));
        assertThat(priced).isCloseTo(same.at("/space/usdPerGpuHour").asDouble(), within(1e-9 * priced));
        assertThat(same.at("/space/deliveredFractionSource").asText()).isEqualTo("scenario");
        // the ground side is untouched
        assertThat(twin.at("/ground/usdPerGpuHour").asDouble()).isEqualTo(full.at("/ground/usdPerGpuHour").asDouble());
    }

    @Test
    void withTwinNeedsSomethingToFly() {
        CliTest.Run r = run("cost", CliTest.scenario("colossus.yaml"), "--with-twin");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ground-only");
    }
}
