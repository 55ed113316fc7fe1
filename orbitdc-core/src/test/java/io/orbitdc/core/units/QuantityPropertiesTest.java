package io.orbitdc.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;

/** Properties with a fixed seed so every run checks the same samples (reproducibility rule). */
class QuantityPropertiesTest {

    private final QuantityParser parser = new QuantityParser();

    @Provide
    Arbitrary<Dimension> namedDimensions() {
        return Arbitraries.of(NamedDimensions.all());
    }

    /** Values from 1e-200 to 1e200 in magnitude, either sign, plus zero. */
    @Provide
    Arbitrary<Double> values() {
        Arbitrary<Double> magnitudes = Combinators.combine(
                        Arbitraries.doubles().between(1.0, 10.0), Arbitraries.integers().between(-200, 200))
                .as((m, e) -> m * Math.pow(10, e));
        return Arbitraries.oneOf(magnitudes, magnitudes.map(v -> -v), Arbitraries.just(0.0));
    }

    @Property(tries = 2000, seed = "20261123")
    void formatThenParseRoundTrips(@ForAll("values") double v, @ForAll("namedDimensions") Dimension d) {
        String text = QuantityFormatter.format(v, d);
        // tolerance 1e-9 relative as required by the API contract (the formatter keeps 14 digits)
        assertThat(parser.parse(text, d)).as(text).isCloseTo(v, within(Math.abs(v) * 1e-9));
        Quantity q = parser.parse(text);
        assertThat(q.dimension()).as(text).isEqualTo(d);
        assertThat(q.valueSi()).as(text).isCloseTo(v, within(Math.abs(v) * 1e-9));
    }

    @Property(tries = 2000, seed = "20261123")
    void arbitraryUnicodeOnlyParsesOrFailsCleanly(@ForAll @StringLength(max = 40) String text,
                                                   @ForAll("namedDimensions") Dimension d) {
        parsesOrFailsCleanly(text, d);
    }

    /** Strings made of the characters the grammar reacts to reach deeper into the parser. */
    @Property(tries = 3000, seed = "20261123")
    void grammarLikeNoiseOnlyParsesOrFailsCleanly(
            @ForAll @StringLength(max = 20) @Chars({'0', '1', '9', '.', 'e', 'E', '-', '+', '_', ',', ' ', '/', '*',
                    '^', '²', '⁻', '·', '%', '°', '$', '(', ')', 'S', 'i', 'k', 'm', 'g', 'G', 'W', 'h', 'C', 'F',
                    'K', 'r', 'a', 'd', 'B', 'N', 'I', 'f', 'n', 'y', 's', 'µ'}) String text,
            @ForAll("namedDimensions") Dimension d) {
        parsesOrFailsCleanly(text, d);
    }

    private void parsesOrFailsCleanly(String text, Dimension d) {
        for (Runnable attempt : List.<Runnable>of(() -> parser.parse(text), () -> parser.parse(text, d))) {
            try {
                attempt.run();
            } catch (QuantityFormatException e) {
                assertThat(e.getMessage()).startsWith("'").contains("; expected e.g. '");
            }
        }
        try {
            Quantity q = parser.parse(text);
            assertThat(q.valueSi()).isFinite();
        } catch (QuantityFormatException expected) {
            // refusing is fine; any other exception type fails the property
        }
    }

    @Property(tries = 1000, seed = "20261123")
    void prefixesScaleExactlyByTheirFactor(@ForAll @DoubleRange(min = -1e12, max = 1e12) double x) {
        String n = Double.toString(x);
        // kilo = 1e3 exactly, mega = 1e6 (SI brochure table 7); tolerance 1e-15 relative for one rounding
        assertThat(parser.parse(n + " km", Dimension.LENGTH))
                .isCloseTo(1000 * parser.parse(n + " m", Dimension.LENGTH), within(Math.abs(x) * 1e-12));
        assertThat(parser.parse(n + " MW", Dimension.POWER))
                .isCloseTo(1e6 * parser.parse(n + " W", Dimension.POWER), within(Math.abs(x) * 1e-9));
        assertThat(parser.parse(n + " GiB", Dimension.DATA))
                .isEqualTo(0x1p30 * parser.parse(n + " B", Dimension.DATA));
    }
}
