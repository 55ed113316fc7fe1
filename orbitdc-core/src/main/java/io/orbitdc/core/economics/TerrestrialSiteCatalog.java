package io.orbitdc.core.economics;

import io.orbitdc.core.catalog.CatalogException;
import io.orbitdc.core.catalog.CatalogRow;
import io.orbitdc.core.catalog.CatalogTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The terrestrial-site catalog ({@code catalog/terrestrial-sites.csv}), read once per instance. */
public final class TerrestrialSiteCatalog {

    public static final String RESOURCE = "catalog/terrestrial-sites.csv";

    private final Map<String, TerrestrialSite> sites;

    private TerrestrialSiteCatalog(Map<String, TerrestrialSite> sites) {
        this.sites = Map.copyOf(sites);
    }

    /** The shipped catalog, parsed once per JVM (immutable; a sweep costs thousands of points against it). */
    public static TerrestrialSiteCatalog load() {
        return Shipped.CATALOG;
    }

    private static final class Shipped {
        static final TerrestrialSiteCatalog CATALOG = from(CatalogTable.load(RESOURCE));
    }

    public static TerrestrialSiteCatalog from(CatalogTable table) {
        Map<String, TerrestrialSite> out = new LinkedHashMap<>();
        for (CatalogRow r : table.rows()) {
            TerrestrialSite site = new TerrestrialSite(r.text("id"), r.text("name"), r.text("location"), r.text("status"),
                    positive(r, "it_power_w"), r.number("pue"), r.text("accelerator_id"), (long) positive(r, "accelerators"),
                    r.number("electricity_usd_per_mwh"), r.number("facility_capex_usd_per_w"),
                    r.number("backup_capex_usd_per_w"), r.number("water_m3_per_mwh"), r.number("grid_gco2e_per_kwh"),
                    r.number("time_to_power_years"),
                    r.sources());
            if (site.pue() < 1) {
                throw new CatalogException(r.resource() + ":" + r.line() + " pue: " + site.pue() + " is below 1");
            }
            if (out.put(site.id(), site) != null) {
                throw new CatalogException(r.resource() + ":" + r.line() + " id: duplicate site '" + site.id() + "'");
            }
        }
        return new TerrestrialSiteCatalog(out);
    }

    private static double positive(CatalogRow r, String column) {
        double v = r.number(column);
        if (!(v > 0)) {
            throw new CatalogException(r.resource() + ":" + r.line() + " " + column + ": " + v + " is not positive");
        }
        return v;
    }

    public Optional<TerrestrialSite> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    public List<String> ids() {
        return List.copyOf(sites.keySet());
    }
}
