package io.orbitdc.core.catalog;

import java.util.List;

/**
 * Where a catalog row's figures come from: its confidence grade, its reference keys (entries
 * in {@code docs/references/*.md}) and the free-text notes that explain estimates and
 * derivations. Kept beside the records so that reports can show which inputs are weak.
 */
public record Provenance(Confidence confidence, List<String> sources, String notes) {
    public Provenance {
        sources = List.copyOf(sources);
        notes = notes == null ? "" : notes;
    }
}
