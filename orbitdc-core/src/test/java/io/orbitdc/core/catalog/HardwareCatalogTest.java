package io.orbitdc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled catalogs load, hold the required items, and pass physical sanity checks. */
class HardwareCatalogTest {

    private static HardwareCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = HardwareCatalog.load();
    }

    @Test
    void everyCatalogLoadsWithItsRequiredItems() {
        assertThat(catalog.acceleratorIds()).contains("nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200",
                "nvidia-gb200-nvl72", "google-tpu-v6e", "nvidia-jetson-agx-orin-64gb");
        assertThat(catalog.solarCells()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(catalog.radiatorCoatingIds()).contains("az-93-white-paint", "silver-teflon-osr");
        assertThat(catalog.batteryCellIds()).contains("saft-ves180-liion", "nih2-heritage");
    }

    @Test
    void idsAreUniqueAndListsMatchIdSets() {
        // The loader rejects duplicates; this guards that no row was silently dropped.
        assertThat(CatalogTable.load(HardwareCatalog.ACCELERATORS).rows()).hasSize(catalog.acceleratorIds().size());
        assertThat(CatalogTable.load(HardwareCatalog.SOLAR_CELLS).rows()).hasSize(catalog.solarCellIds().size());
        assertThat(CatalogTable.load(HardwareCatalog.RADIATOR_COATINGS).rows())
                .hasSize(catalog.radiatorCoatingIds().size());
        assertThat(CatalogTable.load(HardwareCatalog.BATTERY_CELLS).rows()).hasSize(catalog.batteryCellIds().size());
        assertThat(catalog.accelerators()).extracting(Accelerator::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(catalog.acceleratorIds());
    }

    @Test
    void unknownIdIsEmptyNotAnError() {
        assertThat(catalog.accelerator("nvidia-h100")).isEmpty();
        assertThat(catalog.solarCell("")).isEmpty();
    }

    @Test
    void acceleratorsArePhysicallySane() {
        for (Accelerator a : catalog.accelerators()) {
            assertThat(a.powerW()).as(a.id() + " power").isPositive();
            assertThat(a.maxDieTemperatureK()).as(a.id() + " die limit").isBetween(330.0, 400.0);
            assertThat(a.int8Ops()).as(a.id() + " INT8 at least BF16 rate").isGreaterThanOrEqualTo(a.bf16Flops());
            // Dense BF16 efficiency of 2020s silicon: between 0.1 and 5 TFLOPS per watt.
            assertThat(a.bf16Flops() / a.powerW()).as(a.id() + " FLOP/s per W").isBetween(1e11, 5e12);
            // Server share per watt: 5 to 100 g/W covers embedded modules to air-cooled 8-GPU boxes.
            assertThat(a.massKg() / a.powerW()).as(a.id() + " kg per W").isBetween(0.005, 0.1);
            assertThat(a.massKg() / a.volumeM3()).as(a.id() + " bulk density kg/m3").isBetween(100.0, 2000.0);
            assertThat(a.sources()).as(a.id() + " sources").isNotEmpty();
            if ("rack".equals(a.kind())) {
                assertThat(a.gpuCount()).isGreaterThan(1);
            } else {
                assertThat(a.gpuCount()).isEqualTo(1);
            }
        }
    }

    @Test
    void solarCellsArePhysicallySane() {
        for (SolarCell c : catalog.solarCells()) {
            assertThat(c.efficiency()).as(c.id()).isStrictlyBetween(0.0, 1.0);
            assertThat(c.temperatureCoefficientPerK()).as(c.id()).isBetween(-0.01, 0.0);
            assertThat(c.referenceTemperatureK()).as(c.id()).isEqualTo(301.15);
            // The array cannot deliver more per square metre than its cells convert from AM0
            // sunlight (1361 W/m2, Kopp & Lean 2011) at 100 % packing.
            double arrayWPerM2 = c.specificPowerWPerKg() * c.arealDensityKgPerM2();
            assertThat(arrayWPerM2).as(c.id() + " W/m2").isLessThanOrEqualTo(c.efficiency() * 1361.0);
        }
    }

    @Test
    void coatingsArePhysicallySane() {
        for (RadiatorCoating r : catalog.radiatorCoatings()) {
            assertThat(r.emissivity()).as(r.id()).isBetween(0.0, 1.0);
            assertThat(r.absorptivityBol()).as(r.id()).isBetween(0.0, 1.0);
            assertThat(r.absorptivityEol()).as(r.id()).isBetween(r.absorptivityBol(), 1.0);
        }
    }

    @Test
    void batteriesArePhysicallySane() {
        for (BatteryCell b : catalog.batteryCells()) {
            // 20-300 Wh/kg brackets every space battery from NiCd to modern Li-ion packs.
            assertThat(b.specificEnergyJPerKg() / 3600.0).as(b.id() + " Wh/kg").isBetween(20.0, 300.0);
            assertThat(b.depthOfDischarge()).as(b.id()).isBetween(0.05, 0.8);
            assertThat(b.chargeEfficiency() * b.dischargeEfficiency()).as(b.id() + " round trip").isBetween(0.6, 1.0);
            assertThat(b.cycleLife()).as(b.id()).isGreaterThan(1000.0);
        }
    }

    @Test
    void h100MatchesDatasheet() {
        // ref: nvidia-h100-datasheet (via lockwood-h100): 700 W TDP, 80 GB HBM3,
        // 1,979 TFLOPS BF16 with sparsity = 989 dense, 3,958 TOPS INT8 sparse = 1,979 dense. Exact.
        Accelerator h100 = catalog.accelerator("nvidia-h100-sxm").orElseThrow();
        assertThat(h100.powerW()).isEqualTo(700.0);
        assertThat(h100.memoryBytes()).isEqualTo(80e9);
        assertThat(h100.bf16Flops()).isCloseTo(989e12, within(1e12));
        assertThat(h100.int8Ops()).isCloseTo(1979e12, within(1e12));
        // ref: nvidia-smi-hopper-thresholds: GPU Max Operating 87 C. Exact.
        assertThat(h100.maxDieTemperatureK()).isEqualTo(360.15);
        // ref: nvidia-dgx-h100-user-guide: 130.45 kg for 8 GPUs; tolerance 0.01 kg (rounding).
        assertThat(h100.massKg()).isCloseTo(130.45 / 8, within(0.01));
        assertThat(h100.tidLimitRad()).isEmpty();
    }

    @Test
    void tpuV6eMatchesGoogleDocsAndSuncatcherTest() {
        // ref: google-cloud-tpu-v6e: 918 TFLOPS BF16, 1836 TOPS INT8, 32 GB HBM per chip. Exact.
        Accelerator tpu = catalog.accelerator("google-tpu-v6e").orElseThrow();
        assertThat(tpu.bf16Flops()).isEqualTo(918e12);
        assertThat(tpu.int8Ops()).isEqualTo(1836e12);
        assertThat(tpu.memoryBytes()).isEqualTo(32e9);
        // ref: suncatcher-blog-2025: HBM first irregularities at 2 krad(Si). Exact.
        assertThat(tpu.tidLimitRad()).hasValue(2000.0);
        // ref: suncatcher-2025 §4.3 (v2, via digest): SDC 1 per 14.4-20 rad, UECC ~1 per 44 rad,
        // SEFI 1 per 5 krad. SDC checked against the published range, the others exactly.
        assertThat(tpu.radPerSdc().getAsDouble()).isBetween(14.4, 20.0);
        assertThat(tpu.radPerUecc()).hasValue(44.0);
        assertThat(tpu.radPerCrash()).hasValue(5000.0);
        // No list price (cloud only): graded at the H100's dense-BF16 $/FLOP, a hand calculation:
        // 27,500 USD x 918 / 989 TFLOPS = 25,526 USD; the catalog rounds to 25,500 (0.2 %).
        assertThat(tpu.priceUsd().getAsDouble()).isCloseTo(27_500.0 * 918 / 989, within(0.002 * 25_526));
    }

    @Test
    void everyAcceleratorHasAPriceSoNoCostIsCountedAtZero() {
        for (String id : catalog.acceleratorIds()) {
            assertThat(catalog.accelerator(id).orElseThrow().priceUsd()).as(id).isPresent();
            assertThat(catalog.accelerator(id).orElseThrow().priceUsd().getAsDouble()).as(id).isPositive();
        }
    }

    @Test
    void gb200RackIsSeventyTwoB200s() {
        // ref: nvidia-gb200-nvl72-spec, lockwood-b200: 72 GPUs at 2.5 PFLOPS dense BF16 each;
        // ref: techradar-gb200-nvl72-2024: ~120 kW and 1.36 t. Tolerance 1 % (rounding of the rack figures).
        Accelerator rack = catalog.accelerator("nvidia-gb200-nvl72").orElseThrow();
        assertThat(rack.gpuCount()).isEqualTo(72);
        assertThat(rack.bf16Flops()).isCloseTo(72 * 2.5e15, within(0.01 * 72 * 2.5e15));
        assertThat(rack.powerW()).isCloseTo(120e3, within(1.2e3));
        assertThat(rack.massKg()).isCloseTo(1360.0, within(13.6));
    }

    @Test
    void jetsonOrinTidFromEscies() {
        // ref: escies-jetson-orin-tid: biased TID limit 37-39 krad; the lower bound is used.
        Accelerator orin = catalog.accelerator("nvidia-jetson-agx-orin-64gb").orElseThrow();
        assertThat(orin.tidLimitRad().getAsDouble()).isBetween(37e3, 39e3);
        // ref: nvidia-jetson-agx-orin-datasheet: up to 60 W; 85 sparse FP16 TFLOPS -> 42.5 dense. Exact.
        assertThat(orin.powerW()).isEqualTo(60.0);
        assertThat(orin.bf16Flops()).isEqualTo(85e12 / 2);
    }

    @Test
    void solarAnchorsMatchPublishedArrays() {
        // ref: spectrolab-xtj-pvsc-2008: XTJ 29.8 % mean AM0 at 28 C; tolerance 0.5 percentage point.
        assertThat(catalog.solarCell("gaas-tj-xtj-rollout").orElseThrow().efficiency()).isCloseTo(0.298, within(0.005));
        // ref: forethought-2026: Starlink-class 91 W/kg; optimised Si 189 W/kg at 1.19 kg/m2. Exact.
        assertThat(catalog.solarCell("si-cots-starlink-class").orElseThrow().specificPowerWPerKg()).isEqualTo(91.0);
        SolarCell stripped = catalog.solarCell("si-optimised-stripped").orElseThrow();
        assertThat(stripped.specificPowerWPerKg()).isEqualTo(189.0);
        assertThat(stripped.arealDensityKgPerM2()).isEqualTo(1.19);
        // ref: angadh-2025-space-dc: ISS SAW ~31 kW / ~1100 kg = ~28 W/kg; tolerance 1 W/kg.
        assertThat(catalog.solarCell("si-iss-saw").orElseThrow().specificPowerWPerKg()).isCloseTo(28.0, within(1.0));
    }

    @Test
    void coatingAndBatteryAnchors() {
        // ref: nasa-ntrs-19920048673: AZ-93 emissivity 0.92, alpha 0.15 BOL. Exact.
        RadiatorCoating az93 = catalog.radiatorCoating("az-93-white-paint").orElseThrow();
        assertThat(az93.emissivity()).isEqualTo(0.92);
        assertThat(az93.absorptivityBol()).isEqualTo(0.15);
        // ref: fortescue-sse-2011 Table 11.3: silver-coated FEP alpha 0.08, emissivity 0.78. Exact.
        RadiatorCoating agFep = catalog.radiatorCoating("silver-teflon-osr").orElseThrow();
        assertThat(agFep.absorptivityBol()).isEqualTo(0.08);
        assertThat(agFep.emissivity()).isEqualTo(0.78);
        // ref: saft-liion-battery-level: ~120 Wh/kg battery level; esa-artes-ves180: 30 % DoD for 5-yr LEO.
        BatteryCell ves180 = catalog.batteryCell("saft-ves180-liion").orElseThrow();
        assertThat(ves180.specificEnergyJPerKg()).isCloseTo(120 * 3600.0, within(1e-6));
        assertThat(ves180.depthOfDischarge()).isEqualTo(0.30);
    }

    @Test
    void everyRowHasProvenance() {
        for (CatalogEntries<?> entries : List.of(catalog.acceleratorEntries(), catalog.solarCellEntries(),
                catalog.radiatorCoatingEntries(), catalog.batteryCellEntries())) {
            for (String id : entries.ids()) {
                Provenance p = entries.provenance(id).orElseThrow();
                assertThat(p.sources()).as(entries.resource() + " " + id + " sources").isNotEmpty();
                assertThat(p.notes()).as(entries.resource() + " " + id + " notes").isNotBlank();
            }
        }
        // TPU v6e power is not published, so its row must not claim more than U.
        assertThat(catalog.acceleratorEntries().provenance("google-tpu-v6e").orElseThrow().confidence())
                .isEqualTo(Confidence.UNVERIFIED);
    }
}
