package io.orbitdc.core.geometry;

import io.orbitdc.core.catalog.CatalogRow;
import io.orbitdc.core.catalog.CatalogTable;
import java.util.List;
import java.util.Optional;

/** The ground stations of {@code catalog/ground-stations.csv}, or of another CSV with the same columns. */
public record GroundStationCatalog(List<GroundStation> stations) {

    public static final String RESOURCE = "catalog/ground-stations.csv";

    public GroundStationCatalog {
        stations = List.copyOf(stations);
    }

    /** The bundled catalog. */
    public static GroundStationCatalog load() {
        return from(CatalogTable.load(RESOURCE));
    }

    public static GroundStationCatalog from(CatalogTable table) {
        return new GroundStationCatalog(table.rows().stream().map(GroundStationCatalog::station).toList());
    }

    private static GroundStation station(CatalogRow r) {
        return new GroundStation(r.text("id"), r.text("name"), r.number("latitude_deg"), r.number("longitude_deg"),
                r.number("altitude_m"), r.number("min_elevation_deg"), r.textOr("operator", ""), r.textOr("confidence", ""),
                r.sources());
    }

    /** A station by id. */
    public Optional<GroundStation> byId(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A station by id, failing with the list of known ids. */
    public GroundStation require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown ground station '" + id + "'; known: "
                + stations.stream().map(GroundStation::id).toList()));
    }
}
