package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MassBudgetTest {

    @Test
    void shieldingBoxByHand() {
        // 1 m³ cube, 10 mm Al: 2700 kg/m³ × 0.01 m × 6 m² = 162 kg (asm-aluminium-6061 density)
        assertThat(MassBudget.shieldingMassKg(0.01, 1.0)).isCloseTo(162.0, within(1e-9));
        // 8 L: 0.2 m side, 0.24 m² → 6.48 kg
        assertThat(MassBudget.shieldingMassKg(0.01, 0.008)).isCloseTo(6.48, within(1e-9));
    }

    @Test
    void structureAndPropulsionAreFractionsOfTheTotal() {
        // subsystems 80 kg with f_s 0.15 and f_p 0.05: m = 80/0.8 = 100 kg, structure 15 kg, propulsion 5 kg
        MassBreakdown m = MassBudget.rollUp(10, 20, 10, 10, 10, 20, 0.15, 0.05);
        assertThat(m.totalKg()).isCloseTo(100.0, within(1e-9));
        assertThat(m.structureKg()).isCloseTo(15.0, within(1e-9));
        assertThat(m.propulsionKg()).isCloseTo(5.0, within(1e-9));
        assertThat(m.computeKg() + m.powerKg() + m.radiatorKg() + m.shieldingKg() + m.busFixedKg() + m.structureKg()
                + m.propulsionKg()).isCloseTo(m.totalKg(), within(1e-9));
        assertThatThrownBy(() -> MassBudget.rollUp(1, 1, 1, 1, 1, 1, 0.6, 0.35))
                .isInstanceOf(SizingInputException.class).hasMessageContaining("0.9");
    }

    @Test
    void bindingPicksHardLimitsFirstThenTheHeaviestGroup() {
        MassBreakdown m = MassBudget.rollUp(10, 30, 10, 50, 5, 10, 0.1, 0.0);
        DieTemperature cool = DieTemperature.of(318.0, 0.1, 200.0, 358.0);
        DieTemperature hot = DieTemperature.of(318.0, 0.3, 200.0, 358.0);
        assertThat(BindingConstraint.decide(cool, OptionalDouble.of(10.0), 5.0, m, OptionalDouble.empty()).kind())
                .isEqualTo(BindingConstraint.Kind.THERMAL);
        assertThat(BindingConstraint.decide(hot, OptionalDouble.of(1.0), 5.0, m, OptionalDouble.of(1.0)).kind())
                .isEqualTo(BindingConstraint.Kind.DIE_TEMPERATURE);
        BindingConstraint dose = BindingConstraint.decide(cool, OptionalDouble.of(1.0), 5.0, m, OptionalDouble.of(1.0));
        assertThat(dose.kind()).isEqualTo(BindingConstraint.Kind.DOSE_LIMIT);
        assertThat(dose.violation()).isTrue();
        assertThat(BindingConstraint.decide(cool, OptionalDouble.empty(), 5.0, m, OptionalDouble.of(1.0)).kind())
                .isEqualTo(BindingConstraint.Kind.SATELLITE_MASS);
        MassBreakdown heavyPower = MassBudget.rollUp(10, 40, 20, 50, 5, 10, 0.1, 0.0);
        assertThat(BindingConstraint.decide(cool, OptionalDouble.empty(), 5.0, heavyPower, OptionalDouble.empty()).kind())
                .isEqualTo(BindingConstraint.Kind.POWER);
    }

    @Test
    void fleetCountFromEachKindOfTarget() {
        assertThat(FleetSizer.satellitesFor(new FleetTarget.Satellites(81), 8, 2400.0)).isEqualTo(81);
        assertThat(FleetSizer.satellitesFor(new FleetTarget.Accelerators(10_000), 8, 2400.0)).isEqualTo(1250);
        assertThat(FleetSizer.satellitesFor(new FleetTarget.Accelerators(10_001), 8, 2400.0)).isEqualTo(1251);
        assertThat(FleetSizer.satellitesFor(new FleetTarget.ItPower(40e6), 8, 2400.0)).isEqualTo(16_667);
        assertThat(FleetSizer.satellitesFor(new FleetTarget.ItPower(24_000.0), 8, 2400.0)).isEqualTo(10);
        assertThatThrownBy(() -> new FleetTarget.Satellites(0)).isInstanceOf(SizingInputException.class)
                .hasMessageContaining(">= 1");
    }
}
