package io.orbitdc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogTableTest {

    @Test
    void readsRowsWithTheirLineNumbersAndSkipsComments() {
        String csv = """
                # a comment line
                id,power_w,tid_rad,source
                a,700,,ref-a
                b,350,2000,ref-b; ref-c
                """;
        CatalogTable table = CatalogTable.parse("test.csv", csv);
        assertThat(table.rows()).hasSize(2);
        CatalogRow b = table.rows().get(1);
        assertThat(b.text("id")).isEqualTo("b");
        assertThat(b.number("power_w")).isEqualTo(350.0);
        assertThat(b.optionalNumber("tid_rad")).hasValue(2000.0);
        assertThat(table.rows().get(0).optionalNumber("tid_rad")).isEmpty();
        assertThat(b.sources()).containsExactly("ref-b", "ref-c");
        assertThat(b.line()).isEqualTo(4);
    }

    @Test
    void badNumberNamesFileLineAndColumn() {
        CatalogTable table = CatalogTable.parse("x.csv", "id,power_w,source\na,lots,r\n");
        assertThatThrownBy(() -> table.rows().get(0).number("power_w"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("x.csv:2 power_w: 'lots' is not a number");
    }
}
