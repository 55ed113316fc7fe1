package io.orbitdc.core.study;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.catalog.BatteryCell;
import io.orbitdc.core.catalog.CatalogRow;
import io.orbitdc.core.catalog.CatalogTable;
import io.orbitdc.core.catalog.HardwareCatalog;
import io.orbitdc.core.catalog.RadiatorCoating;
import io.orbitdc.core.catalog.SolarCell;
import io.orbitdc.core.economics.TerrestrialSiteCatalog;
import io.orbitdc.core.geometry.GroundStationCatalog;
import io.orbitdc.core.scenario.GroundStation;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogs shipped on the classpath, as the scenario layer sees them: hardware from
 * {@link HardwareCatalog}, and the ids of ground stations, terrestrial sites and launch
 * vehicles (with their providers) read from their data files. Read once per instance; immutable.
 */
public final class ShippedCatalogs implements ScenarioCatalogs {

    static final String LAUNCH_VEHICLES = "catalog/launch-vehicles.csv";

    private final HardwareCatalog hardware;
    private final Map<String, GroundStation> groundStations;
    private final Set<String> terrestrialSites;
    private final Set<String> launchVehicles;
    private final Set<String> launchProviders;

    private ShippedCatalogs(HardwareCatalog hardware, Map<String, GroundStation> groundStations,
                            Set<String> terrestrialSites, Set<String> launchVehicles, Set<String> launchProviders) {
        this.hardware = hardware;
        this.groundStations = Map.copyOf(groundStations);
        this.terrestrialSites = Set.copyOf(terrestrialSites);
        this.launchVehicles = Set.copyOf(launchVehicles);
        this.launchProviders = Set.copyOf(launchProviders);
    }

    /**
     * The catalogs shipped on the classpath, parsed once per JVM (they are immutable resources; a
     * sweep or a verdict loads thousands of scenarios against them).
     */
    public static ShippedCatalogs load() {
        return Shipped.CATALOGS;
    }

    /** Lazy holder: parsed on first use, so a broken catalog still fails where it is first needed. */
    private static final class Shipped {
        static final ShippedCatalogs CATALOGS = read();
    }

    private static ShippedCatalogs read() {
        Map<String, GroundStation> stations = new LinkedHashMap<>();
        for (io.orbitdc.core.geometry.GroundStation g : GroundStationCatalog.load().stations()) {
            stations.put(g.id(), new GroundStation(g.id(), g.name(), Math.toRadians(g.latitudeDeg()),
                    Math.toRadians(g.longitudeDeg()), g.altitudeM(), Math.toRadians(g.minElevationDeg())));
        }
        Set<String> sites = new LinkedHashSet<>(TerrestrialSiteCatalog.load().ids());
        List<CatalogRow> vehicles = CatalogTable.load(LAUNCH_VEHICLES).rows();
        Set<String> providers = new LinkedHashSet<>();
        vehicles.forEach(r -> providers.add(r.text("provider")));
        return new ShippedCatalogs(HardwareCatalog.load(), stations, sites, ids(vehicles), providers);
    }

    private static Set<String> ids(List<CatalogRow> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.text("id")));
        return out;
    }

    public HardwareCatalog hardware() {
        return hardware;
    }

    /**
     * An accelerator by catalog id, or by the id without its vendor prefix when that names exactly
     * one entry ({@code tpu-v6e} for {@code google-tpu-v6e}, as DESIGN.md's example writes it).
     */
    @Override
    public Optional<Accelerator> accelerator(String id) {
        Optional<Accelerator> exact = hardware.accelerator(id);
        if (exact.isPresent()) {
            return exact;
        }
        List<String> bySuffix = hardware.acceleratorIds().stream().filter(k -> k.endsWith("-" + id)).toList();
        return bySuffix.size() == 1 ? hardware.accelerator(bySuffix.get(0)) : Optional.empty();
    }

    @Override
    public Collection<String> acceleratorIds() {
        return hardware.acceleratorIds();
    }

    @Override
    public Optional<SolarCell> solarCell(String id) {
        return hardware.solarCell(id);
    }

    @Override
    public Collection<String> solarCellIds() {
        return hardware.solarCellIds();
    }

    @Override
    public Optional<RadiatorCoating> radiatorCoating(String id) {
        return hardware.radiatorCoating(id);
    }

    @Override
    public Collection<String> radiatorCoatingIds() {
        return hardware.radiatorCoatingIds();
    }

    @Override
    public Optional<BatteryCell> batteryCell(String id) {
        return hardware.batteryCell(id);
    }

    @Override
    public Collection<String> batteryCellIds() {
        return hardware.batteryCellIds();
    }

    @Override
    public Optional<GroundStation> groundStation(String id) {
        return Optional.ofNullable(groundStations.get(id));
    }

    @Override
    public Collection<String> groundStationIds() {
        return groundStations.keySet();
    }

    @Override
    public Collection<String> terrestrialSiteIds() {
        return terrestrialSites;
    }

    @Override
    public Collection<String> launchVehicleIds() {
        return launchVehicles;
    }

    @Override
    public Collection<String> launchProviders() {
        return launchProviders;
    }
}
