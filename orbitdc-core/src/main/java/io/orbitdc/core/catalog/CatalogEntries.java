package io.orbitdc.core.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The items of one catalog file by id, in file order, each with its {@link Provenance}.
 * Immutable. Ids must be unique within a file; a duplicate fails with both line numbers.
 *
 * @param <T> the record type of the catalog (Accelerator, SolarCell...)
 */
public final class CatalogEntries<T> {

    private final String resource;
    private final Map<String, T> items;
    private final Map<String, Provenance> provenance;

    private CatalogEntries(String resource, Map<String, T> items, Map<String, Provenance> provenance) {
        this.resource = resource;
        this.items = Collections.unmodifiableMap(items);
        this.provenance = Collections.unmodifiableMap(provenance);
    }

    /**
     * Converts every row of {@code table} with {@code reader}, after checking that the file
     * has all of {@code columns}.
     */
    static <T> CatalogEntries<T> read(CatalogTable table, List<String> columns, Function<CheckedRow, T> reader) {
        Map<String, T> items = new LinkedHashMap<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (CatalogRow raw : table.rows()) {
            CheckedRow row = new CheckedRow(raw);
            row.requireColumns(columns);
            String id = row.id();
            Integer earlier = lines.putIfAbsent(id, raw.line());
            if (earlier != null) {
                throw new CatalogException(raw.resource() + ":" + raw.line() + " id: '" + id
                        + "' already defined on line " + earlier + "; ids must be unique");
            }
            items.put(id, reader.apply(row));
            provenance.put(id, row.provenance());
        }
        return new CatalogEntries<>(table.resource(), items, provenance);
    }

    /** The resource or file name the entries were read from. */
    public String resource() {
        return resource;
    }

    public Optional<T> get(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** All items in file order. */
    public List<T> all() {
        return List.copyOf(items.values());
    }

    /** All ids in file order, for "did you mean" suggestions. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(items.keySet());
    }

    public Optional<Provenance> provenance(String id) {
        return Optional.ofNullable(provenance.get(id));
    }
}
