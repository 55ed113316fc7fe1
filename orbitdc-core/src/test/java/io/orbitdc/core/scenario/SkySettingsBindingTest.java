package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orbitdc.core.geometry.sky.BrightnessModel;
import io.orbitdc.core.study.ShippedCatalogs;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The scenario's sky: section: defaults, binding and located errors. */
class SkySettingsBindingTest {

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
