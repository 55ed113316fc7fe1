package io.orbitdc.core.catalog;

import java.util.List;
import java.util.Set;

/**
 * Reads {@code accelerators.csv} rows into {@link Accelerator} records. Columns (SI unless the
 * name says otherwise): id, name, vendor, kind (gpu|tpu|soc|rack), gpu_count, power_w,
 * memory_bytes, bf16_flops and int8_ops (dense, per second), max_die_temperature_k,
 * tid_limit_rad, mass_kg, volume_m3, price_usd, rad_per_sdc, rad_per_uecc, rad_per_crash,
 * confidence, source, notes. Empty optional cells mean "not published".
 */
final class AcceleratorRows {

    static final List<String> COLUMNS = List.of("id", "name", "vendor", "kind", "gpu_count", "power_w",
            "memory_bytes", "bf16_flops", "int8_ops", "max_die_temperature_k", "tid_limit_rad", "mass_kg",
            "volume_m3", "price_usd", "rad_per_sdc", "rad_per_uecc", "rad_per_crash", "confidence", "source",
            "notes");

    static final Set<String> KINDS = Set.of("gpu", "tpu", "soc", "rack");

    /**
     * Die limits outside this band are almost certainly a unit slip (°C typed as K): silicon
     * logic throttles between about 57 °C and 127 °C.
     */
    static final double MIN_DIE_TEMPERATURE_K = 330.0;
    static final double MAX_DIE_TEMPERATURE_K = 400.0;

    private AcceleratorRows() {
    }

    static Accelerator read(CheckedRow row) {
        return new Accelerator(
                row.id(),
                row.text("name"),
                row.text("vendor"),
                row.oneOf("kind", KINDS),
                row.count("gpu_count", 1),
                row.positive("power_w"),
                row.positive("memory_bytes"),
                row.positive("bf16_flops"),
                row.positive("int8_ops"),
                row.within("max_die_temperature_k", MIN_DIE_TEMPERATURE_K, MAX_DIE_TEMPERATURE_K),
                row.optionalPositive("tid_limit_rad"),
                row.positive("mass_kg"),
                row.positive("volume_m3"),
                row.optionalPositive("price_usd"),
                row.optionalPositive("rad_per_sdc"),
                row.optionalPositive("rad_per_uecc"),
                row.optionalPositive("rad_per_crash"),
                row.row().sources());
    }
}
