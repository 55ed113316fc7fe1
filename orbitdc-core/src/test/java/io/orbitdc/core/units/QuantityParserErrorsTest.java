package io.orbitdc.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Error messages must say what was read and what was expected, in exactly the documented form. */
class QuantityParserErrorsTest {

    private final QuantityParser parser = new QuantityParser();

    private void fails(String text, Dimension expected, String message) {
        assertThatThrownBy(() -> parser.parse(text, expected))
                .isExactlyInstanceOf(QuantityFormatException.class)
                .hasMessage(message);
    }

    @Test
    void garbageIsNotTheExpectedDimension() {
        fails("65O km", Dimension.LENGTH, "'65O km' is not a length; expected e.g. '650 km'");
        fails("", Dimension.LENGTH, "'' is not a length; expected e.g. '650 km'");
        fails("   ", Dimension.POWER, "'   ' is not a power; expected e.g. '700 W'");
        fails("km", Dimension.LENGTH, "'km' is not a length; expected e.g. '650 km'");
        fails("1,000 m", Dimension.LENGTH, "'1,000 m' is not a length; expected e.g. '650 km'");
        fails("1.2.3 m", Dimension.LENGTH, "'1.2.3 m' is not a length; expected e.g. '650 km'");
        fails("5 W//m2", Dimension.IRRADIANCE, "'5 W//m2' is not an irradiance; expected e.g. '1361 W/m2'");
        fails("5 m^", Dimension.AREA, "'5 m^' is not an area; expected e.g. '120 m2'");
        fails("5 m^123", Dimension.AREA, "'5 m^123' is not an area; expected e.g. '120 m2'");
        fails("5 (m)", Dimension.LENGTH, "'5 (m)' is not a length; expected e.g. '650 km'");
        fails(null, Dimension.LENGTH, "'null' is not a length; expected e.g. '650 km'");
    }

    @Test
    void wrongDimensionNamesBoth() {
        fails("700 W", Dimension.LENGTH, "'700 W' is a power, not a length; expected e.g. '650 km'");
        fails("5 %", Dimension.LENGTH, "'5 %' is a dimensionless number, not a length; expected e.g. '650 km'");
        fails("10 g", Dimension.DURATION, "'10 g' is a mass, not a duration; expected e.g. '365 d'");
        fails("0.03 C", Dimension.THERMAL_RESISTANCE,
                "'0.03 C' is a temperature, not a thermal resistance; expected e.g. '0.03 K/W'");
        fails("1 m5", Dimension.VOLUME, "'1 m5' is a quantity in m^5, not a volume; expected e.g. '2 m3'");
    }

    @Test
    void unknownUnitIsQuoted() {
        fails("650 kn", Dimension.LENGTH, "'650 kn' has an unknown unit 'kn'; expected e.g. '650 km'");
        fails("650kn", Dimension.LENGTH, "'650kn' has an unknown unit 'kn'; expected e.g. '650 km'");
        fails("5 W/furlong", Dimension.IRRADIANCE,
                "'5 W/furlong' has an unknown unit 'furlong'; expected e.g. '1361 W/m2'");
        // small prefixes on bytes are refused rather than read as millibytes
        fails("5 mB", Dimension.DATA, "'5 mB' has an unknown unit 'mB'; expected e.g. '80 GiB'");
        // FLOPs is used both as a count and as a rate, so it is refused
        fails("5 FLOPs", Dimension.OPERATIONS, "'5 FLOPs' has an unknown unit 'FLOPs'; expected e.g. '1e24 FLOP'");
        // a prefix on a minute, day or dollar is refused
        fails("5 kd", Dimension.DURATION, "'5 kd' has an unknown unit 'kd'; expected e.g. '365 d'");
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        fails("1e999 km", Dimension.LENGTH, "'1e999 km' is not a finite number; expected e.g. '650 km'");
        fails("NaN km", Dimension.LENGTH, "'NaN km' is not a finite number; expected e.g. '650 km'");
        fails("-Infinity", Dimension.LENGTH, "'-Infinity' is not a finite number; expected e.g. '650 km'");
        fails("1e300 Em^2", Dimension.AREA, "'1e300 Em^2' is not a finite number; expected e.g. '120 m2'");
    }

    @Test
    void absoluteTemperatureScalesOnlyStandAlone() {
        fails("0.03 C/W", Dimension.THERMAL_RESISTANCE, "'0.03 C/W' uses the temperature scale 'C' inside a "
                + "compound unit, where only K is allowed; expected e.g. '0.03 K/W'");
        fails("5 W/°F", Dimension.POWER.dividedBy(Dimension.TEMPERATURE), "'5 W/°F' uses the temperature "
                + "scale '°F' inside a compound unit, where only K is allowed; expected e.g. '1 m^2*kg/s^3*K'");
    }

    @Test
    void withoutExpectationTheMessageAsksForAQuantity() {
        assertThatThrownBy(() -> parser.parse("lots"))
                .isExactlyInstanceOf(QuantityFormatException.class)
                .hasMessage("'lots' is not a quantity; expected e.g. '650 km'");
        assertThatThrownBy(() -> parser.parse((String) null)).isInstanceOf(QuantityFormatException.class);
    }

    @Test
    void hugeInputFailsWithAShortMessage() {
        String huge = "1".repeat(1 << 20) + " km";
        assertThatThrownBy(() -> parser.parse(huge, Dimension.LENGTH))
                .isExactlyInstanceOf(QuantityFormatException.class)
                .hasMessageStartingWith("'111111")
                .hasMessageEndingWith("…' is not a length; expected e.g. '650 km'");
        assertThat(QuantityParser.MAX_LENGTH).isLessThan(huge.length());
    }
}
