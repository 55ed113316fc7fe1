package io.orbitdc.core.catalog;

import java.util.List;

/**
 * Reads {@code radiator-coatings.csv} rows into {@link RadiatorCoating} records. Columns: id,
 * name, emissivity (hemispherical, infrared), absorptivity_bol and absorptivity_eol (solar),
 * confidence, source, notes. All three optical properties lie in (0, 1].
 */
final class RadiatorCoatingRows {

    static final List<String> COLUMNS = List.of("id", "name", "emissivity", "absorptivity_bol",
            "absorptivity_eol", "confidence", "source", "notes");

    private RadiatorCoatingRows() {
    }

    static RadiatorCoating read(CheckedRow row) {
        return new RadiatorCoating(
                row.id(),
                row.text("name"),
                row.fraction("emissivity"),
                row.fraction("absorptivity_bol"),
                row.fraction("absorptivity_eol"),
                row.row().sources());
    }
}
