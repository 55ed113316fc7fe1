package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.sizing.SizingResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The compute radiator of a shipped design against the published sizing of the same design. */
class RadiatorAreaValidationTest {

    @Test
    void starcloudFortyMegawattRadiatorIsTheirFortyMegawattsOverSixHundredThirtyThreeWattsPerSquareMetre() {
        // ref: starcloud-wp (633 W/m² net at 20 °C); angadh-2025 (40 MW ÷ 633 W/m² ≈ 63,200 m²). Starcloud sizes the
        // radiator for the compute heat; so does the compute radiator here (the bus heat has its own radiator).
        // Per satellite: 45,700 × 700 W × 1.25 = 39.99 MW → 39.9875e6 / 633 = 63,171 m²; tolerance 1 % (633 is rounded,
        // and the model's own net flux is 633.5 W/m²). Before the heat rule the model gave 87,697 m² (+39 %).
        SizingResult r = SizingStage.run(Pipeline.standard().load(Path.of("..", "scenarios", "starcloud-40mw.yaml")))
                .primary().result();
        assertThat(r.radiator().areaM2()).isCloseTo(63_171.0, within(0.01 * 63_171.0));
        assertThat(r.radiator().wasteHeatW()).isEqualTo(r.power().itLoadW());
    }
}
