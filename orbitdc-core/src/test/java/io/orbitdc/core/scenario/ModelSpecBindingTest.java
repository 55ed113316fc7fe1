package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orbitdc.core.geometry.WalkerConstellation;
import io.orbitdc.core.sizing.FleetTarget;
import io.orbitdc.core.sizing.RadiatorOrientation;
import io.orbitdc.core.study.ShippedCatalogs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binder builds the models' own specs (no scenario-side copies) and binds every model choice
 * to its enum: an unknown word is a located error with the nearest word, and a value the model
 * itself refuses is a located error at the group, before any verb runs.
 */
class ModelSpecBindingTest {

    private final ScenarioLoader loader = new ScenarioLoader(ShippedCatalogs.load());

    private Scenario parse(String yaml) {
        return loader.parse("test.yaml", yaml, Path.of("."));
    }

    private List<String> errors(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> parse(yaml));
        assertThat(e).as("expected validation errors").isNotNull();
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    @Test
    void modelChoicesAreBoundToTheirEnums() {
        Scenario s = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km, inclination: 53 deg }
                constellation: { type: walker, satellites: 4, planes: 2, phasing: 1, pattern: star }
                target: { itPower: 1 MW }
                satellite:
                  radiator: { orientation: nadir }
                """);
        assertThat(s.shells().get(0).constellation().type()).isEqualTo(ConstellationSpec.Type.WALKER);
        assertThat(s.shells().get(0).constellation().pattern()).isEqualTo(WalkerConstellation.Pattern.STAR);
        assertThat(s.satellite().orElseThrow().radiator().orientation()).isEqualTo(RadiatorOrientation.NADIR);
        assertThat(s.target()).contains(new FleetTarget.ItPower(1e6));
    }

    @Test
    void anUnknownChoiceIsALocatedErrorWithTheNearestWord() {
        List<String> errs = errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                constellation: { type: walkr }
                satellite:
                  radiator: { orientation: nadr }
                  powerSystem: { regulation: mppt }
                """);
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("test.yaml:3:").contains("constellation.type")
                .contains("did you mean 'walker'"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("test.yaml:5:").contains("satellite.radiator.orientation")
                .contains("did you mean 'nadir'"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("test.yaml:6:")
                .contains("satellite.powerSystem.regulation"));
    }

    @Test
    void aValueTheSizingModelRefusesIsALocatedBindError() {
        // 1 + c·ΔT = 1 − 0.02/K × 148.85 K < 0: the cell would deliver nothing; the schema has no
        // bound for the coefficient alone, the array model refuses the combination
        List<String> errs = errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                satellite:
                  solarArray: { temperatureCoefficient: -2 %/K, operatingTemperature: 450 K }
                """);
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("test.yaml:4:").contains("satellite.solarArray")
                .contains("cell temperature loss leaves no output"));
    }
}
