package io.orbitdc.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.CsvCell;
import org.junit.jupiter.api.Test;

/** Regression checks: untrusted text cannot drive a terminal, forge report lines or run as a spreadsheet formula. */
class TextSafeTest {

    @Test
    void controlCharactersAndBidiOverridesAreShownAsEscapes() {
        assertThat(TextSafe.escape("a\u001B[31mred\u001B[0m")).isEqualTo("a\\e[31mred\\e[0m");
        assertThat(TextSafe.escape("x\nFAKE LINE\r")).isEqualTo("x\\nFAKE LINE\\r");
        assertThat(TextSafe.escape("\u202Eevil\u0007\u009B")).isEqualTo("\\u202Eevil\\u0007\\u009B");
        assertThat(TextSafe.escape("suncatcher-like 650 km, 5 °C")).isEqualTo("suncatcher-like 650 km, 5 °C");
    }

    @Test
    void aWholeReportKeepsItsLinesAndTabs() {
        assertThat(TextSafe.terminal("line 1\n\tline 2 \u001B[2J\n")).isEqualTo("line 1\n\tline 2 \\e[2J\n");
    }

    @Test
    void formatArgumentsAreEscapedNumbersUntouched() {
        assertThat(String.format("%s %d", TextSafe.args("a\nb", 3))).isEqualTo("a\\nb 3");
    }

    @Test
    void csvCellsThatCouldBeFormulasGetALeadingQuote() {
        // OWASP CSV Injection: = + - @ tab CR at the start of a cell
        for (String bad : new String[] {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CsvCell.neutralise(bad)).isEqualTo("'" + bad);
        }
        assertThat(CsvCell.neutralise("STARLINK-1007")).isEqualTo("STARLINK-1007");
        assertThat(CsvCell.neutralise("")).isEmpty();
    }
}
