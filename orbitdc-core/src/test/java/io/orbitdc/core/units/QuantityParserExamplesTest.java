package io.orbitdc.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every example quantity of the scenario format against a hand-computed SI value. Tolerance: 1e-12
 * relative (pure double rounding). Unit definitions: SI brochure (prefixes, h, d, degree), NIST SP 811
 * (rad = 0.01 Gy, foot, mile, nautical mile, pound), IAU (Julian year 365.25 d), CGPM 1901 (g = 9.80665).
 */
class QuantityParserExamplesTest {

    private static final double JULIAN_YEAR_S = 365.25 * 86_400; // 31 557 600 s
    private final QuantityParser parser = new QuantityParser();

    private void check(String text, Dimension expected, double si) {
        assertThat(parser.parse(text, expected)).as(text).isCloseTo(si, within(Math.abs(si) * 1e-12));
    }

    @Test
    void scenarioExamplesFromTheBrief() {
        check("650 km", Dimension.LENGTH, 650_000);
        check("45 C", Dimension.TEMPERATURE, 318.15);
        check("318 K", Dimension.TEMPERATURE, 318);
        check("700 W", Dimension.POWER, 700);
        check("120 Wh/kg", Dimension.SPECIFIC_ENERGY, 432_000);           // 120 * 3600 J/kg
        check("3.6 kg/m2", Dimension.AREAL_DENSITY, 3.6);
        check("1 Gbps", Dimension.DATA_RATE, 1e9);
        check("0.04 USD/kWh", Dimension.PRICE_PER_ENERGY, 0.04 / 3.6e6);  // 1.1111e-8 USD/J
        check("365 d", Dimension.DURATION, 31_536_000);
        check("10 mm", Dimension.LENGTH, 0.01);
        check("5 deg", Dimension.ANGLE, 0.087266462599716);                // 5 * pi / 180
        check("97.9°", Dimension.ANGLE, 97.9 * Math.PI / 180);
        check("0.5 %", Dimension.DIMENSIONLESS, 0.005);
        check("150 rad/yr", Dimension.DOSE_RATE, 1.5 / JULIAN_YEAR_S);    // 1.5 Gy per Julian year
        check("15 krad", Dimension.DOSE, 150);
        check("989 TFLOPS", Dimension.OPERATIONS_RATE, 9.89e14);
        check("100 W/kg", Dimension.SPECIFIC_POWER, 100);
        check("0.03 K/W", Dimension.THERMAL_RESISTANCE, 0.03);
        check("1361 W/m2", Dimension.IRRADIANCE, 1361);
        check("3600 USD/kg", Dimension.PRICE_PER_MASS, 3600);
        check("10 g", Dimension.ACCELERATION, 98.0665);
        check("80 GiB", Dimension.DATA, 80.0 * 1_073_741_824 * 8);         // 687 194 767 360 bit
        check("2.5e-13 kg/m3", Dimension.DENSITY, 2.5e-13);
        check("7.5 km/s", Dimension.VELOCITY, 7500);
        check("0.5 %/yr", Dimension.RATE, 0.005 / JULIAN_YEAR_S);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "650km          | LENGTH         | 650000",
            "  650 km  	    | LENGTH         | 650000",
            "1_000 m        | LENGTH         | 1000",
            "+2.5e3 m       | LENGTH         | 2500",
            ".5 m           | LENGTH         | 0.5",
            "1 ft           | LENGTH         | 0.3048",
            "1 nmi          | LENGTH         | 1852",
            "1 nm           | LENGTH         | 1e-9",
            "2 um           | LENGTH         | 2e-6",
            "2 µm           | LENGTH         | 2e-6",
            "1 au           | LENGTH         | 149597870700",
            "650            | LENGTH         | 650",
            "-40 C          | TEMPERATURE    | 233.15",
            "-40 °F         | TEMPERATURE    | 233.15",
            "32 F           | TEMPERATURE    | 273.15",
            "20 degC        | TEMPERATURE    | 293.15",
            "300            | TEMPERATURE    | 300",
            "10 g           | MASS           | 0.01",
            "2 t            | MASS           | 2000",
            "1 Mg           | MASS           | 1000",
            "1 lb           | MASS           | 0.45359237",
            "1 g0           | ACCELERATION   | 9.80665",
            "9.81 m/s²      | ACCELERATION   | 9.81",
            "1 min          | DURATION       | 60",
            "2 ms           | DURATION       | 0.002",
            "1.5 h          | DURATION       | 5400",
            "2 days         | DURATION       | 172800",
            "1 wk           | DURATION       | 604800",
            "1 yr           | DURATION       | 31557600",
            "5 mrad         | ANGLE          | 0.005",
            "60 arcmin      | ANGLE          | 0.017453292519943295",
            "5 mrad         | DOSE           | 5e-5",
            "1 Mrad         | DOSE           | 1e4",
            "100 krad(Si)   | DOSE           | 1000",
            "2 Gy           | DOSE           | 2",
            "1 kWh          | ENERGY         | 3.6e6",
            "1 TWh          | ENERGY         | 3.6e15",
            "3 MJ           | ENERGY         | 3e6",
            "1 kB           | DATA           | 8000",
            "1 KiB          | DATA           | 8192",
            "1 Gb           | DATA           | 1e9",
            "25 Mbps        | DATA_RATE      | 2.5e7",
            "1 GB/s         | DATA_RATE      | 8e9",
            "200 $/kg       | PRICE_PER_MASS | 200",
            "2 BUSD         | MONEY          | 2e9",
            "1.5 kUSD       | MONEY          | 1500",
            "3 MUSD         | MONEY          | 3e6",
            "4 TOPS         | OPERATIONS_RATE | 4e12",
            "1 EFLOPS       | OPERATIONS_RATE | 1e18",
            "1e24 FLOP      | OPERATIONS     | 1e24",
            "1 W m-2        | IRRADIANCE     | 1",
            "1 W/m^2        | IRRADIANCE     | 1",
            "1 W·m⁻²        | IRRADIANCE     | 1",
            "1 kg*m/s2      | FORCE          | 1",
            "1 N            | FORCE          | 1",
            "1 bar          | PRESSURE       | 1e5",
            "1 kPa          | PRESSURE       | 1000",
            "1 g/cm3        | DENSITY        | 1000",
            "2 L            | VOLUME         | 0.002",
            "1/s            | RATE           | 1",
            "2 GHz          | FREQUENCY      | 2e9",
            "1 USD/W        | PRICE_PER_POWER | 1",
            "1 kW/kg        | SPECIFIC_POWER | 1000",
            "1 Gy/s         | DOSE_RATE      | 1",
            "50 ppm         | DIMENSIONLESS  | 5e-5"})
    void moreUnitsAndSpellings(String text, String dimension, double si) throws Exception {
        Dimension d = (Dimension) Dimension.class.getField(dimension.trim()).get(null);
        check(text, d, si);
    }

    @Test
    void everythingAfterTheFirstSlashIsInTheDenominator() {
        // a/b/c = a/(b*c): 5 W/m2/K is a heat transfer coefficient W/(m2 K)
        assertThat(parser.parse("5 W/m2/K"))
                .isEqualTo(new Quantity(5, Dimension.IRRADIANCE.dividedBy(Dimension.TEMPERATURE)));
        check("3 /yr", Dimension.RATE, 3 / JULIAN_YEAR_S);
        check("1 kWh/d", Dimension.POWER, 3.6e6 / 86_400);
    }

    @Test
    void withoutExpectationRadIsAnAngleAndGIsAGram() {
        assertThat(parser.parse("5 mrad")).isEqualTo(new Quantity(0.005, Dimension.ANGLE));
        assertThat(parser.parse("10 g")).isEqualTo(new Quantity(0.01, Dimension.MASS));
        assertThat(parser.parse("0.5")).isEqualTo(new Quantity(0.5, Dimension.DIMENSIONLESS));
        assertThat(parser.parse("45 C").dimension()).isEqualTo(Dimension.TEMPERATURE);
        assertThat(parser.parse("1 Gy(Si)")).isEqualTo(new Quantity(1, Dimension.DOSE));
    }

    @Test
    void ambiguousSymbolsFollowTheExpectedDimensionInsideCompounds() {
        // 1 rad/yr expected as an angular rate: angle meaning; as dose rate: 0.01 Gy
        assertThat(parser.parse("1 rad/s", Dimension.ANGLE.dividedBy(Dimension.DURATION))).isEqualTo(1.0);
        assertThat(parser.parse("1 rad/s", Dimension.DOSE_RATE)).isEqualTo(0.01);
        // g inside a density stays gram
        assertThat(parser.parse("1 g/cm3", Dimension.DENSITY)).isCloseTo(1000.0, within(1e-9));
    }
}
