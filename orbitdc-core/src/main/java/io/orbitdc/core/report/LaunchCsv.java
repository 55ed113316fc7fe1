package io.orbitdc.core.report;

import io.orbitdc.core.launch.LaunchReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The launch manifest for a spreadsheet ({@code launch --out}: {@code launch-manifest.csv}), one row
 * per launch of the deterministic plan, as in launch.json's {@code launches}.
 */
public final class LaunchCsv {

    private LaunchCsv() {
    }

    /**
     * Columns: number, vehicle (catalog id), vehicle_name, provider, date (ISO yyyy-mm-dd), group,
     * orbit, satellites, mass_kg, volume_m3, capacity_kg, cost_usd, vehicle_status,
     * vehicle_available_from (ISO date).
     */
    public static CsvTable manifest(LaunchReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (LaunchReport.Launch l : report.launches()) {
            rows.add(java.util.Arrays.asList(l.number(), l.vehicle(), l.vehicleName(), l.provider(), l.date(), l.group(),
                    l.orbit(), l.satellites(), l.massKg(), l.volumeM3(), l.capacityKg(), l.costUsd(), l.vehicleStatus(),
                    l.vehicleAvailableFrom()));
        }
        return new CsvTable(List.of("number", "vehicle", "vehicle_name", "provider", "date", "group", "orbit", "satellites",
                "mass_kg", "volume_m3", "capacity_kg", "cost_usd", "vehicle_status", "vehicle_available_from"), rows);
    }
}
