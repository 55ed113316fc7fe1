package io.orbitdc.core.catalog;

import java.util.List;

/**
 * Reads {@code solar-cells.csv} rows into {@link SolarCell} records. Columns: id, name,
 * efficiency (AM0, BOL, at the reference temperature), temperature_coefficient_per_k (relative,
 * negative), reference_temperature_k, degradation_per_year (fraction of output per year),
 * specific_power_w_per_kg and areal_density_kg_per_m2 (array level), confidence, source, notes.
 */
final class SolarCellRows {

    static final List<String> COLUMNS = List.of("id", "name", "efficiency", "temperature_coefficient_per_k",
            "reference_temperature_k", "degradation_per_year", "specific_power_w_per_kg",
            "areal_density_kg_per_m2", "confidence", "source", "notes");

    private SolarCellRows() {
    }

    static SolarCell read(CheckedRow row) {
        return new SolarCell(
                row.id(),
                row.text("name"),
                row.strictlyWithin("efficiency", 0.0, 1.0),
                // Relative coefficients of real cells lie between about -0.6 %/K and 0.
                row.within("temperature_coefficient_per_k", -0.01, 0.0),
                row.within("reference_temperature_k", 200.0, 400.0),
                row.within("degradation_per_year", 0.0, 0.5),
                row.positive("specific_power_w_per_kg"),
                row.positive("areal_density_kg_per_m2"),
                row.row().sources());
    }
}
