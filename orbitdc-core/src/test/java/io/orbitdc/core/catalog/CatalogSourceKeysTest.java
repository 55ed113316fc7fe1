package io.orbitdc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reference key used in any catalog CSV (all files under src/main/resources/catalog,
 * including ones other packages add) is defined in some docs/references/*.md file as a line
 * {@code - **key** — ...}. Paths are relative to the orbitdc-core module directory.
 */
class CatalogSourceKeysTest {

    private static final Path CATALOG_DIR = Paths.get("src", "main", "resources", "catalog");
    private static final Path REFERENCES_DIR = Paths.get("..", "docs", "references");
    private static final Pattern ENTRY = Pattern.compile("^- \\*\\*([a-z0-9][a-z0-9-]*)\\*\\* — ");

    @Test
    void everySourceKeyIsDefinedInTheReferences() throws IOException {
        Set<String> defined = definedKeys();
        List<String> missing = new ArrayList<>();
        for (Path csv : catalogFiles()) {
            String name = CATALOG_DIR.relativize(csv).toString();
            CatalogTable table = CatalogTable.parse(name, Files.readString(csv, StandardCharsets.UTF_8));
            for (CatalogRow row : table.rows()) {
                for (String key : row.sources()) {
                    if (!defined.contains(key)) {
                        missing.add(name + ":" + row.line() + " " + key);
                    }
                }
            }
        }
        assertThat(missing).as("source keys without a `- **key** —` entry in docs/references/*.md").isEmpty();
    }

    @Test
    void theCheckSeesTheCatalogsAndReferences() throws IOException {
        // Guards against the test passing vacuously because a directory moved.
        assertThat(catalogFiles()).extracting(p -> p.getFileName().toString())
                .contains("accelerators.csv", "solar-cells.csv", "radiator-coatings.csv", "battery-cells.csv");
        assertThat(definedKeys()).contains("suncatcher-2025", "google-cloud-tpu-v6e");
    }

    private static List<Path> catalogFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CATALOG_DIR)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static Set<String> definedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(REFERENCES_DIR)) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
                    Matcher m = ENTRY.matcher(line);
                    if (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
