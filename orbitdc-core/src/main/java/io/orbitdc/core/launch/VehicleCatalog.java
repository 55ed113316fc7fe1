package io.orbitdc.core.launch;

import io.orbitdc.core.catalog.CatalogException;
import io.orbitdc.core.catalog.CatalogRow;
import io.orbitdc.core.catalog.CatalogTable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launch vehicles a plan may choose from: the shipped catalog
 * ({@code catalog/launch-vehicles.csv}) with a scenario's additions and overrides.
 */
public final class VehicleCatalog {

    /** Classpath resource of the shipped catalog. */
    public static final String RESOURCE = "catalog/launch-vehicles.csv";

    private final Map<String, LaunchVehicle> byId;

    private final List<String> order;

    private VehicleCatalog(Map<String, LaunchVehicle> byId) {
        this.byId = Map.copyOf(byId);
        this.order = List.copyOf(byId.keySet());
    }

    /** The shipped catalog. */
    public static VehicleCatalog shipped() {
        return Shipped.CATALOG; // parsed once per JVM: immutable, and a sweep plans thousands of launches
    }

    private static final class Shipped {
        static final VehicleCatalog CATALOG = fromTable(CatalogTable.load(RESOURCE));
    }

    /** A catalog from a parsed CSV table; a bad cell fails with file, line and column. */
    public static VehicleCatalog fromTable(CatalogTable table) {
        Map<String, LaunchVehicle> map = new LinkedHashMap<>();
        for (CatalogRow row : table.rows()) {
            LaunchVehicle v = toVehicle(row);
            if (map.put(v.id(), v) != null) {
                throw new CatalogException(row.resource() + ":" + row.line() + " id: duplicate vehicle id '" + v.id() + "'");
            }
        }
        return new VehicleCatalog(map);
    }

    /** A catalog of exactly these vehicles (ids must be unique). */
    public static VehicleCatalog of(List<LaunchVehicle> vehicles) {
        Map<String, LaunchVehicle> map = new LinkedHashMap<>();
        for (LaunchVehicle v : vehicles) {
            if (map.put(v.id(), v) != null) {
                throw new IllegalArgumentException("duplicate vehicle id '" + v.id() + "'");
            }
        }
        return new VehicleCatalog(map);
    }

    /** This catalog with {@code overrides} replacing rows of the same id and adding new ones. */
    public VehicleCatalog with(List<LaunchVehicle> overrides) {
        Map<String, LaunchVehicle> map = new LinkedHashMap<>();
        for (String id : order) {
            map.put(id, byId.get(id));
        }
        for (LaunchVehicle v : overrides) {
            map.put(v.id(), v);
        }
        return new VehicleCatalog(map);
    }

    public List<LaunchVehicle> vehicles() {
        return order.stream().map(byId::get).toList();
    }

    public Optional<LaunchVehicle> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static LaunchVehicle toVehicle(CatalogRow row) {
        String id = row.text("id");
        LocalDate first = date(row, "first_flight");
        LocalDate available = row.textOr("available_from", "").isEmpty() ? first : date(row, "available_from");
        Optional<LocalDate> since = row.textOr("status_since", "").isEmpty() ? Optional.empty()
                : Optional.of(date(row, "status_since"));
        try {
            VehicleStatus status = VehicleStatus.parse(row.text("status"));
            double slip = row.optionalNumber("entry_slip_mean_days").orElse(status.defaultEntrySlipMeanDays());
            return new LaunchVehicle(id, row.text("name"), row.text("provider"),
                    status, row.number("payload_leo_kg"),
                    row.optionalNumber("payload_sso_kg"), row.optionalNumber("fairing_diameter_m"),
                    row.optionalNumber("fairing_volume_m3"), row.number("price_usd"),
                    row.number("price_low_usd"), row.number("price_high_usd"), bool(row, "reusable"),
                    first, available, row.textOr("scenario_of", ""), count(row, "successes"), count(row, "failures"),
                    row.number("cadence_per_year_to_one_customer"), row.number("peak_acceleration_g"),
                    row.text("confidence"), row.sources(), row.textOr("notes", ""), since, slip);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(row.resource() + ":" + row.line() + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate date(CatalogRow row, String column) {
        String text = row.text(column);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CatalogException(row.resource() + ":" + row.line() + " " + column + ": '" + text
                    + "' is not an ISO date (yyyy-mm-dd)");
        }
    }

    private static boolean bool(CatalogRow row, String column) {
        String text = row.text(column);
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new CatalogException(row.resource() + ":" + row.line() + " " + column + ": '" + text + "' is not true or false");
    }

    private static int count(CatalogRow row, String column) {
        double d = row.number(column);
        if (d < 0 || d != Math.rint(d)) {
            throw new CatalogException(row.resource() + ":" + row.line() + " " + column + ": '" + d
                    + "' is not a non-negative whole number");
        }
        return (int) d;
    }
}
