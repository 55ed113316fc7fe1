package io.orbitdc.core.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hardware a design can choose from: accelerators, solar cells, radiator coatings and
 * batteries, each read from a CSV catalog on the classpath ({@code catalog/*.csv}) with its
 * reference keys and confidence grade. Immutable; {@link #load()} reads the files each time it
 * is called (callers keep the instance), so there is no hidden static cache.
 *
 * <p>Lookups by id return {@link Optional#empty()} for unknown ids; the {@code ...Ids()} sets
 * let the scenario layer suggest near matches.
 */
public final class HardwareCatalog {

    public static final String ACCELERATORS = "catalog/accelerators.csv";
    public static final String SOLAR_CELLS = "catalog/solar-cells.csv";
    public static final String RADIATOR_COATINGS = "catalog/radiator-coatings.csv";
    public static final String BATTERY_CELLS = "catalog/battery-cells.csv";

    private final CatalogEntries<Accelerator> accelerators;
    private final CatalogEntries<SolarCell> solarCells;
    private final CatalogEntries<RadiatorCoating> radiatorCoatings;
    private final CatalogEntries<BatteryCell> batteryCells;

    private HardwareCatalog(CatalogEntries<Accelerator> accelerators, CatalogEntries<SolarCell> solarCells,
                            CatalogEntries<RadiatorCoating> radiatorCoatings, CatalogEntries<BatteryCell> batteryCells) {
        this.accelerators = accelerators;
        this.solarCells = solarCells;
        this.radiatorCoatings = radiatorCoatings;
        this.batteryCells = batteryCells;
    }

    /** Reads the four bundled catalogs from the classpath; fails with file:line column on bad data. */
    public static HardwareCatalog load() {
        return of(CatalogTable.load(ACCELERATORS), CatalogTable.load(SOLAR_CELLS),
                CatalogTable.load(RADIATOR_COATINGS), CatalogTable.load(BATTERY_CELLS));
    }

    /** Builds a catalog from already parsed tables (user-supplied files, tests). */
    public static HardwareCatalog of(CatalogTable accelerators, CatalogTable solarCells,
                                     CatalogTable radiatorCoatings, CatalogTable batteryCells) {
        return new HardwareCatalog(
                CatalogEntries.read(accelerators, AcceleratorRows.COLUMNS, AcceleratorRows::read),
                CatalogEntries.read(solarCells, SolarCellRows.COLUMNS, SolarCellRows::read),
                CatalogEntries.read(radiatorCoatings, RadiatorCoatingRows.COLUMNS, RadiatorCoatingRows::read),
                CatalogEntries.read(batteryCells, BatteryCellRows.COLUMNS, BatteryCellRows::read));
    }

    /** Reads one accelerator table on its own, e.g. a user's extra catalog. */
    public static CatalogEntries<Accelerator> readAccelerators(CatalogTable table) {
        return CatalogEntries.read(table, AcceleratorRows.COLUMNS, AcceleratorRows::read);
    }

    /** Reads one solar-cell table on its own. */
    public static CatalogEntries<SolarCell> readSolarCells(CatalogTable table) {
        return CatalogEntries.read(table, SolarCellRows.COLUMNS, SolarCellRows::read);
    }

    /** Reads one radiator-coating table on its own. */
    public static CatalogEntries<RadiatorCoating> readRadiatorCoatings(CatalogTable table) {
        return CatalogEntries.read(table, RadiatorCoatingRows.COLUMNS, RadiatorCoatingRows::read);
    }

    /** Reads one battery table on its own. */
    public static CatalogEntries<BatteryCell> readBatteryCells(CatalogTable table) {
        return CatalogEntries.read(table, BatteryCellRows.COLUMNS, BatteryCellRows::read);
    }

    public Optional<Accelerator> accelerator(String id) {
        return accelerators.get(id);
    }

    public List<Accelerator> accelerators() {
        return accelerators.all();
    }

    public Set<String> acceleratorIds() {
        return accelerators.ids();
    }

    public Optional<SolarCell> solarCell(String id) {
        return solarCells.get(id);
    }

    public List<SolarCell> solarCells() {
        return solarCells.all();
    }

    public Set<String> solarCellIds() {
        return solarCells.ids();
    }

    public Optional<RadiatorCoating> radiatorCoating(String id) {
        return radiatorCoatings.get(id);
    }

    public List<RadiatorCoating> radiatorCoatings() {
        return radiatorCoatings.all();
    }

    public Set<String> radiatorCoatingIds() {
        return radiatorCoatings.ids();
    }

    public Optional<BatteryCell> batteryCell(String id) {
        return batteryCells.get(id);
    }

    public List<BatteryCell> batteryCells() {
        return batteryCells.all();
    }

    public Set<String> batteryCellIds() {
        return batteryCells.ids();
    }

    /** Confidence, sources and notes of every row, per catalog, for reports and audits. */
    public CatalogEntries<Accelerator> acceleratorEntries() {
        return accelerators;
    }

    public CatalogEntries<SolarCell> solarCellEntries() {
        return solarCells;
    }

    public CatalogEntries<RadiatorCoating> radiatorCoatingEntries() {
        return radiatorCoatings;
    }

    public CatalogEntries<BatteryCell> batteryCellEntries() {
        return batteryCells;
    }
}
