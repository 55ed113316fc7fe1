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
        // one goodput concept: the training job's share (1 here: the scenario states none) at its effective
        // training time, the rest at the hardware delivered fraction, failures made good by the spares the
        // cost model buys (so not charged again) — recomputed here from the simulate keys
        double hardware = sim.at("/compute/goodputFraction").asDouble() + sim.at("/compute/lostToFailuresFraction").asDouble();
        double share = sim.at("/training/share").asDouble();
        double goodput = share * sim.at("/training/effectiveTrainingFraction").asDouble() + (1 - share) * Math.min(1, hardware);
        assertThat(goodput).isBetween(0.05, 1.0 - 1e-6);
        assertThat(sim.at("/compute/pricedDeliveredFraction").asDouble()).isCloseTo(goodput, within(1e-12));
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
