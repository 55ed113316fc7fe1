package io.orbitdc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.catalog.CatalogException;
import io.orbitdc.core.launch.InfeasibleLaunchException;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.study.SizingStage;
import io.orbitdc.core.report.db.ResultsFileException;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioException;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.scenario.SourceMap;
import io.orbitdc.core.scenario.yaml.YamlSyntaxException;
import io.orbitdc.core.sizing.SizingInputException;
import io.orbitdc.core.twin.TwinInputException;
import io.orbitdc.core.units.QuantityFormatException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One root for every bad-input error, and the scenario locations engines' errors get. */
class InputExceptionTest {

    @Test
    void everyBadInputExceptionOfTheCoreDerivesFromTheOneRoot() {
        List<Class<?>> kinds = List.of(ScenarioException.class, YamlSyntaxException.class, SizingInputException.class,
                TwinInputException.class, InfeasibleLaunchException.class, CatalogException.class,
                QuantityFormatException.class, ResultsFileException.class);
        assertThat(kinds).allMatch(InputException.class::isAssignableFrom);
    }

    @Test
    void aLocatedErrorReadsFileLineColumnFieldMessageAndKeepsTheInnermostLocation() {
        InputException engine = new SizingInputException("radiator at 173.1 K cannot reject heat");
        InputException located = engine.at(new InputLocation("a.yaml", 12, 13, "satellite.radiator"));
        assertThat(located.getMessage()).isEqualTo("a.yaml:12:13 satellite.radiator: radiator at 173.1 K cannot reject heat");
        assertThat(located.getCause()).isSameAs(engine);
        assertThat(located.at(new InputLocation("a.yaml", 1, 1, ""))).isSameAs(located);
    }

    private static Scenario parse(String text) {
        return new ScenarioLoader(ShippedCatalogs.load()).parse("s.yaml", text, Path.of("."));
    }

    @Test
    void aFieldLeftAtItsDefaultIsLocatedAtTheNearestSectionTheFileWrites() {
        Scenario s = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                satellite:
                  radiator: { temperature: 45 C }
                """);
        SourceMap src = s.sources();
        assertThat(src.locate("satellite.radiator.temperature").toString()).isEqualTo("s.yaml:4:28 satellite.radiator.temperature");
        assertThat(src.locate("satellite.radiator.emissivity").toString()).isEqualTo("s.yaml:4:13 satellite.radiator.emissivity");
        assertThat(src.locate("satellite.battery.depthOfDischarge").toString()).isEqualTo("s.yaml:4:3 satellite.battery.depthOfDischarge");
        assertThat(src.locate("launch.vehicles").line()).isEqualTo(1);
        assertThat(src.shell(0)).isEmpty();
    }

    @Test
    void shellsAreLocatedByTheirIndex() {
        Scenario s = parse("""
                orbitdc: 1
                shells:
                  - orbit: { altitude: 550 km, inclination: 53 deg }
                  - orbit: { altitude: 600 km, inclination: 70 deg }
                satellite: {}
                """);
        SourceMap src = s.sources();
        assertThat(src.shell(1)).isEqualTo("shells[1].");
        assertThat(src.locate("shells[1].orbit.altitude").toString()).isEqualTo("s.yaml:4:24 shells[1].orbit.altitude");
    }

    @Test
    void aSizingModelsRefusalReachesTheUserAtTheScenarioFieldItCameFrom() {
        Scenario s = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                satellite:
                  radiator: { temperature: -100 C, orientation: sun-facing }
                """);
        assertThatThrownBy(() -> SizingStage.run(s)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("s.yaml:4:13 satellite.radiator: radiator at 173.1 K cannot reject heat");
    }
}
