package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orbitdc.core.geometry.sky.BrightnessModel;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.scenario.schema.DefaultsWriter;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

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
    void minimalScenarioGetsEveryDefault() {
        Scenario s = parse("orbitdc: 1\norbit: { altitude: 650 km }\n");
        assertThat(s.name()).isEqualTo("test");
        assertThat(s.stepS()).isEqualTo(30.0);
        assertThat(s.missionLifeS()).isEqualTo(5 * 365.25 * 86400);
        assertThat(s.shells()).hasSize(1);
        OrbitSpec o = s.shells().get(0).orbit();
        assertThat(o.altitudeM()).isEqualTo(650_000.0);
        assertThat(o.sunSynchronous()).isTrue();
        assertThat(o.ltanHours()).isEqualTo(6.0);
        assertThat(s.satellite()).isPresent();
        assertThat(s.satellite().get().accelerator().id()).isEqualTo("nvidia-h100-sxm");
        assertThat(s.satellite().get().radiator().temperatureK()).isEqualTo(318.15);
    }

    @Test
    void quantitiesWithUnitsAreReadInSi() {
        Scenario s = parse("""
                orbitdc: 1
                duration: 365 d
                orbit: { altitude: 550 km, inclination: 53 deg }
                satellite:
                  battery: { specificEnergy: 120 Wh/kg, depthOfDischarge: 30 % }
                  radiator: { temperature: 318 K, arealMass: 3.6 kg/m2 }
                economics:
                  terrestrial: { electricityPrice: 0.04 USD/kWh }
                """);
        assertThat(s.durationS()).isEqualTo(365 * 86400.0);
        assertThat(s.shells().get(0).orbit().inclinationRad()).isCloseTo(Math.toRadians(53), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.satellite().get().battery().specificEnergyJPerKg()).isCloseTo(432_000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.satellite().get().battery().depthOfDischarge()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.economics().terrestrial().electricityUsdPerJ().getAsDouble()).isCloseTo(0.04 / 3.6e6, org.assertj.core.data.Offset.offset(1e-18));
    }

    @Test
    void badUnitIsReportedWithLineColumnFieldAndExample() {
        List<String> errors = errors("orbitdc: 1\norbit:\n  altitude: 65O km\n");
        assertThat(errors).containsExactly(
                "test.yaml:3:13 orbit.altitude: '65O km' is not a length; expected e.g. '650 km'");
    }

    @Test
    void unknownKeyGetsDidYouMean() {
        List<String> errors = errors("orbitdc: 1\nsatellite:\n  radiatr: { temperature: 45 C }\n");
        assertThat(errors).singleElement().asString()
                .startsWith("test.yaml:3:3 satellite.radiatr: unknown field; did you mean 'radiator'?");
    }

    @Test
    void physicallyImpossibleValuesAreErrorsWithTheReason() {
        List<String> errors = errors("""
                orbitdc: 1
                orbit: { altitude: 100 km }
                satellite:
                  solarArray: { efficiency: 1.2 }
                  battery: { depthOfDischarge: 0 }
                  bus: { mass: -5 kg }
                """);
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("test.yaml:2:20 orbit.altitude: found '100 km'; expected a value from 160 km")
                .contains("drag");
        assertThat(errors.get(1)).contains("satellite.solarArray.efficiency: found '1.2'; expected a value from 0.001 to 0.7");
        assertThat(errors.get(2)).contains("satellite.battery.depthOfDischarge: found '0'").contains("stores nothing");
        assertThat(errors.get(3)).contains("satellite.bus.mass: found '-5 kg'; expected at least 0 kg");
    }

    @Test
    void yamlSyntaxErrorsCarryALine() {
        List<String> errors = errors("orbitdc: 1\norbit:\n  altitude: [650 km\n");
        assertThat(errors).singleElement().asString().matches("test\\.yaml:\\d+:\\d+: YAML syntax error: .*");
        assertThat(errors.get(0)).doesNotStartWith("test.yaml:1:");
    }

    @Test
    void duplicateKeysAndExclusiveFieldsAreErrors() {
        assertThat(errors("orbitdc: 1\nseed: 1\nseed: 2\n")).singleElement().asString()
                .contains("test.yaml:3:1").contains("duplicate key 'seed'");
        assertThat(errors("orbitdc: 1\norbit: {altitude: 650 km}\nshells:\n  - orbit: {altitude: 550 km}\n"))
                .singleElement().asString().contains("shells: cannot be given together with 'orbit'");
    }

    @Test
    void unknownCatalogIdGetsTheNearestOne() {
        assertThat(errors("orbitdc: 1\nsatellite: { accelerator: nvidia-h100-sx }\n")).singleElement().asString()
                .contains("satellite.accelerator: unknown accelerator 'nvidia-h100-sx'; did you mean 'nvidia-h100-sxm'?");
    }

    @Test
    void anAcceleratorIdWithoutItsVendorPrefixResolvesWhenUnique() {
        // DESIGN.md's example scenario writes `accelerator: tpu-v6e`
        Scenario s = parse("orbitdc: 1\nsatellite: { accelerator: tpu-v6e }\n");
        assertThat(s.satellite().get().accelerator().id()).isEqualTo("google-tpu-v6e");
    }

    @Test
    void versionIsRequiredAndChecked() {
        assertThat(errors("name: x\n")).singleElement().asString().contains("orbitdc: missing; expected a whole number");
        assertThat(errors("orbitdc: 2\n")).singleElement().asString().contains("this orbitdc reads format version 1");
    }

    @Test
    void walkerSatellitesMustDivideIntoPlanes() {
        assertThat(errors("orbitdc: 1\nconstellation: { type: walker, satellites: 10, planes: 3 }\n"))
                .singleElement().asString().contains("10 satellites do not divide into 3 planes");
    }

    @Test
    void inlineAcceleratorStartsFromItsBase() {
        Scenario s = parse("""
                orbitdc: 1
                satellite:
                  accelerator: { base: nvidia-h100-sxm, power: 500 W, tidLimit: 6 krad }
                """);
        var a = s.satellite().get().accelerator();
        assertThat(a.powerW()).isEqualTo(500.0);
        assertThat(a.tidLimitRad()).hasValue(6000.0);
        assertThat(a.bf16Flops()).isGreaterThan(5e14);
    }

    @Test
    void groundOnlyScenarioHasNoSpaceSegment() {
        Scenario s = parse("orbitdc: 1\neconomics: { terrestrial: { site: stargate-abilene } }\n");
        assertThat(s.hasSpaceSegment()).isFalse();
        assertThat(s.shells()).isEmpty();
    }

    @Test
    void theDefaultsListingIsItselfAValidScenario() {
        Scenario s = parse(DefaultsWriter.write());
        assertThat(s.hasSpaceSegment()).isTrue();
        assertThat(s.shells().get(0).orbit().altitudeM()).isEqualTo(650_000.0);
    }

    @Test
    void missingFileIsABadInputError() {
        assertThatThrownBy(() -> loader.load(Path.of("no/such/file.yaml")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("no such file");
    }

    // the sky: section (docs/models/sky-brightness.md): defaults, binding, located errors

    @Test
    void withoutASkySectionTheDefaultsApply() {
        SkySettings sky = parse("orbitdc: 1\norbit: { altitude: 650 km }\n").sky();
        assertThat(sky.model()).isEqualTo(BrightnessModel.DIFFUSE_SPHERE);
        assertThat(sky.areaM2()).isEmpty();
        assertThat(sky.albedo()).isEqualTo(0.2);
        assertThat(sky.observers()).extracting(o -> o.name()).containsExactly("equator", "Cerro Pachon (Rubin)", "50N");
    }

    @Test
    void aSkySectionIsBound() {
        SkySettings sky = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                sky:
                  model: flat-plate
                  area: 120 m2
                  albedo: 0.08
                  observers:
                    - { name: Paranal, latitude: -24.63, longitude: -70.40 }
                    - { name: Kitt Peak, latitude: 31.96 }
                """).sky();
        assertThat(sky.model()).isEqualTo(BrightnessModel.FLAT_PLATE);
        assertThat(sky.areaM2()).hasValue(120.0);
        assertThat(sky.albedo()).isEqualTo(0.08);
        assertThat(sky.observers()).hasSize(2);
        assertThat(Math.toDegrees(sky.observers().get(0).latitudeRad())).isCloseTo(-24.63, Offset.offset(1e-9));
        assertThat(sky.observers().get(1).longitudeRad()).isZero();
    }

    @Test
    void badSkyValuesAreLocatedErrors() {
        assertThat(errors("orbitdc: 1\norbit: { altitude: 650 km }\nsky: { albedo: 1.5 }\n")).singleElement().asString()
                .startsWith("test.yaml:3:").contains("sky.albedo");
        assertThat(errors("orbitdc: 1\norbit: { altitude: 650 km }\nsky: { model: mirror }\n")).singleElement().asString()
                .startsWith("test.yaml:3:").contains("sky.model");
        assertThat(errors("orbitdc: 1\norbit: { altitude: 650 km }\nsky: { area: -3 m2 }\n")).singleElement().asString()
                .startsWith("test.yaml:3:").contains("sky.area");
        assertThat(errors("orbitdc: 1\norbit: { altitude: 650 km }\nsky:\n  observers:\n    - { name: x, latitude: 95 }\n"))
                .singleElement().asString().startsWith("test.yaml:5:").contains("latitude");
    }
}
