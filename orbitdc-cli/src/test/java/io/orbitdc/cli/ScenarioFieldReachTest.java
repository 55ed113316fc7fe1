package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.scenario.schema.FieldSpec;
import io.orbitdc.core.scenario.schema.FieldType;
import io.orbitdc.core.scenario.schema.ObjectSchema;
import io.orbitdc.core.scenario.schema.ScenarioSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Every scenario field reaches the model that needs it: the test walks {@link ScenarioSchema}'s
 * leaves and, for each, changes its value in a small purpose-built scenario and proves that the
 * JSON of some verb changes (size, launch, cost, geometry, then simulate over a short span) or
 * the verb's model refuses a value the file format accepts (exit 2 where the base runs), or
 * finds the leaf in {@link #METADATA} with the reason it feeds no model. A leaf the schema gains
 * without an entry here fails the test, so a field cannot be added and then silently dropped.
 *
 * <p>Each entry says which value to write ({@code change}) and, where the field only means
 * something in some configuration (a Walker pattern, an inline accelerator, a TLE file), the
 * {@code context} written in both runs. Regression check (it compares the program with itself).
 */
@Tag("slow")
class ScenarioFieldReachTest {

    /** A 12-satellite Walker shell with all three workload kinds, a catalog and an inline station. */
    private static final String BASE = """
            orbitdc: 1
            name: reach
            description: every field reaches a model
            epoch: 2027-01-01T00:00:00Z
            duration: 3 h
            step: 60 s
            seed: 42
            missionLife: 5 yr
            orbit: { altitude: 650 km, inclination: 53 deg, raan: 10 deg }
            constellation: { type: walker, satellites: 12, planes: 3, phasing: 1 }
            satellite: { accelerator: nvidia-h100-sxm, acceleratorsPerSatellite: 8 }
            groundStations:
              - { name: Helsinki, latitude: 60.2, longitude: 24.9 }
              - trollsat
            workloads:
              - { type: training, name: pretraining, modelParameters: 7e10, tokens: 1.5e13, share: 0.6 }
              - { type: inference, name: chat, requestsPerSecond: 10, share: 0.2 }
              - { type: earth-observation, name: imagery, rawDataPerOrbit: 100 GB, reductionFactor: 10, share: 0.1 }
            economics: { terrestrial: { site: stargate-abilene } }
            """;

    /** Leaves that feed no model, with the reason. */
    static final Map<String, String> METADATA = Map.of(
            "orbitdc", "the format version: only 1 is accepted, nothing to perturb",
            "name", "a label echoed in report headers",
            "description", "free text for the reader",
            "workloads[].name", "a label echoed in the service report",
            "satellite.accelerator.name", "a label of an inline accelerator",
            "satellite.accelerator.vendor", "a label of an inline accelerator",
            "groundStations[].name", "a label (and the station's id in reports)",
            "sky.observers[].name", "a label echoed in the sky report",
            // accepted from the catalog's columns, but no model uses them yet: the inference service
            // time takes the BF16 peak, and no model checks that a served model fits in memory
            "satellite.accelerator.memory", "descriptive: no model takes accelerator memory (not modelled)",
            "satellite.accelerator.int8", "descriptive: no model takes INT8 throughput (not modelled)");

    /** A cluster of four, where inter-satellite links close (the Walker planes are too far apart). */
    private static final String CLUSTER = "constellation = { type: cluster, satellites: 4, clusterRadius: 1 km }";
    private static final String SSO = "orbit = { altitude: 650 km, inclination: sso, ltan: '06:00' }";
    private static final String INLINE = "satellite.accelerator = { base: nvidia-h100-sxm }";
    /** An inline accelerator with no catalog base, so the kind's default TID limit applies. */
    private static final String INLINE_BARE = "satellite.accelerator = { power: 700 W, bf16: 989 TFLOPS, mass: 3 kg, volume: 0.003 m3 }";
    /** Four satellites 50 km apart, where the optical link budget (not the channel rate) sets the capacity. */
    private static final String WIDE_CLUSTER = "constellation = { type: cluster, satellites: 4, clusterRadius: 50 km } ; links.range = 200 km";
    private static final String TLE = "orbit = { altitude: 420 km, inclination: 51.6 deg } ; constellation = { type: tle, file: a.tle }";

    /** leaf | change (path = YAML value ; ...) | context (same form, written in both runs). */
    private static final String ENTRIES = """
            epoch                                   | epoch = 2027-06-21T00:00:00Z |
            duration                                | duration = 4 h |
            step                                    | step = 120 s |
            seed                                    | seed = 7 |
            missionLife                             | missionLife = 7 yr |
            orbit.altitude                          | orbit.altitude = 700 km |
            orbit.inclination                       | orbit.inclination = 60 deg |
            orbit.ltan                              | orbit.ltan = '10:30' | SSO
            orbit.eccentricity                      | orbit.eccentricity = 0.001 |
            orbit.raan                              | orbit.raan = 40 deg |
            orbit.argumentOfPerigee                 | orbit.argumentOfPerigee = 90 deg | orbit.eccentricity = 0.001
            orbit.propagator                        | orbit.propagator = eckstein-hechler |
            constellation.type                      | constellation.type = single ; constellation.satellites = 1 ; constellation.planes = DELETE ; constellation.phasing = DELETE |
            constellation.satellites                | constellation.satellites = 15 |
            constellation.clusterRadius             | constellation.clusterRadius = 2 km | CLUSTER
            constellation.planes                    | constellation.planes = 4 ; constellation.phasing = 0 |
            constellation.phasing                   | constellation.phasing = 2 |
            constellation.pattern                   | constellation.pattern = star |
            constellation.file                      | constellation.file = b.tle | TLE
            target.accelerators                     | target.accelerators = 200 | target = { accelerators: 100 }
            target.itPower                          | target.itPower = 200 kW | target = { itPower: 100 kW }
            satellite.accelerator                   | satellite.accelerator = google-tpu-v6e |
            satellite.accelerator.base              | satellite.accelerator.base = google-tpu-v6e | INLINE
            satellite.accelerator.kind              | satellite.accelerator.kind = soc | INLINE_BARE
            satellite.accelerator.gpuCount          | satellite.accelerator.gpuCount = 2 | INLINE
            satellite.accelerator.power             | satellite.accelerator.power = 800 W | INLINE
            satellite.accelerator.bf16              | satellite.accelerator.bf16 = 500 TFLOPS | INLINE
            satellite.accelerator.maxDieTemperature | satellite.accelerator.maxDieTemperature = 70 C | INLINE
            satellite.accelerator.tidLimit          | satellite.accelerator.tidLimit = 10 Gy | INLINE
            satellite.accelerator.mass              | satellite.accelerator.mass = 5 kg | INLINE
            satellite.accelerator.volume            | satellite.accelerator.volume = 0.01 m3 | INLINE
            satellite.accelerator.price             | satellite.accelerator.price = 10000 USD | INLINE
            satellite.accelerator.radPerSdc         | satellite.accelerator.radPerSdc = 0.1 Gy | INLINE
            satellite.accelerator.radPerUecc        | satellite.accelerator.radPerUecc = 0.1 Gy | INLINE
            satellite.accelerator.radPerCrash       | satellite.accelerator.radPerCrash = 0.1 Gy | INLINE
            satellite.acceleratorsPerSatellite      | satellite.acceleratorsPerSatellite = 16 |
            satellite.itOverhead                    | satellite.itOverhead = 0.5 |
            satellite.bus.power                     | satellite.bus.power = 500 W |
            satellite.bus.powerFraction             | satellite.bus.powerFraction = 0.1 |
            satellite.bus.mass                      | satellite.bus.mass = 90 kg |
            satellite.solarArray.cell               | satellite.solarArray.cell = si-iss-saw |
            satellite.solarArray.efficiency         | satellite.solarArray.efficiency = 0.25 |
            satellite.solarArray.degradationPerYear | satellite.solarArray.degradationPerYear = 0.03 |
            satellite.solarArray.specificPower      | satellite.solarArray.specificPower = 200 W/kg |
            satellite.solarArray.temperatureCoefficient | satellite.solarArray.temperatureCoefficient = -0.4 %/K |
            satellite.solarArray.operatingTemperature | satellite.solarArray.operatingTemperature = 80 C |
            satellite.solarArray.packingFactor      | satellite.solarArray.packingFactor = 0.8 |
            satellite.solarArray.inherentEfficiency | satellite.solarArray.inherentEfficiency = 0.8 |
            satellite.solarArray.sunIncidence       | satellite.solarArray.sunIncidence = 20 deg |
            satellite.solarArray.solarConstant      | satellite.solarArray.solarConstant = 1320 W/m2 |
            satellite.powerSystem.regulation        | satellite.powerSystem.regulation = direct-energy-transfer |
            satellite.powerSystem.eclipsePathEfficiency | satellite.powerSystem.eclipsePathEfficiency = 0.7 |
            satellite.powerSystem.daylightPathEfficiency | satellite.powerSystem.daylightPathEfficiency = 0.8 |
            satellite.battery.cell                  | satellite.battery.cell = OTHER_BATTERY |
            satellite.battery.specificEnergy        | satellite.battery.specificEnergy = 100 Wh/kg |
            satellite.battery.depthOfDischarge      | satellite.battery.depthOfDischarge = 0.5 |
            satellite.battery.chargeEfficiency      | satellite.battery.chargeEfficiency = 0.9 |
            satellite.battery.dischargeEfficiency   | satellite.battery.dischargeEfficiency = 0.9 |
            satellite.radiator.coating              | satellite.radiator.coating = OTHER_COATING |
            satellite.radiator.temperature          | satellite.radiator.temperature = 60 C |
            satellite.radiator.emissivity           | satellite.radiator.emissivity = 0.8 |
            satellite.radiator.absorptivity         | satellite.radiator.absorptivity = 0.3 |
            satellite.radiator.arealMass            | satellite.radiator.arealMass = 5 kg/m2 |
            satellite.radiator.sides                | satellite.radiator.sides = 1 |
            satellite.radiator.orientation          | satellite.radiator.orientation = nadir |
            satellite.doseCase                      | satellite.doseCase = high |
            satellite.radiator.sunFactor            | satellite.radiator.sunFactor = 0.2 |
            satellite.radiator.earthViewFactor      | satellite.radiator.earthViewFactor = 0.5 |
            satellite.radiator.albedoViewFactor     | satellite.radiator.albedoViewFactor = 0.5 |
            satellite.radiator.absorbedFlux         | satellite.radiator.absorbedFlux = 150 W/m2 |
            satellite.thermalResistance             | satellite.thermalResistance = 0.06 K/W |
            satellite.shielding                     | satellite.shielding = 3 mm |
            satellite.structureFraction             | satellite.structureFraction = 0.3 |
            satellite.propulsionFraction            | satellite.propulsionFraction = 0.1 |
            satellite.maxMass                       | satellite.maxMass = 500 kg | satellite.maxMass = 100000 kg
            satellite.maxAcceleration               | satellite.maxAcceleration = 5 g |
            satellite.stowedDensity                 | satellite.stowedDensity = 300 kg/m3 |
            groundStations[]                        | groundStations[1] = inuvik |
            groundStations[].latitude               | groundStations[0].latitude = 45 |
            groundStations[].longitude              | groundStations[0].longitude = 120 |
            groundStations[].altitude               | groundStations[0].altitude = 2000 m |
            groundStations[].minElevation           | groundStations[0].minElevation = 20 deg |
            links.range                             | links.range = 1.5 km | CLUSTER
            links.grazingHeight                     | links.grazingHeight = 500 km | links.range = 12000 km
            links.optical.transmitPower             | links.optical.transmitPower = 0.01 mW | WIDE_CLUSTER
            links.optical.aperture                  | links.optical.aperture = 1 cm | WIDE_CLUSTER
            links.optical.receiveAperture           | links.optical.receiveAperture = 1 cm | WIDE_CLUSTER
            links.optical.wavelength                | links.optical.wavelength = 10000 nm | WIDE_CLUSTER
            links.optical.photonsPerBit             | links.optical.photonsPerBit = 100000 | CLUSTER
            links.optical.pointingLoss              | links.optical.pointingLoss = 20 | CLUSTER
            links.optical.opticsLoss                | links.optical.opticsLoss = 20 | CLUSTER
            links.optical.channels                  | links.optical.channels = 2 | CLUSTER
            links.optical.channelRate               | links.optical.channelRate = 10 Gbps | CLUSTER
            links.downlink.eirp                     | links.downlink.eirp = 5 |
            links.downlink.gOverT                   | links.downlink.gOverT = 20 |
            links.downlink.frequency                | links.downlink.frequency = 26 GHz |
            links.downlink.losses                   | links.downlink.losses = 10 |
            links.downlink.requiredEbN0             | links.downlink.requiredEbN0 = 10 |
            links.downlink.margin                   | links.downlink.margin = 10 |
            links.downlink.modemRate                | links.downlink.modemRate = 100 Mbps |
            links.downlink.fixedRate                | links.downlink.fixedRate = 50 Mbps |
            workloads[].type                        | workloads[2] = { type: inference, name: imagery, requestsPerSecond: 5, share: 0.1 } ; workloads[1] = DELETE |
            workloads[].share                       | workloads[0].share = 0.3 |
            workloads[].modelParameters             | workloads[0].modelParameters = 1e10 |
            workloads[].tokens                      | workloads[0].tokens = 1e11 |
            workloads[].checkpointInterval          | workloads[0].checkpointInterval = 10 min |
            workloads[].batchTokens                 | workloads[0].batchTokens = 1e4 |
            workloads[].gradientBytes               | workloads[0].gradientBytes = 16 | workloads[0].batchTokens = 1e5
            workloads[].interSatelliteBandwidth     | workloads[0].interSatelliteBandwidth = 10 Gbps |
            workloads[].modelFlopsUtilisation       | workloads[0].modelFlopsUtilisation = 0.2 |
            workloads[].checkpointCost              | workloads[0].checkpointCost = 5 min |
            workloads[].checkpointWriteRate         | workloads[0].checkpointWriteRate = 1 Gbps |
            workloads[].restartTime                 | workloads[0].restartTime = 20 min |
            workloads[].sdcDetection                | workloads[0].sdcDetection = 0.9 |
            workloads[].sdcRecovery                 | workloads[0].sdcRecovery = checkpoint | workloads[0].sdcDetection = 0.9
            workloads[].sdcDetectorOverhead         | workloads[0].sdcDetectorOverhead = 0.3 | workloads[0].sdcDetection = 0.9
            workloads[].requestsPerSecond           | workloads[1].requestsPerSecond = 100 |
            workloads[].rawDataPerOrbit             | workloads[2].rawDataPerOrbit = 1 TB |
            workloads[].reductionFactor             | workloads[2].reductionFactor = 100 |
            scheduler                               | scheduler = power-aware |
            sky.model                               | sky.model = flat-plate |
            sky.area                                | sky.area = 5 m2 |
            sky.albedo                              | sky.albedo = 0.05 |
            sky.observers[].latitude                | sky.observers[0].latitude = -40 | sky.observers = [ { name: a, latitude: 60, longitude: 20 } ]
            sky.observers[].longitude               | sky.observers[0].longitude = 100 | sky.observers = [ { name: a, latitude: 60, longitude: 20 } ]
            launch.vehicles                         | launch.vehicles = [ OTHER_VEHICLE ] |
            launch.excludeProviders                 | launch.excludeProviders = [ SpaceX ] |
            launch.allowProviders                   | launch.allowProviders = [ SpaceX ] |
            launch.start                            | launch.start = 2029-01-01T00:00:00Z |
            launch.objective                        | launch.objective = time |
            launch.pricePerKg                       | launch.pricePerKg = 500 USD/kg |
            launch.allowDrift                       | launch.allowDrift = true |
            launch.rebuildLeadTime                  | launch.rebuildLeadTime = 400 d |
            launch.monteCarloRuns                   | launch.monteCarloRuns = 200 |
            launch.annualLossRate                   | launch.annualLossRate = 0.1 |
            launch.satelliteUnitCost                | launch.satelliteUnitCost = 5000000 USD |
            economics.discountRate                  | economics.discountRate = 0.12 |
            economics.satelliteCostPerW             | economics.satelliteCostPerW = 30 USD/W |
            economics.satelliteCostPerKg            | economics.satelliteCostPerKg = 20000 USD/kg |
            economics.operationsFraction            | economics.operationsFraction = 0.05 |
            economics.groundSegmentPerYear          | economics.groundSegmentPerYear = 1000000 USD/yr |
            economics.insurance                     | economics.insurance = 0.1 |
            economics.acceleratorFailureRate        | economics.acceleratorFailureRate = 0.2 |
            economics.disposalFraction              | economics.disposalFraction = 0.05 |
            economics.deliveredFraction             | economics.deliveredFraction = 0.8 |
            economics.terrestrial.site              | economics.terrestrial.site = OTHER_SITE |
            economics.terrestrial.itPower           | economics.terrestrial.itPower = 50 MW |
            economics.terrestrial.accelerators      | economics.terrestrial.accelerators = 20000 |
            economics.terrestrial.pue               | economics.terrestrial.pue = 1.5 |
            economics.terrestrial.electricityPrice  | economics.terrestrial.electricityPrice = 0.1 USD/kWh |
            economics.terrestrial.facilityCapex     | economics.terrestrial.facilityCapex = 20 USD/W |
            economics.terrestrial.timeToPower       | economics.terrestrial.timeToPower = 2 yr |
            economics.terrestrial.utilisation       | economics.terrestrial.utilisation = 0.7 |
            economics.terrestrial.availability      | economics.terrestrial.availability = 0.9 |
            economics.terrestrial.hardwareLife      | economics.terrestrial.hardwareLife = 3 yr |
            economics.terrestrial.facilityLife      | economics.terrestrial.facilityLife = 25 yr |
            economics.terrestrial.sparesFraction    | economics.terrestrial.sparesFraction = 0.1 |
            economics.terrestrial.operationsFraction | economics.terrestrial.operationsFraction = 0.05 |
            economics.terrestrial.waterPrice        | economics.terrestrial.waterPrice = 10 USD/m3 |
            """;

    /** The verbs tried in turn; the first whose JSON changes proves the leaf reaches a model. */
    private static final List<String> VERBS = List.of("size", "launch", "cost", "geometry", "simulate");

    private static final Yaml YAML = stringsOnly();

    @TempDir
    Path dir;

    private final Map<String, Map<String, String>> outputs = new HashMap<>();

    @Test
    void everySchemaLeafChangesSomeVerbsOutputOrIsListedAsMetadata() throws IOException {
        writeTle(dir.resolve("a.tle"), 51.6);
        writeTle(dir.resolve("b.tle"), 53.0);
        Map<String, Entry> entries = entries();
        Set<String> leaves = new TreeSet<>();
        leaves(ScenarioSchema.ROOT, "", leaves);

        Set<String> uncovered = new TreeSet<>(leaves);
        uncovered.removeAll(entries.keySet());
        uncovered.removeAll(METADATA.keySet());
        assertThat(uncovered).as("schema leaves with neither a perturbation nor a metadata reason").isEmpty();
        Set<String> stale = new TreeSet<>(entries.keySet());
        stale.addAll(METADATA.keySet());
        stale.removeAll(leaves);
        assertThat(stale).as("entries for fields the schema no longer has").isEmpty();

        List<String> dropped = new ArrayList<>();
        Map<String, String> reachedBy = new java.util.TreeMap<>();
        for (Entry e : entries.values()) {
            String base = render(e.context(), Map.of());
            String changed = render(e.context(), e.change());
            String reached = null;
            for (String verb : VERBS) {
                String before = output(verb, base);
                String after = output(verb, changed);
                if (before.startsWith("exit 0") && !after.startsWith("exit 0")) {
                    // a value the file format accepts and the verb's model then refuses has reached that model
                    assertThat(after).as(e.leaf() + ": " + verb + " refuses the perturbed scenario\n" + changed)
                            .startsWith("exit 2");
                    assertThat(output("validate", changed)).as(e.leaf() + ": the perturbed scenario is valid")
                            .startsWith("exit 0");
                }
                if (!before.equals(after)) {
                    reached = verb;
                    break;
                }
            }
            if (reached == null) {
                dropped.add(e.leaf() + " (" + e.change() + ")");
            }
            reachedBy.put(e.leaf(), reached);
        }
        System.out.println("scenario field -> first verb whose output it moves: " + reachedBy);
        assertThat(dropped).as("leaves whose change moves no verb's output (silently dropped)").isEmpty();
    }

    record Entry(String leaf, Map<String, Object> change, Map<String, Object> context) { }

    private static Map<String, Entry> entries() {
        Map<String, String> macros = Map.of("CLUSTER", CLUSTER, "SSO", SSO, "INLINE", INLINE, "TLE", TLE,
                "INLINE_BARE", INLINE_BARE, "WIDE_CLUSTER", WIDE_CLUSTER);
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String line : ENTRIES.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            String leaf = parts[0].strip();
            String context = parts[2].strip();
            Entry e = new Entry(leaf, assignments(parts[1].strip()), assignments(macros.getOrDefault(context, context)));
            out.put(leaf, e);
            // the shells[] form reads the same ORBIT and CONSTELLATION groups: proved in a one-shell list
            if (leaf.startsWith("orbit.") || leaf.startsWith("constellation.")) {
                Entry shell = inShell(e);
                out.put(shell.leaf(), shell);
            }
        }
        return out;
    }

    /** The same perturbation with the orbit and constellation moved into {@code shells[0]}. */
    @SuppressWarnings("unchecked")
    private static Entry inShell(Entry e) {
        Map<String, Object> base = (Map<String, Object>) YAML.load(BASE);
        Map<String, Object> context = new LinkedHashMap<>();
        Map<String, Object> shell = new LinkedHashMap<>();
        shell.put("orbit", base.get("orbit"));
        shell.put("constellation", base.get("constellation"));
        Map<String, Object> moved = new LinkedHashMap<>();
        for (Map.Entry<String, Object> c : e.context().entrySet()) {
            if (c.getKey().startsWith("orbit") || c.getKey().startsWith("constellation")) {
                moved.put("shells[0]." + c.getKey(), c.getValue());
            } else {
                context.put(c.getKey(), c.getValue());
            }
        }
        context.put("orbit", DELETE);
        context.put("constellation", DELETE);
        context.put("shells", new ArrayList<>(List.of(shell)));
        context.putAll(moved);
        Map<String, Object> change = new LinkedHashMap<>();
        e.change().forEach((k, v) -> change.put("shells[0]." + k, v));
        return new Entry("shells[]." + e.leaf(), change, context);
    }

    private static final Object DELETE = new Object();

    /** {@code a.b = value ; c = value} with YAML flow values (strings, lists, mappings). */
    private static Map<String, Object> assignments(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String a : text.split(" ; ")) {
            int eq = a.indexOf(" = ");
            String value = a.substring(eq + 3).strip();
            out.put(a.substring(0, eq).strip(), value.equals("DELETE") ? DELETE : YAML.load(value));
        }
        return out;
    }

    /** Schema leaves as dotted paths, list items as {@code []}; an inline catalog object's fields beside its id. */
    static void leaves(ObjectSchema schema, String prefix, Set<String> out) {
        for (FieldSpec f : schema.fields()) {
            String path = prefix + f.name();
            FieldType t = f.type();
            if (t instanceof FieldType.ListOf l && (l.item() instanceof FieldType.Group || l.item() instanceof FieldType.CatalogRef)) {
                path += "[]";
                t = l.item();
            }
            if (t instanceof FieldType.Group g) {
                leaves(g.schema(), path + ".", out);
            } else if (t instanceof FieldType.CatalogRef c) {
                out.add(path);
                if (c.inline() != null) {
                    leaves(c.inline(), path + ".", out);
                }
            } else {
                out.add(path);
            }
        }
    }

    /** The scenario text of the base with {@code context} then {@code change} applied. */
    @SuppressWarnings("unchecked")
    private static String render(Map<String, Object> context, Map<String, Object> change) {
        Map<String, Object> tree = (Map<String, Object>) YAML.load(BASE);
        context.forEach((k, v) -> set(tree, k, v));
        change.forEach((k, v) -> set(tree, k, v));
        StringBuilder out = new StringBuilder();
        emit(tree, out, "");
        return out.toString()
                .replace("OTHER_BATTERY", "liion-modern-high-energy")
                .replace("OTHER_COATING", "quartz-osr")
                .replace("OTHER_VEHICLE", "falcon-heavy")
                .replace("OTHER_SITE", "xai-colossus");
    }

    /** A fresh copy of a parsed YAML value, so that no run edits another run's tree. */
    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> root, String path, Object given) {
        Object value = copy(given);
        String[] keys = path.split("\\.");
        Object node = root;
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            int index = -1;
            if (key.endsWith("]")) {
                index = Integer.parseInt(key.substring(key.indexOf('[') + 1, key.length() - 1));
                key = key.substring(0, key.indexOf('['));
            }
            Map<String, Object> map = (Map<String, Object>) node;
            boolean last = i == keys.length - 1;
            if (index < 0) {
                if (last) {
                    if (value == DELETE) {
                        map.remove(key);
                    } else {
                        map.put(key, value);
                    }
                    return;
                }
                node = map.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
            } else {
                List<Object> list = (List<Object>) map.get(key);
                if (last) {
                    if (value == DELETE) {
                        list.remove(index);
                    } else {
                        list.set(index, value);
                    }
                    return;
                }
                node = list.get(index);
            }
        }
    }

    /** Block-style YAML with every scalar double-quoted (the scenario reader types scalars by their field). */
    @SuppressWarnings("unchecked")
    private static void emit(Object node, StringBuilder out, String indent) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (e.getValue() instanceof Map<?, ?> || e.getValue() instanceof List<?>) {
                    out.append(indent).append(e.getKey()).append(":\n");
                    emit(e.getValue(), out, indent + "  ");
                } else {
                    out.append(indent).append(e.getKey()).append(": ").append(quote(e.getValue())).append('\n');
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    StringBuilder inner = new StringBuilder();
                    emit(item, inner, indent + "  ");
                    out.append(indent).append("- ").append(inner.substring(indent.length() + 2));
                } else {
                    out.append(indent).append("- ").append(quote(item)).append('\n');
                }
            }
        }
    }

    private static String quote(Object scalar) {
        return "\"" + String.valueOf(scalar).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A verb's exit code and JSON on {@code scenario}, computed once per distinct text. */
    private String output(String verb, String scenario) throws IOException {
        Map<String, String> byVerb = outputs.computeIfAbsent(scenario, s -> new HashMap<>());
        String cached = byVerb.get(verb);
        if (cached != null) {
            return cached;
        }
        Path file = dir.resolve("reach.yaml");
        Files.writeString(file, scenario);
        List<String> args = new ArrayList<>(List.of(verb, file.toString()));
        if (!verb.equals("validate")) {
            args.add("--json");
        }
        if (verb.equals("simulate") || verb.equals("geometry")) {
            args.add("--threads=1");
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        String result = "exit " + r.exit() + "\n" + (r.exit() != 0 ? r.err() : verb.equals("validate") ? r.out() : model(r));
        byVerb.put(verb, result);
        return result;
    }

    /**
     * The verb's JSON without the keys that echo the input (scenario name, file, the run's epoch,
     * span, step, seed and scheduler, the launch start and objective): a change there proves only
     * that the value was read, not that a model used it.
     */
    private static String model(CliTest.Run r) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) r.json();
        json.remove(List.of("scenario", "file", "run", "start", "objective"));
        return json.toString();
    }

    /** A one-satellite TLE at {@code inclinationDeg} with valid checksums, epoch 2027-01-01. */
    private static void writeTle(Path file, double inclinationDeg) throws IOException {
        String l1 = "1 25544U 98067A   27001.00000000  .00016717  00000-0  10270-3 0  900";
        String l2 = String.format(java.util.Locale.ROOT, "2 25544 %8.4f 247.4627 0006703 130.5360 325.0288 15.50000000    1",
                inclinationDeg);
        Files.writeString(file, "SAT\n" + l1 + checksum(l1) + "\n" + l2 + checksum(l2) + "\n");
    }

    /** TLE checksum: the digits summed, each minus sign counting 1, modulo 10. */
    private static int checksum(String line) {
        int sum = 0;
        for (char c : line.toCharArray()) {
            sum += Character.isDigit(c) ? c - '0' : c == '-' ? 1 : 0;
        }
        return sum % 10;
    }

    private static Yaml stringsOnly() {
        LoaderOptions loader = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        Resolver plain = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // every plain scalar stays the text the scenario reader will type
            }
        };
        return new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader, plain);
    }
}
