package io.orbitdc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Range checks of catalog values hold for any input, not just the hand-picked cases. */
class CatalogRangePropertyTest {

    /** Any emissivity outside (0, 1] is rejected with the column named; any inside is kept exactly. */
    @Property(tries = 200)
    void emissivityOutsideUnitIntervalIsRejected(@ForAll @DoubleRange(min = -2.0, max = 3.0) double emissivity) {
        String csv = "id,name,emissivity,absorptivity_bol,absorptivity_eol,confidence,source,notes\n"
                + "w,W," + emissivity + ",0.2,0.3,S,ref,n\n";
        CatalogTable table = CatalogTable.parse("coat.csv", csv);
        if (emissivity > 0 && emissivity <= 1) {
            assertThat(HardwareCatalog.readRadiatorCoatings(table).get("w").orElseThrow().emissivity())
                    .isEqualTo(emissivity);
        } else {
            assertThatThrownBy(() -> HardwareCatalog.readRadiatorCoatings(table))
                    .isInstanceOf(CatalogException.class)
                    .hasMessageStartingWith("coat.csv:2 emissivity: ")
                    .hasMessageEndingWith(" is outside (0, 1]");
        }
    }
}
