package io.orbitdc.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.scenario.ScenarioException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Sweep files: grids, lists, random designs, and located errors like a scenario's. */
class SweepFileReaderTest {

    private static final Path DIR = Path.of("..", "scenarios", "sweeps").toAbsolutePath().normalize();

    private static SweepSpec parse(String text) {
        return SweepFileReader.parse("s.yaml", text, DIR);
    }

    @Test
    void logGridIsGeometricWithExactEnds() {
        SweepSpec s = parse("sweep: 1\nbase: ../suncatcher-like.yaml\naxes:\n"
                + "  - { path: launch.pricePerKg, from: 100 USD/kg, to: 10000 USD/kg, steps: 3, scale: log }\n");
        Axis a = s.axes().get(0);
        // hand calculation: geometric mean of 100 and 10000 is 1000
        assertThat(a.values()).extracting(AxisValue::number).containsExactly(100.0, 1000.0000000000007, 10000.0);
        assertThat(a.values().get(0).text()).isEqualTo("100.0 USD/kg");
        assertThat(a.unit()).isEqualTo("USD/kg");
        assertThat(s.stages()).containsExactly(Stage.SIZE, Stage.LAUNCH, Stage.COST);
    }

    @Test
    void everyErrorIsLocated() {
        assertThatThrownBy(() -> parse("""
                sweep: 2
                base: ../nope.yaml
                stages: [size, costs]
                axes:
                  - { path: launch.pricePerKg, from: 100 USD/kg, to: 3 km, steps: 4 }
                  - { pth: x }
                random: { draws: 0, metod: latin }
                """))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).lines()).contains(
                        "s.yaml:1:8 sweep: found '2'; expected 1",
                        "s.yaml:3:16 stages[1]: found 'costs'; expected one of size, launch, cost, simulate (did you mean 'cost'?)",
                        "s.yaml:5:54 axes[0].to: is in 'km' but from is in 'USD/kg'; expected both ends in the same unit",
                        "s.yaml:6:7 axes[1].pth: unknown field; did you mean 'path'?",
                        "s.yaml:7:18 random.draws: found '0'; expected a whole number 1 to 1000000",
                        "s.yaml:7:21 random.metod: unknown field; did you mean 'method'?"))
                .hasMessageContaining("s.yaml:2:7 base: no such file");
    }

    @Test
    void shippedWorkedExampleReads() {
        SweepSpec s = SweepFileReader.read(DIR.resolve("gigawatt-vs-abilene.yaml"));
        assertThat(s.axes()).extracting(Axis::path)
                .containsExactly("target.itPower", "launch.pricePerKg", "satellite.radiator.temperature");
        assertThat(s.random()).isPresent();
    }
}
