package io.orbitdc.core.catalog;

import java.util.List;

/**
 * Reads {@code battery-cells.csv} rows into {@link BatteryCell} records. Columns: id, name,
 * specific_energy_wh_per_kg (battery/pack level; converted to J/kg), depth_of_discharge (for
 * LEO cycling), charge_efficiency, discharge_efficiency, cycle_life, confidence, source, notes.
 */
final class BatteryCellRows {

    static final List<String> COLUMNS = List.of("id", "name", "specific_energy_wh_per_kg", "depth_of_discharge",
            "charge_efficiency", "discharge_efficiency", "cycle_life", "confidence", "source", "notes");

    static final double JOULES_PER_WATT_HOUR = 3600.0;

    private BatteryCellRows() {
    }

    static BatteryCell read(CheckedRow row) {
        return new BatteryCell(
                row.id(),
                row.text("name"),
                row.positive("specific_energy_wh_per_kg") * JOULES_PER_WATT_HOUR,
                row.fraction("depth_of_discharge"),
                row.fraction("charge_efficiency"),
                row.fraction("discharge_efficiency"),
                row.positive("cycle_life"),
                row.row().sources());
    }
}
