package io.orbitdc.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text-report number style, case by case (the cases issue 15 reported, written as a reader expects them). */
class HumanFormatTest {

    @Test
    void countsAgreeWithTheirNoun() {
        assertThat(HumanFormat.count(1, "satellite")).isEqualTo("1 satellite");
        assertThat(HumanFormat.count(0, "satellite")).isEqualTo("0 satellites");
        assertThat(HumanFormat.count(5184, "accelerator")).isEqualTo("5,184 accelerators");
        assertThat(HumanFormat.count(2, "launch", "launches")).isEqualTo("2 launches");
    }

    @Test
    void massesAreKilogramsToTenTonnesThenTonnesWithSeparators() {
        assertThat(HumanFormat.mass(1_381_252.1)).isEqualTo("1,381 t");
        assertThat(HumanFormat.mass(3_260_000)).isEqualTo("3,260 t");
        assertThat(HumanFormat.mass(2117.02)).isEqualTo("2,117 kg");
        assertThat(HumanFormat.mass(27.2)).isEqualTo("27.2 kg");
    }

    @Test
    void energiesAndPowersTakeAnSiPrefix() {
        assertThat(HumanFormat.energy(49_796.4 * 3.6e6)).isEqualTo("49.8 MWh");
        assertThat(HumanFormat.energy(633 * 3600.0)).isEqualTo("633 Wh");
        assertThat(HumanFormat.power(999.7)).isEqualTo("1.00 kW");
        assertThat(HumanFormat.power(2.17e6)).isEqualTo("2.17 MW");
    }

    @Test
    void smallRatiosKeepThreeSignificantFigures() {
        assertThat(HumanFormat.significant(0.00249)).isEqualTo("0.00249");
        assertThat(HumanFormat.significant(99.96)).isEqualTo("100");
        assertThat(HumanFormat.significant(8672.4)).isEqualTo("8,672");
        assertThat(HumanFormat.significant(4.112e23)).isEqualTo("4.11e23");
        assertThat(HumanFormat.significant(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void percentagesHaveASpaceAndTwoDecimalsBelowOnePercent() {
        assertThat(HumanFormat.percent(0.996)).isEqualTo("99.6 %");
        assertThat(HumanFormat.percent(0.0026)).isEqualTo("0.26 %");
        assertThat(HumanFormat.percent(0)).isEqualTo("0 %");
        // near 100 % a share keeps its second decimal: 99.96 % beside losses of 0.03 % must not print as 100.0 %
        assertThat(HumanFormat.percent(0.999635)).isEqualTo("99.96 %");
        assertThat(HumanFormat.percent(1.0)).isEqualTo("100.0 %");
        assertThat(HumanFormat.fixed(-0.01, 1)).isEqualTo("0.0");
    }
}
