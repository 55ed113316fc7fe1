package io.orbitdc.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DimensionTest {

    private final QuantityParser parser = new QuantityParser();

    @Test
    void derivedConstantsHaveTheTextbookExponents() {
        // W = kg m2 s-3 (SI brochure table 4)
        assertThat(Dimension.POWER).isEqualTo(new Dimension(2, 1, -3, 0, 0, 0, 0, 0, 0));
        assertThat(Dimension.SPECIFIC_POWER).isEqualTo(new Dimension(2, 0, -3, 0, 0, 0, 0, 0, 0));
        assertThat(Dimension.THERMAL_RESISTANCE).isEqualTo(new Dimension(-2, -1, 3, 1, 0, 0, 0, 0, 0));
        assertThat(Dimension.PRICE_PER_ENERGY).isEqualTo(new Dimension(-2, -1, 2, 0, 0, 0, 1, 0, 0));
        assertThat(Dimension.DOSE_RATE).isEqualTo(new Dimension(0, 0, -1, 0, 0, 0, 0, 0, 1));
        assertThat(Dimension.FREQUENCY).isEqualTo(Dimension.RATE);
        assertThat(Dimension.ENERGY.dividedBy(Dimension.DURATION)).isEqualTo(Dimension.POWER);
        assertThat(Dimension.LENGTH.pow(3)).isEqualTo(Dimension.VOLUME);
        assertThat(Dimension.DOSE).isNotEqualTo(Dimension.SPECIFIC_ENERGY);
    }

    @Test
    void everyNamedDimensionHasWordsAndAnExampleThatParsesBackToIt() {
        assertThat(NamedDimensions.all()).hasSizeGreaterThanOrEqualTo(31);
        for (Dimension d : NamedDimensions.all()) {
            assertThat(d.describe()).as(d.toString()).matches("an? [a-z ]+").doesNotContain("quantity in");
            assertThat(parser.parse(d.example(), d)).as(d.example()).isFinite();
        }
        assertThat(Dimension.SPECIFIC_POWER.describe()).isEqualTo("a specific power");
        assertThat(Dimension.PRICE_PER_ENERGY.example()).isEqualTo("0.04 USD/kWh");
    }

    @Test
    void unnamedDimensionsAreDescribedByTheirSiUnit() {
        Dimension d = Dimension.LENGTH.pow(5).dividedBy(Dimension.DURATION);
        assertThat(d.describe()).isEqualTo("a quantity in m^5/s");
        assertThat(d.example()).isEqualTo("1 m^5/s");
        assertThat(parser.parse(d.example(), d)).isEqualTo(1.0);
        assertThat(Dimension.RATE.siUnit()).isEqualTo("/s");
        assertThat(Dimension.DIMENSIONLESS.siUnit()).isEmpty();
    }

    @Test
    void exponentOverflowIsAnArithmeticError() {
        assertThatThrownBy(() -> Dimension.LENGTH.pow(Integer.MAX_VALUE).times(Dimension.LENGTH))
                .isInstanceOf(ArithmeticException.class);
    }
}
