package io.orbitdc.core.catalog;

import java.util.List;

/**
 * A thermal-control coating for a radiator face: infrared emissivity and solar absorptivity at
 * beginning and end of life (UV and atomic oxygen darken white paints over a mission).
 */
public record RadiatorCoating(String id, String name, double emissivity, double absorptivityBol,
                              double absorptivityEol, List<String> sources) {
    public RadiatorCoating {
        sources = List.copyOf(sources);
    }
}
