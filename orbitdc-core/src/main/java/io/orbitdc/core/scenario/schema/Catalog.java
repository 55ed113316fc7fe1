package io.orbitdc.core.scenario.schema;

import io.orbitdc.core.scenario.ScenarioCatalogs;
import java.util.Collection;
import java.util.List;

/**
 * The catalogs a scenario field may name an entry of. The JSON Schema enumerates each one's ids
 * from the catalogs it is given ({@link JsonSchemaWriter#schema(ScenarioCatalogs)}), so editors
 * offer exactly the ids {@code orbitdc validate} accepts.
 */
public enum Catalog {
    ACCELERATOR("accelerator"),
    SOLAR_CELL("solar cell"),
    BATTERY("battery"),
    RADIATOR_COATING("radiator coating"),
    GROUND_STATION("ground-station"),
    TERRESTRIAL_SITE("terrestrial site"),
    LAUNCH_VEHICLE("launch-vehicle");

    private final String label;

    Catalog(String label) {
        this.label = label;
    }

    /** How messages name the catalog, e.g. "ground-station". */
    public String label() {
        return label;
    }

    /** Its ids, sorted so that the schema is the same text on every run. */
    public List<String> ids(ScenarioCatalogs catalogs) {
        Collection<String> ids = switch (this) {
            case ACCELERATOR -> catalogs.acceleratorIds();
            case SOLAR_CELL -> catalogs.solarCellIds();
            case BATTERY -> catalogs.batteryCellIds();
            case RADIATOR_COATING -> catalogs.radiatorCoatingIds();
            case GROUND_STATION -> catalogs.groundStationIds();
            case TERRESTRIAL_SITE -> catalogs.terrestrialSiteIds();
            case LAUNCH_VEHICLE -> catalogs.launchVehicleIds();
        };
        return ids.stream().sorted().toList();
    }
}
