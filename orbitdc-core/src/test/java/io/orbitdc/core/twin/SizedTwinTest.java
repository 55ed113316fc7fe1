package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.sizing.SatelliteSizer;
import io.orbitdc.core.sizing.SizingFixtures;
import io.orbitdc.core.sizing.SizingInput;
import io.orbitdc.core.sizing.SizingResult;
import org.junit.jupiter.api.Test;

/**
 * A satellite sized by the sizing pipeline, flown by the twin through its worst eclipse every
 * orbit, must do what the sizing promised: no compute lost to power, the battery bottoming out at
 * no less than 1 − DoD, and the die no hotter than the sizing's steady die temperature (the sizing
 * radiator also carries bus and power-chain heat, so the twin runs cooler).
 */
class SizedTwinTest {
    /** Test assumptions (no published figures): 200 J/K per die, 2 kJ/K of plate per unit, 3.6 kg/m² × 900 J/(kg·K). */
    static final TwinAssumptions ASSUMPTIONS = new TwinAssumptions(200.0, 2000.0, 3240.0, 0.7, 0.2, 20.0, 0.0, 0.9, 293.15);

    @Test
    void suncatcherLikeSatelliteDeliversItsNameplateThroughTheWorstEclipse() {
        SizingInput in = SizingFixtures.suncatcherLike();
        SizingResult sized = SatelliteSizer.size(in);
        SatelliteTwinSpec spec = SizedTwin.specOf(in, sized, ASSUMPTIONS, RollbackSpec.checkpointed(600.0, 60.0),
                FailureRates.none(), new FailureLayout(8, 0, 0, 1));
        double period = sized.orbit().periodS();
        double eclipse = sized.power().eclipseS();
        double step = period / 200.0;
        CircularOrbitTimeline timeline = new CircularOrbitTimeline(1, 200 * 15, step, period, eclipse, 0.0, 1.0,
                0.0, 0.0, 0.0);
        SatelliteTwin twin = new SatelliteTwin(spec, timeline, 0, 1L).run();
        assertThat(eclipse).isPositive();
        assertThat(twin.compute().lostToEclipseFlop()).isZero();
        assertThat(twin.ledger().shedJ()).isZero();
        // DoD 0.3 → SoC ≥ 0.7; the sizing's array is end-of-life and the twin flies at beginning of life,
        // so the battery may end higher, never lower (1e-9 for rounding)
        assertThat(twin.minSoc()).isGreaterThanOrEqualTo(1.0 - in.battery().depthOfDischarge() - 1e-9);
        assertThat(twin.throttleTransitions()).isZero();
        assertThat(twin.maxDieK()).isLessThanOrEqualTo(sized.dieTemperature().dieTemperatureK() + 1e-6);
        assertThat(twin.compute().deliveredFlop() + twin.compute().lostToRadiationFlop())
                .isCloseTo(twin.compute().nameplateFlop(), within(1e-9 * twin.compute().nameplateFlop()));
    }
}
