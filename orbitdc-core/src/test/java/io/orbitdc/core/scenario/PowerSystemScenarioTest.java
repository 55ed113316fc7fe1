package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.sizing.PowerSystem;
import io.orbitdc.core.study.ShippedCatalogs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The power-system fields of a scenario: which scheme sets which defaults, and which field wins. */
class PowerSystemScenarioTest {

    private final ScenarioLoader loader = new ScenarioLoader(ShippedCatalogs.load());

    private PowerSystem powerSystem(String satellite) {
        return loader.parse("test.yaml", "orbitdc: 1\norbit: { altitude: 650 km }\nsatellite:\n" + satellite, Path.of("."))
                .satellite().orElseThrow().powerSystem();
    }

    @Test
    void defaultIsTheMpptBatteryBusWithTheBatteryAsItsOnlyEclipseStage() {
        // X_d = 0.95 MPPT × 0.98 distribution; X_e = X_d × the default Li-ion's 0.97 charge × 0.97 discharge
        PowerSystem p = powerSystem("  acceleratorsPerSatellite: 1\n");
        assertThat(p.daylightPathEfficiency()).isCloseTo(0.931, within(1e-12));
        assertThat(p.eclipsePathEfficiency()).isCloseTo(0.931 * 0.97 * 0.97, within(1e-12));
    }

    @Test
    void theBatteryChargeEfficiencyMovesTheEclipsePath() {
        // the battery's charge efficiency was silently unused before; on the MPPT bus it is a stage of X_e
        PowerSystem p = powerSystem("  battery: { chargeEfficiency: 0.90 }\n");
        assertThat(p.eclipsePathEfficiency()).isCloseTo(0.931 * 0.90 * 0.97, within(1e-12));
    }

    @Test
    void explicitPathEfficienciesWinAndSmadSchemesKeepTheirTableValues() {
        PowerSystem explicit = powerSystem("  powerSystem: { eclipsePathEfficiency: 0.8, daylightPathEfficiency: 0.9 }\n");
        assertThat(explicit.eclipsePathEfficiency()).isEqualTo(0.8);
        assertThat(explicit.daylightPathEfficiency()).isEqualTo(0.9);
        // ref: smad-1999 §11.4 table 11-34
        PowerSystem det = powerSystem("  powerSystem: { regulation: direct-energy-transfer }\n");
        assertThat(det.eclipsePathEfficiency()).isEqualTo(0.65);
        assertThat(det.daylightPathEfficiency()).isEqualTo(0.85);
        PowerSystem ppt = powerSystem("  powerSystem: { regulation: peak-power-tracking }\n");
        assertThat(ppt.eclipsePathEfficiency()).isEqualTo(0.60);
        assertThat(ppt.daylightPathEfficiency()).isEqualTo(0.80);
    }
}
