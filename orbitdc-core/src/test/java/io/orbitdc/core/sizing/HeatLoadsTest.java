package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Which heat goes to which radiator, and the bus radiator sized for its share. */
class HeatLoadsTest {

    @Test
    void computeRadiatorTakesTheItHeatAndTheBusRadiatorTheRest() {
        SizingResult r = SatelliteSizer.size(SizingFixtures.suncatcherLike());
        PowerBudget p = r.power();
        // conservation: every watt of load and every watt lost in the chain lands on one of the two radiators
        assertThat(p.heat().computeHeatW()).isEqualTo(p.itLoadW());
        assertThat(p.heat().busHeatW()).isCloseTo(p.busLoadW() + p.conversionLossW(), within(1e-9));
        assertThat(p.wasteHeatW()).isCloseTo(p.totalLoadW() + p.conversionLossW(), within(1e-9));
        assertThat(r.radiator().netFluxWPerM2() * r.radiator().areaM2()).isCloseTo(p.itLoadW(), within(1e-6));
        assertThat(r.busRadiator().netFluxWPerM2() * r.busRadiator().areaM2())
                .isCloseTo(p.heat().busHeatW(), within(1e-6));
        // both radiators are carried in the radiator mass
        assertThat(r.mass().radiatorKg()).isCloseTo(r.radiator().massKg() + r.busRadiator().massKg(), within(1e-9));
    }

    @Test
    void busRadiatorEmitsAtTwentyCelsiusByHand() {
        // 2·ε·σ·(T⁴ − T_sink⁴) with ε 0.92, T 293.15 K, sink 2.725 K, σ 5.670374419e-8 (codata-2018): 770.53 W/m²
        // (hand calculation; tolerance 0.01 W/m²)
        RadiatorEnvironment env = RadiatorEnvironment.forOrbit(SizingFixtures.forethoughtRadiator(318.15), 650e3, 0.0,
                SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2);
        RadiatorSizing bus = BusRadiator.size(SizingFixtures.forethoughtRadiator(318.15), env, 1000.0);
        assertThat(bus.temperatureK()).isEqualTo(293.15);
        assertThat(bus.emittedFluxWPerM2()).isCloseTo(770.53, within(0.01));
        // a compute radiator colder than 20 °C takes the bus radiator down with it
        assertThat(BusRadiator.specFor(SizingFixtures.forethoughtRadiator(280.0)).temperatureK()).isEqualTo(280.0);
    }

    @Test
    void busRadiatorSeesNoDirectSunEvenWhenTheComputeRadiatorFacesIt() {
        RadiatorSpec sunFacing = RadiatorSpec.of(340.0, 0.92, 0.20, 1, 3.6, RadiatorOrientation.SUN_FACING);
        RadiatorEnvironment env = RadiatorEnvironment.forOrbit(sunFacing, 650e3, 0.0, SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2);
        RadiatorSizing bus = BusRadiator.size(sunFacing, env, 1000.0);
        double compute = new Radiator(sunFacing, env).absorbedFluxWPerM2();
        // the bus face loses exactly the direct term α·S = 0.20 × S
        assertThat(compute - bus.absorbedFluxWPerM2()).isCloseTo(0.20 * SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2,
                within(1e-9));
        assertThat(BusRadiator.size(sunFacing, env, 0.0).areaM2()).isZero();
    }

    @Test
    void aBusRadiatorThatCannotRejectHeatIsNamed() {
        RadiatorSpec override = new RadiatorSpec(318.15, 0.92, 0.09, 2, 3.6, RadiatorOrientation.EDGE_ON_TO_SUN,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(900.0));
        RadiatorEnvironment env = RadiatorEnvironment.forOrbit(override, 650e3, 0.0, SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2);
        assertThatThrownBy(() -> BusRadiator.size(override, env, 500.0)).isInstanceOf(SizingInputException.class)
                .hasMessageContaining("bus radiator at 293.2 K").hasMessageContaining("cannot reject heat");
    }
}
