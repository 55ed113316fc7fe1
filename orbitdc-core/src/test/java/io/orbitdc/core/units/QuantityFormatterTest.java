package io.orbitdc.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityFormatterTest {

    @Test
    void writesWhatAPersonWouldWrite() {
        assertThat(QuantityFormatter.format(650_000, Dimension.LENGTH)).isEqualTo("650 km");
        assertThat(QuantityFormatter.format(318.15, Dimension.TEMPERATURE)).isEqualTo("45 C");
        assertThat(QuantityFormatter.format(1.0e9, Dimension.DATA_RATE)).isEqualTo("1 Gbps");
        assertThat(QuantityFormatter.format(700, Dimension.POWER)).isEqualTo("700 W");
        assertThat(QuantityFormatter.format(31_536_000, Dimension.DURATION)).isEqualTo("365 d");
        assertThat(QuantityFormatter.format(432_000, Dimension.SPECIFIC_ENERGY)).isEqualTo("120 Wh/kg");
        assertThat(QuantityFormatter.format(0.04 / 3.6e6, Dimension.PRICE_PER_ENERGY)).isEqualTo("0.04 USD/kWh");
        assertThat(QuantityFormatter.format(9.89e14, Dimension.OPERATIONS_RATE)).isEqualTo("989 TFLOPS");
        assertThat(QuantityFormatter.format(2.5e-13, Dimension.DENSITY)).isEqualTo("2.5e-13 kg/m3");
        assertThat(QuantityFormatter.format(0.05, Dimension.DIMENSIONLESS)).isEqualTo("0.05");
        assertThat(QuantityFormatter.format(0, Dimension.POWER)).isEqualTo("0 W");
        assertThat(QuantityFormatter.format(-7500, Dimension.VELOCITY)).isEqualTo("-7.5 km/s");
        assertThat(QuantityFormatter.format(0.05, Dimension.TEMPERATURE)).isEqualTo("0.05 K");
        assertThat(QuantityFormatter.format(3, Dimension.LENGTH.pow(5))).isEqualTo("3 m^5");
        assertThat(QuantityFormatter.format(0.005 / (365.25 * 86_400), Dimension.RATE)).isEqualTo("0.5 %/yr");
    }

    @Test
    void nonFiniteValuesHaveNoText() {
        assertThatThrownBy(() -> QuantityFormatter.format(Double.NaN, Dimension.LENGTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a length");
    }
}
