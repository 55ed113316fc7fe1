package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.study.ShippedCatalogs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A span or an angle written without a unit is refused with the units to use (issue 17's
 * foot-guns: "duration: 365" flew 365 s, "inclination: 3" was 172°); fields whose schema documents a
 * unit-less convention (station latitude and longitude in degrees) and zero still pass; an epoch
 * outside 1972-2100 (a typo such as +99999) is refused too.
 */
class FootGunInputTest {

    private static final String BASE = """
            orbitdc: 1
            name: bare
            orbit: { altitude: 650 km, inclination: 53 deg }
            constellation: { type: single }
            satellite: { accelerator: nvidia-h100-sxm, acceleratorsPerSatellite: 1 }
            """;

    private static Scenario parse(String extra) {
        return new ScenarioLoader(ShippedCatalogs.load()).parse("bare.yaml", BASE + extra, Path.of("."));
    }

    @Test
    void aDurationWithoutAUnitIsRefusedAtItsLineWithTheUnitsToUse() {
        assertThatThrownBy(() -> parse("duration: 365\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("bare.yaml:6:11 duration: found '365' without a unit")
                .hasMessageContaining("'365 d'");
    }

    @Test
    void anAngleWithoutAUnitIsRefusedWhereTheSchemaWouldReadRadians() {
        String text = BASE.replace("acceleratorsPerSatellite: 1 }",
                "acceleratorsPerSatellite: 1, solarArray: { sunIncidence: 0.2 } }");
        assertThatThrownBy(() -> new ScenarioLoader(ShippedCatalogs.load()).parse("bare.yaml", text, Path.of(".")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("satellite.solarArray.sunIncidence: found '0.2' without a unit")
                .hasMessageContaining("'0.2 deg'");
    }

    @Test
    void documentedDegreeFieldsAndQuantitiesWithUnitsStillPass() {
        Scenario s = parse("duration: 2 d\nstep: 60 s\n"
                + "groundStations: [ { name: svalbard, latitude: 78.23, longitude: 15.39, minElevation: 5 deg } ]\n");
        assertThat(s.durationS()).isEqualTo(2 * 86_400.0);
        assertThat(s.stepS()).isEqualTo(60.0);
        assertThat(s.groundStations().get(0).latitudeRad()).isCloseTo(Math.toRadians(78.23), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aBareInclinationIsRefusedRatherThanReadInRadians() {
        String text = BASE.replace("inclination: 53 deg", "inclination: 3");
        assertThatThrownBy(() -> new ScenarioLoader(ShippedCatalogs.load()).parse("bare.yaml", text, Path.of(".")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("orbit.inclination: found '3' without a unit");
    }

    @Test
    void anImplausibleEpochIsRefusedAtItsLine() {
        assertThatThrownBy(() -> parse("epoch: +99999-01-01T00:00:00Z\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("bare.yaml:6:8 epoch: found")
                .hasMessageContaining("expected an epoch from 1972-01-01T00:00:00Z to before 2100-01-01T00:00:00Z");
        assertThat(parse("epoch: 2027-01-01T00:00:00Z\n").epoch()).isEqualTo(java.time.Instant.parse("2027-01-01T00:00:00Z"));
    }
}
