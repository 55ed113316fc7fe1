package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Validation of the table's instant writer against the JDK's own {@link Instant#toString()}. */
class IsoInstantTest {

    private static String written(Instant t) {
        StringBuilder sb = new StringBuilder();
        IsoInstant.append(sb, t);
        return sb.toString();
    }

    @Property(tries = 5000)
    void writesWhatInstantToStringWrites(@ForAll @LongRange(min = -62_200_000_000L, max = 253_500_000_000L) long seconds,
                                         @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant t = Instant.ofEpochSecond(seconds, nanos);
        assertThat(written(t)).isEqualTo(t.toString());
    }

    @Property(tries = 2000)
    void writesRoundFractionsAsInstantDoes(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long seconds,
                                           @ForAll @IntRange(min = 0, max = 999) int millis,
                                           @ForAll @IntRange(min = 0, max = 999) int micros) {
        for (Instant t : new Instant[] {Instant.ofEpochSecond(seconds), Instant.ofEpochSecond(seconds, millis * 1_000_000L),
            Instant.ofEpochSecond(seconds, millis * 1_000_000L + micros * 1000L)}) {
            assertThat(written(t)).isEqualTo(t.toString());
        }
    }

    @Test
    void leapDaysCenturiesAndTheRangeEnds() {
        for (String s : new String[] {"2024-02-29T23:59:59.999999999Z", "2000-02-29T00:00:00Z", "1900-03-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.5Z", "1969-12-31T23:59:59.000001Z", "+10000-01-01T00:00:00Z",
            "-0001-12-31T00:00:00Z"}) {
            Instant t = Instant.parse(s);
            assertThat(written(t)).isEqualTo(t.toString());
        }
    }
}
