package io.orbitdc.core.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scenario.ScenarioException;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.study.ShippedCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported JSON Schema, checked with a real validator (networknt json-schema-validator,
 * draft 2020-12) on YAML read by Jackson, as an editor's language server reads it: every shipped
 * scenario and the {@code scenario --defaults} listing conform; every default conforms to its own
 * field; documents the schema must reject are rejected, and {@code orbitdc validate}'s loader
 * rejects them too (the schema never refuses what validate accepts in these cases, and never
 * admits what it refuses). docs/scenario.schema.json is the current generator output.
 */
class ScenarioJsonSchemaTest {

    private static final Path REPO = Path.of("..");
    private static final Path SHIPPED_SCHEMA = REPO.resolve("docs/scenario.schema.json");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNode SCHEMA_JSON = JsonSchemaWriter.schema(ShippedCatalogs.load());
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_JSON);
    private final ScenarioLoader loader = new ScenarioLoader(ShippedCatalogs.load());

    static Stream<Path> shippedScenarios() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(REPO.resolve("scenarios"), REPO.resolve("orbitdc-examples/scenarios"))) {
            try (Stream<Path> files = Files.list(dir)) {
                // scenarios/sweeps holds sweep plans, a different format (docs/sweeps.md)
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(9);
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioConformsAndNamesTheSchema(Path file) throws IOException {
        assertThat(errors(YAML.readTree(file.toFile()))).as(file.toString()).isEmpty();
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        Path schemaFromFile = file.getParent().resolve(first.replace("# yaml-language-server: $schema=", "")).normalize();
        assertThat(first).startsWith("# yaml-language-server: $schema=");
        assertThat(schemaFromFile).isEqualTo(SHIPPED_SCHEMA.normalize());
    }

    @Test
    void theDefaultsListingConforms() throws IOException {
        JsonNode defaults = YAML.readTree(DefaultsWriter.write());
        assertThat(errors(defaults)).isEmpty();
        assertThat(defaults.has("target")).as("a mapping with no defaults is commented out, not left null").isFalse();
    }

    @Test
    void everyDefaultConformsToItsOwnField() {
        List<String> bad = new ArrayList<>();
        checkDefaults(ScenarioSchema.ROOT, SCHEMA_JSON, "", bad);
        assertThat(bad).isEmpty();
    }

    private void checkDefaults(ObjectSchema schema, JsonNode node, String path, List<String> bad) {
        JsonNode props = node.get("properties");
        for (FieldSpec f : schema.fields()) {
            JsonNode p = props.get(f.name());
            assertThat(p).as(path + f.name()).isNotNull();
            if (f.defaultText() != null) {
                ObjectNode standalone = p.deepCopy();
                standalone.set("$defs", SCHEMA_JSON.get("$defs"));
                Schema one = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(standalone);
                List<Error> e = one.validate(p.get("default"));
                if (!e.isEmpty()) {
                    bad.add(path + f.name() + " = " + p.get("default") + ": " + e);
                }
            }
            FieldType t = f.type() instanceof FieldType.ListOf l ? l.item() : f.type();
            JsonNode tNode = f.type() instanceof FieldType.ListOf ? p.get("items") : p;
            if (t instanceof FieldType.Group g) {
                checkDefaults(g.schema(), tNode, path + f.name() + ".", bad);
            } else if (t instanceof FieldType.CatalogRef r) {
                checkDefaults(r.inline(), tNode.get("oneOf").get(1), path + f.name() + ".", bad);
            }
        }
    }

    @Test
    void boundsComeFromTheValidatorsBounds() {
        JsonNode satellites = SCHEMA_JSON.at("/properties/constellation/properties/satellites/anyOf/0");
        assertThat(satellites.get("minimum").asLong()).isEqualTo(1);
        assertThat(satellites.get("maximum").asLong()).isEqualTo(ScenarioSchema.MAX_SATELLITES);
        JsonNode latitude = SCHEMA_JSON.at("/properties/groundStations/items/oneOf/1/properties/latitude/anyOf/0");
        // a bare station latitude is in degrees: the bound of ±pi/2 rad reads ±90
        assertThat(latitude.get("minimum").asDouble()).isEqualTo(-90.0);
        assertThat(latitude.get("maximum").asDouble()).isEqualTo(90.0);
    }

    @Test
    void theShippedSchemaFileIsCurrent() throws IOException {
        String current = JsonOutput.pretty(SCHEMA_JSON);
        assertThat(Files.readString(SHIPPED_SCHEMA, StandardCharsets.UTF_8))
                .as("docs/scenario.schema.json is stale: regenerate with ./orbitdc scenario --schema > docs/scenario.schema.json")
                .isEqualTo(current);
    }

    /** Documents both the schema and orbitdc's loader must refuse, with what each breaks. */
    static Stream<String> rejected() {
        String base = "orbitdc: 1\n";
        return Stream.of(
                base + "orbit: { altitude: 650 kg }\n",                    // wrong dimension
                base + "orbit: { altitude: 50 km }\n".replace("50 km", "50000"), // bare SI below the 160 km bound
                base + "duration: 365\n",                                  // a span without its unit
                base + "orbit: { inclination: 53 }\n",                     // an angle without its unit
                base + "constellation: { satellites: 0 }\n",               // below the minimum
                base + "constellation: { satellites: 2.5 }\n",             // not whole
                base + "constellation: { satellites: 3000000 }\n",         // above MAX_SATELLITES
                base + "orbit: { eccentricity: 0.5 }\n",                   // above the near-circular bound
                base + "satellite: { accelerator: nvidia-h1000 }\n",       // unknown catalog id
                base + "satellite: { solarArray: { cell: unobtainium } }\n",
                base + "launch: { vehicles: [falcon-99] }\n",
                base + "economics: { terrestrial: { site: atlantis } }\n",
                base + "satelite: {}\n",                                   // unknown key
                base + "satellite: { radiator: { sides: 3 } }\n",
                base + "satellite: { radiator: { temperature: 45 W } }\n",
                base + "epoch: tomorrow\n",
                base + "orbit: { ltan: \"25:00\" }\n",
                base + "orbit: { altitude: 650 km }\nshells: [ { orbit: { altitude: 550 km } } ]\n",
                base + "launch: { allowDrift: maybe }\n",
                base + "economics: { discountRate: 1.5 }\n",
                base + "groundStations: [ { name: X, latitude: 95, longitude: 0 } ]\n",
                "orbitdc: 2\n");
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void theSchemaAndValidateBothRefuse(String yaml) throws IOException {
        assertThat(errors(YAML.readTree(yaml))).as("schema errors for\n" + yaml).isNotEmpty();
        assertThatThrownBy(() -> loader.parse("t.yaml", yaml, Path.of("."))).isInstanceOf(ScenarioException.class);
    }

    /** Written forms both must accept: units, percentages, digit separators, a single word for a list. */
    static Stream<String> accepted() {
        String base = "orbitdc: 1\n";
        return Stream.of(
                base + "orbit: { altitude: 550 km, inclination: 53 deg }\n",
                base + "orbit: { altitude: 550000 }\n",                    // bare SI
                base + "orbit: { inclination: 0 }\n",                      // zero needs no unit
                base + "duration: 2 d\nstep: 60 s\n",
                base + "satellite: { solarArray: { efficiency: 30 %, temperatureCoefficient: -0.22 %/K } }\n",
                base + "satellite: { radiator: { temperature: -20 C, arealMass: 3.6 kg/m2 }, thermalResistance: 0.03 K/W }\n",
                base + "satellite: { stowedDensity: 150 kg*m^-3 }\n",
                base + "constellation: { type: walker, satellites: 10_000, planes: 100 }\n",
                base + "workloads: [ { type: training, modelParameters: 7e10, tokens: 1e12 } ]\n",
                base + "launch: { vehicles: falcon-9 }\n",
                base + "economics: { terrestrial: { electricityPrice: 0.04 USD/kWh, facilityCapex: 12 USD/W } }\n",
                base + "epoch: 2028-06-01\n",
                base + "groundStations: [ svalsat, { name: X, latitude: 78.2, longitude: 15.4 } ]\n");
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void theSchemaAndValidateBothAccept(String yaml) throws IOException {
        assertThat(errors(YAML.readTree(yaml))).as("schema errors for\n" + yaml).isEmpty();
        assertThat(loader.parse("t.yaml", yaml, Path.of("."))).isNotNull();
    }

    private static List<Error> errors(JsonNode document) {
        return SCHEMA.validate(document);
    }
}
