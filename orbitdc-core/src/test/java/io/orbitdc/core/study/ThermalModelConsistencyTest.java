package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.sizing.FleetTarget;
import io.orbitdc.core.sizing.SizingResult;
import io.orbitdc.core.twin.CircularOrbitTimeline;
import io.orbitdc.core.twin.FailureRates;
import io.orbitdc.core.twin.SatelliteSample;
import io.orbitdc.core.twin.SatelliteTwin;
import io.orbitdc.core.twin.SatelliteTwinSpec;
import io.orbitdc.core.twin.SizedTwin;
import io.orbitdc.core.twin.ThermalNetwork;
import io.orbitdc.core.twin.ThermalNetworkSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One thermal model, two fidelities: the closed-form sizing (radiator at its design temperature,
 * die at T_rad + R·P_unit) and the twin's transient network must agree on the same design when
 * the twin is held in constant sunlight at constant full load until it stops changing. A
 * consistency check between the two fidelities (not a validation against an outside reference:
 * the radiator flux itself is validated in RadiatorTest against Forethought and Starcloud).
 */
class ThermalModelConsistencyTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    /** Two days of 30 s steps: the slowest mode (radiator, C_r/(4·k·T³) ≈ 4 min) has settled 700 times over. */
    private static final int STEPS = 5760;
    private static final double STEP_S = 30.0;

    private record Design(SizingResult sized, SatelliteTwinSpec twin) {
    }

    private static Design design(String file) {
        Scenario scenario = PIPELINE.load(Path.of("..", "scenarios", file));
        SatelliteDesign d = scenario.satellite().orElseThrow();
        SizingReport.ShellSizing shell = SizingStage.run(scenario).primary();
        SizingResult sized = shell.result();
        SatelliteTwinSpec twin = SizedTwin.specOf(
                SizingStage.input(scenario, shell.shell(), d, new FleetTarget.Satellites(1)), sized,
                TwinDefaults.assumptions(d), TwinDefaults.rollback(), FailureRates.none(),
                TwinDefaults.layout(d.acceleratorsPerSatellite()));
        return new Design(sized, twin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"suncatcher-like.yaml", "starcloud-40mw.yaml", "three-body.yaml"})
    void twinInConstantSunAtFullLoadSettlesAtTheSizingRadiatorAndDieTemperatures(String file) {
        Design d = design(file);
        // the whole twin (array → power chain → thermal network → throttle), no shadow, array facing the Sun
        CircularOrbitTimeline sun = new CircularOrbitTimeline(1, STEPS, STEP_S, 5_400.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0);
        List<SatelliteSample> samples = new ArrayList<>();
        SatelliteTwin twin = new SatelliteTwin(d.twin(), sun, 0, 42L).run(samples::add, STEPS);
        SatelliteSample last = samples.get(samples.size() - 1);

        double fullComputeW = d.twin().compute().powerW(d.twin().compute().accelerators(), 1.0);
        assertThat(last.computeW()).as("full load served in sunlight").isCloseTo(fullComputeW, within(1e-6 * fullComputeW));
        assertThat(twin.throttledS()).isZero();
        // tolerance 1 K: the bar for "one model"; the two agree to rounding when the heat rule is shared
        assertThat(last.radiatorK()).as("radiator").isCloseTo(d.sized().radiator().temperatureK(), within(1.0));
        assertThat(last.dieK()).as("die").isCloseTo(d.sized().dieTemperature().dieTemperatureK(), within(1.0));
        // and the compute radiator the twin flies is the one the sizing sized for the IT heat
        assertThat(d.twin().thermal().radiatorAreaM2()).isEqualTo(d.sized().radiator().areaM2());
        assertThat(fullComputeW).isCloseTo(d.sized().power().heat().computeHeatW(), within(1e-9 * fullComputeW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"suncatcher-like.yaml", "starcloud-40mw.yaml"})
    void atSteadyStateTheRadiatorRejectsExactlyTheHeatPutIn(String file) {
        // energy balance of the network at equilibrium: Q_in = emitted − A·q_abs (1e-6 relative, Newton and
        // step residue), and the same Q_in is what the sizing sized the compute radiator for
        Design d = design(file);
        ThermalNetworkSpec spec = d.twin().thermal();
        ThermalNetwork net = new ThermalNetwork(spec);
        double computeW = d.sized().power().heat().computeHeatW();
        for (int i = 0; i < STEPS; i++) {
            net.stepLoads(STEP_S, computeW, 0.0, 1.0);
        }
        double rejectedW = net.radiatedW() - spec.absorbedFluxWPerM2(1.0) * spec.radiatorAreaM2();
        assertThat(rejectedW).isCloseTo(computeW, within(1e-6 * computeW));
        assertThat(d.sized().radiator().netFluxWPerM2() * d.sized().radiator().areaM2())
                .isCloseTo(computeW, within(1e-9 * computeW));
    }
}
