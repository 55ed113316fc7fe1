package io.orbitdc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.sizing.SizingResult;
import io.orbitdc.core.twin.TwinSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example program on the shipped scenarios, as `./mvnw -B verify` promises, and checks
 * that each says what its Javadoc says it shows. Plausibility and consistency checks of the
 * examples' wiring; the models themselves are validated in orbitdc-core (docs/validation.md).
 */
class ExamplesTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sizeADesignPrintsTheSuncatcherClusterItsScenarioDescribes() {
        SizingResult r = SizeADesign.run(SCENARIOS.resolve("suncatcher-like.yaml"), out);
        // the shipped scenario's own contract: 81 satellites of 64 TPUs (ShippedScenariosTest)
        assertThat(r.fleet().satellites()).isEqualTo(81);
        assertThat(r.fleet().accelerators()).isEqualTo(81L * 64);
        assertThat(printed()).contains("suncatcher-like: 81 satellites, 5,184 accelerators").contains("binding constraint:");
    }

    @Test
    void compareOrbitAndGroundPrintsTheRatioOfTheTwoSidesItComputed() {
        CostComparison c = CompareOrbitAndGround.run(SCENARIOS.resolve("starcloud-40mw.yaml"), out);
        assertThat(c.spaceToGroundRatio()).isCloseTo(c.space().usdPerGpuHour() / c.ground().usdPerGpuHour(), within(1e-9));
        assertThat(printed()).contains("per GPU-hour: ratio").containsPattern("break-even|breaks even");
        assertThat(printed().lines().filter(l -> l.startsWith("driver: "))).hasSize(3);
    }

    @Test
    void flyATwinRecordsItsRunAndTheQueryReadsItBack(@TempDir Path dir) throws Exception {
        double lowest = FlyATwinAndQueryResults.run(SCENARIOS.resolve("starcloud-1.yaml"), dir, out);
        assertThat(dir.resolve("results.duckdb")).isRegularFile();
        // one satellite, one day at 30 s sampled every 10th step: 2,880 / 10 = 288 samples
        assertThat(printed()).contains("satellite 0: lowest charge").contains("(288 samples)");
        assertThat(lowest).isBetween(0.0, 1.0);
    }

    @Test
    void aSchedulerFromOutsideCoreIsFoundByNameAndChangesTheRun() throws Exception {
        Path examples = Path.of("scenarios");
        TwinSummary[] runs = PlugACustomScheduler.run(examples.resolve("starcloud-1-greedy.yaml"),
                examples.resolve("starcloud-1-battery-floor.yaml"), out);
        assertThat(printed()).contains("greedy").contains("battery-floor");
        // the files differ only in their scheduler line (checked here), so any difference is the policy's
        String greedy = Files.readString(examples.resolve("starcloud-1-greedy.yaml")).replace("greedy", "X");
        String floor = Files.readString(examples.resolve("starcloud-1-battery-floor.yaml")).replace("battery-floor", "X");
        assertThat(greedy).isEqualTo(floor);
        // greedy draws the battery to ~71 % in eclipse, below the 80 % floor: the floor policy then runs
        // compute on array power only, so it keeps more charge and delivers less (both strictly)
        assertThat(runs[0].battery().minSoc()).isLessThan(BatteryFloorPolicy.FLOOR);
        assertThat(runs[1].battery().minSoc()).isGreaterThan(runs[0].battery().minSoc());
        assertThat(runs[1].compute().goodputFraction()).isLessThan(runs[0].compute().goodputFraction());
    }

    @Test
    void sweepLaunchPriceShowsTheRatioFallingAsLaunchGetsCheaper() {
        double[] ratios = SweepLaunchPrice.run(SCENARIOS.resolve("suncatcher-like.yaml"), out);
        // launch is a cost line that grows with its price and nothing else moves: the ratio rises strictly
        for (int i = 1; i < ratios.length; i++) {
            assertThat(ratios[i]).isGreaterThan(ratios[i - 1]);
        }
        assertThat(printed().lines().filter(l -> l.contains("USD/kg"))).hasSize(SweepLaunchPrice.PRICES.size());
    }
}
