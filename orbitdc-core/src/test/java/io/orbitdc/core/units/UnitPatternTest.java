package io.orbitdc.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schema's unit patterns against the parser they describe: whatever a pattern admits, the
 * parser reads with that dimension (a pattern never admits what validate refuses), and the forms
 * scenario files write are admitted.
 */
class UnitPatternTest {

    private static final List<Dimension> DIMENSIONS = List.of(Dimension.LENGTH, Dimension.MASS, Dimension.DURATION,
            Dimension.TEMPERATURE, Dimension.ANGLE, Dimension.POWER, Dimension.ENERGY, Dimension.IRRADIANCE,
            Dimension.SPECIFIC_POWER, Dimension.SPECIFIC_ENERGY, Dimension.AREAL_DENSITY, Dimension.DENSITY,
            Dimension.THERMAL_RESISTANCE, Dimension.DATA, Dimension.DATA_RATE, Dimension.MONEY,
            Dimension.PRICE_PER_ENERGY, Dimension.PRICE_PER_POWER, Dimension.PRICE_PER_MASS, Dimension.DOSE,
            Dimension.OPERATIONS_RATE, Dimension.FREQUENCY, Dimension.ACCELERATION, Dimension.VOLUME,
            Dimension.DIMENSIONLESS, Dimension.TEMPERATURE.pow(-1));

    private final QuantityParser parser = new QuantityParser();

    @Test
    void whatAPatternAdmitsTheParserReadsWithThatDimension() {
        List<String> corpus = corpus();
        int admitted = 0;
        for (Dimension d : DIMENSIONS) {
            Pattern p = Pattern.compile(UnitPattern.quantity(d, true));
            for (String text : corpus) {
                if (p.matcher(text).find()) {
                    admitted++;
                    assertThatCode(() -> parser.parse(text, d)).as(text + " as " + d).doesNotThrowAnyException();
                }
            }
        }
        // the corpus exercises the patterns, not just their refusals
        assertThat(admitted).isGreaterThan(300);
    }

    @Test
    void theFormsScenarioFilesWriteAreAdmitted() {
        assertAdmits(Dimension.LENGTH, "650 km", "1_000 m", "10mm", "1.5e3 ft");
        assertAdmits(Dimension.TEMPERATURE, "45 C", "-20 °C", "318.15 K", "100 F");
        assertAdmits(Dimension.IRRADIANCE, "1361 W/m2", "1361 W/m^2", "1361 W/m²", "1.361 kW / m2");
        assertAdmits(Dimension.DENSITY, "150 kg/m3", "150 kg*m^-3", "150 kg m-3");
        assertAdmits(Dimension.PRICE_PER_ENERGY, "0.04 USD/kWh", "40 USD/MWh");
        assertAdmits(Dimension.TEMPERATURE.pow(-1), "-0.22 %/K", "-0.0022 /K");
        assertAdmits(Dimension.DOSE, "2 krad", "2 krad(Si)", "20 Gy");
        assertAdmits(Dimension.DATA_RATE, "100 Gbps", "1 Tbps", "10 GiB/s");
        assertAdmits(Dimension.DIMENSIONLESS, "30 %", "0.3", "7e10", "50 ppm");
    }

    @Test
    void unitsOfAnotherDimensionOrWithoutMeaningAreRefused() {
        assertRefuses(Dimension.LENGTH, "650 kg", "650 km/s", "650 C", "km", "650 kmm");
        assertRefuses(Dimension.DURATION, "365", "365 m", "1 dayz");
        assertRefuses(Dimension.TEMPERATURE, "45 C/W", "45 W");
        assertRefuses(Dimension.DIMENSIONLESS, "3 m/km", "5 deg");
    }

    private static void assertAdmits(Dimension d, String... texts) {
        Pattern p = Pattern.compile(UnitPattern.quantity(d, d != Dimension.DURATION && d != Dimension.ANGLE));
        for (String t : texts) {
            assertThat(p.matcher(t).find()).as(t + " as " + d).isTrue();
        }
    }

    private static void assertRefuses(Dimension d, String... texts) {
        Pattern p = Pattern.compile(UnitPattern.quantity(d, d != Dimension.DURATION && d != Dimension.ANGLE));
        for (String t : texts) {
            assertThat(p.matcher(t).find()).as(t + " as " + d).isFalse();
        }
    }

    /** Every symbol, bare and prefixed, alone, squared, over and times another: several thousand texts. */
    private static List<String> corpus() {
        List<String> symbols = new ArrayList<>();
        for (UnitSymbols.Spelling s : new UnitSymbols().spellings()) {
            symbols.add(s.symbol());
            for (String prefix : List.of("k", "m", "G", "Ki", "u")) {
                symbols.add(prefix + s.symbol());
            }
        }
        List<String> out = new ArrayList<>();
        for (String a : symbols) {
            out.add("2.5 " + a);
            out.add("3" + a + "2");
            for (String b : List.of("s", "m2", "kg", "K", "W", "kWh", "h", "yr", "m^-3", "C")) {
                out.add("1 " + a + "/" + b);
                out.add("1 " + a + "*" + b);
            }
        }
        return out;
    }
}
