package io.orbitdc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad catalog data fails with a message naming file:line column, the value and the expectation. */
class CatalogReadErrorsTest {

    private static final String SOLAR_HEADER = "id,name,efficiency,temperature_coefficient_per_k,reference_temperature_k,"
            + "degradation_per_year,specific_power_w_per_kg,areal_density_kg_per_m2,confidence,source,notes\n";

    private static final String ACCEL_HEADER = "id,name,vendor,kind,gpu_count,power_w,memory_bytes,bf16_flops,int8_ops,"
            + "max_die_temperature_k,tid_limit_rad,mass_kg,volume_m3,price_usd,rad_per_sdc,rad_per_uecc,rad_per_crash,"
            + "confidence,source,notes\n";

    private static CatalogEntries<SolarCell> solar(String rows) {
        return HardwareCatalog.readSolarCells(CatalogTable.parse("solar.csv", "# comment\n" + SOLAR_HEADER + rows));
    }

    private static CatalogEntries<Accelerator> accelerators(String rows) {
        return HardwareCatalog.readAccelerators(CatalogTable.parse("acc.csv", ACCEL_HEADER + rows));
    }

    private static final String GOOD_GPU = "gpu-a,A,V,gpu,1,700,80e9,1e15,2e15,360,,16,0.02,,,,,S,ref-a,n\n";

    @Test
    void goodRowsLoadAndKeepFileOrder() {
        CatalogEntries<Accelerator> entries = accelerators(GOOD_GPU
                + "rack-b,B,V,rack,72,120000,13e12,1e17,2e17,360,,1360,1.4,3e6,,,,D,ref-b;ref-c,n\n");
        assertThat(entries.ids()).containsExactly("gpu-a", "rack-b");
        assertThat(entries.get("rack-b").orElseThrow().sources()).containsExactly("ref-b", "ref-c");
        assertThat(entries.provenance("rack-b").orElseThrow().confidence()).isEqualTo(Confidence.DERIVED);
        assertThat(entries.get("gpu-a").orElseThrow().priceUsd()).isEmpty();
    }

    @Test
    void efficiencyAboveOneNamesFileLineAndColumn() {
        assertThatThrownBy(() -> solar("tj,TJ,1.3,-0.002,301.15,0.002,70,3,S,ref,n\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("solar.csv:3 efficiency: 1.3 is outside (0, 1)");
    }

    @Test
    void dieTemperatureInCelsiusIsCaught() {
        assertThatThrownBy(() -> accelerators(GOOD_GPU.replace(",360,", ",87,")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("acc.csv:2 max_die_temperature_k: 87 is outside [330, 400]");
    }

    @Test
    void duplicateIdNamesBothLines() {
        assertThatThrownBy(() -> accelerators(GOOD_GPU + GOOD_GPU))
                .isInstanceOf(CatalogException.class)
                .hasMessage("acc.csv:3 id: 'gpu-a' already defined on line 2; ids must be unique");
    }

    @Test
    void unknownKindAndConfidenceAreRejected() {
        assertThatThrownBy(() -> accelerators(GOOD_GPU.replace(",gpu,", ",fpga,")))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("acc.csv:2 kind: 'fpga' is not one of");
        assertThatThrownBy(() -> accelerators(GOOD_GPU.replace(",S,", ",X,")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("acc.csv:2 confidence: 'X' is not one of P, S, D, U");
    }

    @Test
    void fractionalGpuCountAndNegativeOptionalAreRejected() {
        assertThatThrownBy(() -> accelerators(GOOD_GPU.replace(",gpu,1,", ",gpu,1.5,")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("acc.csv:2 gpu_count: 1.5 is not a whole number >= 1");
        assertThatThrownBy(() -> accelerators(GOOD_GPU.replace(",360,,", ",360,-5,")))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("acc.csv:2 tid_limit_rad: -5 must be > 0");
    }

    @Test
    void missingColumnIsNamed() {
        String csv = "id,name,emissivity,absorptivity_bol,confidence,source,notes\nw,W,0.9,0.2,S,ref,n\n";
        assertThatThrownBy(() -> HardwareCatalog.readRadiatorCoatings(CatalogTable.parse("coat.csv", csv)))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("coat.csv:2: missing column 'absorptivity_eol'");
    }

    @Test
    void badIdAndMissingSourceAreRejected() {
        assertThatThrownBy(() -> accelerators(GOOD_GPU.replace("gpu-a", "GPU A")))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("acc.csv:2 id: 'GPU A' is not a valid id");
        assertThatThrownBy(() -> accelerators(GOOD_GPU.replace("ref-a", "")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("acc.csv:2 source: empty; expected a value");
    }

    @Test
    void batteryEnergyIsConvertedFromWhPerKg() {
        String csv = "id,name,specific_energy_wh_per_kg,depth_of_discharge,charge_efficiency,discharge_efficiency,"
                + "cycle_life,confidence,source,notes\nb,B,150,0.3,0.97,0.97,30000,D,ref,n\n";
        BatteryCell b = HardwareCatalog.readBatteryCells(CatalogTable.parse("bat.csv", csv)).get("b").orElseThrow();
        assertThat(b.specificEnergyJPerKg()).isEqualTo(150 * 3600.0); // 1 Wh = 3600 J exactly
    }
}
