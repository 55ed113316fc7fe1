package io.orbitdc.core.sweep;

import io.orbitdc.core.catalog.CatalogRow;
import io.orbitdc.core.catalog.CatalogTable;
import io.orbitdc.core.catalog.Confidence;
import io.orbitdc.core.catalog.HardwareCatalog;
import io.orbitdc.core.economics.TerrestrialSite;
import io.orbitdc.core.economics.TerrestrialSiteCatalog;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.TerrestrialSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The uncertain inputs of {@code random: {uncertain: catalog}}: the catalog figures a scenario
 * stands on, each with the grade of the catalog row it comes from — the accelerator's power and
 * price, the solar cell's efficiency, the battery's specific energy, the radiator coating's
 * emissivity, and the terrestrial site's PUE, electricity price and facility build cost. The
 * nominal is the base scenario's value (the file's, where it sets one; else the catalog's), so a
 * draw perturbs what the user assumed; the spread is the row's grade's.
 */
public final class CatalogUncertainty {

    private CatalogUncertainty() {
    }

    /** The uncertain inputs of {@code base}, graded from {@code hardware} and the terrestrial-site catalog. */
    public static List<UncertainInput> of(Scenario base, HardwareCatalog hardware, GradeSpreads spreads) {
        List<UncertainInput> out = new ArrayList<>();
        if (base.satellite().isPresent()) {
            SatelliteDesign s = base.satellite().get();
            String acc = s.accelerator().id();
            hardware.acceleratorEntries().provenance(acc).map(p -> p.confidence()).ifPresent(g -> {
                out.add(input("satellite.accelerator.power", s.accelerator().powerW(), "W", g, spreads, 0, Double.MAX_VALUE,
                        "accelerators.csv " + acc));
                s.accelerator().priceUsd().ifPresent(price -> out.add(input("satellite.accelerator.price", price, "USD", g,
                        spreads, 0, Double.MAX_VALUE, "accelerators.csv " + acc)));
            });
            String cell = s.parts().solarCellId();
            hardware.solarCellEntries().provenance(cell).map(p -> p.confidence()).ifPresent(g -> out.add(input(
                    "satellite.solarArray.efficiency", s.solarArray().efficiencyBol(), "", g, spreads, 0.01, 0.6,
                    "solar-cells.csv " + cell)));
            String battery = s.parts().batteryCellId();
            hardware.batteryCellEntries().provenance(battery).map(p -> p.confidence()).ifPresent(g -> out.add(input(
                    "satellite.battery.specificEnergy", s.battery().specificEnergyJPerKg() / 3600.0, "Wh/kg", g, spreads,
                    1, 2000, "battery-cells.csv " + battery)));
            String coating = s.parts().radiatorCoatingId();
            hardware.radiatorCoatingEntries().provenance(coating).map(p -> p.confidence()).ifPresent(g -> out.add(
                    input("satellite.radiator.emissivity", s.radiator().emissivity(), "", g, spreads, 0.05, 1.0,
                            "radiator-coatings.csv " + coating)));
        }
        TerrestrialSettings t = base.economics().terrestrial();
        Optional<TerrestrialSite> site = SITES.site(t.siteId());
        Optional<Confidence> siteGrade = siteGrade(t.siteId());
        if (site.isPresent() && siteGrade.isPresent()) {
            TerrestrialSite st = site.get();
            Confidence g = siteGrade.get();
            String src = "terrestrial-sites.csv " + st.id();
            out.add(input("economics.terrestrial.pue", t.pue().orElse(st.pue()), "", g, spreads, 1.0, 3.0, src));
            out.add(input("economics.terrestrial.electricityPrice",
                    t.electricityUsdPerJ().isPresent() ? t.electricityUsdPerJ().getAsDouble() * 3.6e9 : st.electricityUsdPerMwh(),
                    "USD/MWh", g, spreads, 0, Double.MAX_VALUE, src));
            out.add(input("economics.terrestrial.facilityCapex", t.facilityCapexUsdPerW().orElse(st.facilityCapexUsdPerW()),
                    "USD/W", g, spreads, 0, Double.MAX_VALUE, src));
        }
        return List.copyOf(out);
    }

    private static final TerrestrialSiteCatalog SITES = TerrestrialSiteCatalog.load();
    private static final List<CatalogRow> SITE_ROWS = CatalogTable.load(TerrestrialSiteCatalog.RESOURCE).rows();

    private static Optional<Confidence> siteGrade(String id) {
        return SITE_ROWS.stream().filter(r -> r.text("id").equals(id)).findFirst()
                .flatMap(r -> Confidence.ofLetter(r.text("confidence").toUpperCase(Locale.ROOT)));
    }

    private static UncertainInput input(String path, double nominal, String unit, Confidence g, GradeSpreads spreads,
                                        double min, double max, String source) {
        return new UncertainInput(path, nominal, unit, g, spreads.of(g), min, max, source);
    }
}
