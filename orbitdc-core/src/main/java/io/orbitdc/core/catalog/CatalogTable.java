package io.orbitdc.core.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A catalog data file: CSV with a header row, {@code #} comment lines, one row per item and a
 * {@code source} column of keys into {@code docs/references.md}. Column names carry their unit
 * when it is not SI-obvious ({@code power_w}, {@code memory_bytes}).
 */
public final class CatalogTable {

    private final String resource;
    private final List<CatalogRow> rows;

    private CatalogTable(String resource, List<CatalogRow> rows) {
        this.resource = resource;
        this.rows = List.copyOf(rows);
    }

    /** Loads a classpath resource such as {@code catalog/accelerators.csv}. */
    public static CatalogTable load(String resource) {
        try (InputStream in = CatalogTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CatalogException("catalog resource not found on the classpath: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException("cannot read catalog " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses CSV text; {@code name} is used in messages. */
    public static CatalogTable parse(String name, String csv) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS)
                .enable(CsvParser.Feature.TRIM_SPACES).build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        List<CatalogRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(csv);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> cells = it.nextValue();
                rows.add(new CatalogRow(name, line, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CatalogException ce) {
                throw ce;
            }
            throw new CatalogException("cannot parse catalog " + name + ": " + e.getMessage(), e);
        }
        return new CatalogTable(name, rows);
    }

    public String resource() {
        return resource;
    }

    public List<CatalogRow> rows() {
        return rows;
    }
}
