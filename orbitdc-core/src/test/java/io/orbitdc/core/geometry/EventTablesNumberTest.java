package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Regression check: the event tables' fast three-decimal form is the formatter's "%.3f". */
class EventTablesNumberTest {

    @Property(tries = 2000)
    void threeDecimalsAsTheFormatterWrites(@ForAll @DoubleRange(min = -1e7, max = 1e7) double v) {
        assertThat(EventTables.num(v)).isEqualTo(String.format(Locale.ROOT, "%.3f", v));
    }

    @net.jqwik.api.Example
    void edgesAroundZeroAndTies() {
        for (double v : new double[] {0.0, -0.0, -0.0001, 0.0004, 0.0005, -0.0005, 659.7635, 1e-9, 12345.9995}) {
            assertThat(EventTables.num(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.3f", v));
        }
    }

    @Property(tries = 200)
    void smallDurationsToo(@ForAll @DoubleRange(min = -2, max = 2) double v) {
        assertThat(EventTables.num(v)).isEqualTo(String.format(Locale.ROOT, "%.3f", v));
    }
}
