package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's public contract: exit codes, clean --json stdout, atomic --out files. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = OrbitdcCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static String scenario(String name) {
        return Path.of("..", "scenarios", name).toString();
    }

    @Test
    void validateAcceptsEveryShippedScenario() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Run r = run("validate", p.toString());
                assertThat(r.exit()).as("%s: %s", p, r.err()).isZero();
                assertThat(r.out()).contains("valid");
            }
        }
    }

    @Test
    void badScenarioExitsTwoWithLocatedErrorsAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "orbitdc: 1\norbit:\n  altitude: 65O km\nsatellite:\n  radiatr: {}\n");
        Run r = run("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":3:13 orbit.altitude: '65O km' is not a length; expected e.g. '650 km'")
                .contains(bad + ":5:3 satellite.radiatr: unknown field; did you mean 'radiator'?")
                .contains("2 errors")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateJsonReportsErrorsOnStdout(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "orbitdc: 1\norbit: { altitude: 100 km }\n");
        Run r = run("validate", bad.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode doc = r.json();
        assertThat(doc.get("valid").asBoolean()).isFalse();
        assertThat(doc.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(doc.get("errors").get(0).get("field").asText()).isEqualTo("orbit.altitude");
    }

    @Test
    void sizeJsonIsOneDocumentWithTheDocumentedKeys() throws IOException {
        Run r = run("size", scenario("suncatcher-like.yaml"), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        for (String key : new String[] {"/orbit/periodS", "/orbit/inclinationDeg", "/orbit/worstEclipseFraction",
            "/satellite/itPowerW", "/satellite/solarArray/areaM2", "/satellite/solarArray/massKg",
            "/satellite/battery/energyWh", "/satellite/radiator/netFluxWPerM2", "/satellite/radiator/areaM2",
            "/satellite/radiator/massKg", "/satellite/massKg", "/satellite/specificPowerWPerKg",
            "/radiation/doseRadPerYear", "/radiation/doseRadPerYearLow", "/radiation/doseRadPerYearHigh",
            "/radiation/sdcPerAcceleratorYear", "/radiation/sdcPerAcceleratorYearLow",
            "/radiation/crashesPerAcceleratorYearHigh", "/radiation/tidMarginLow", "/fleet/satellites", "/fleet/massKg",
            "/fleet/itPowerW", "/warnings"}) {
            assertThat(doc.at(key).isMissingNode()).as(key).isFalse();
        }
        assertThat(doc.at("/fleet/satellites").asInt()).isEqualTo(81);
        // ref: sizing validation, SSO inclination at 650 km is about 97.98 deg
        assertThat(doc.at("/orbit/inclinationDeg").asDouble()).isBetween(97.9, 98.1);
        // the dose band brackets its central value (docs/models/radiation-dose.md)
        assertThat(doc.at("/radiation/doseRadPerYearLow").asDouble())
                .isLessThan(doc.at("/radiation/doseRadPerYear").asDouble());
        assertThat(doc.at("/radiation/doseRadPerYearHigh").asDouble())
                .isGreaterThan(doc.at("/radiation/doseRadPerYear").asDouble());
    }

    @Test
    void sizeWritesItsFilesAtomicallyIntoOut(@TempDir Path dir) throws IOException {
        Run r = run("size", scenario("starcloud-1.yaml"), "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("size.json")).exists();
        assertThat(Files.readString(dir.resolve("size.txt"))).isEqualTo(r.out());
        try (Stream<Path> left = Files.list(dir)) {
            // the lock file stays (empty, hidden: locked, never deleted, by each run) and the list of the verb's files; no temporary file
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("size.json", "size.txt", "size.csv",
                    ".orbitdc-size.files", ".orbitdc.lock");
        }
        // the spreadsheet table: a header naming the unit column, then one row per number of size.json
        assertThat(Files.readAllLines(dir.resolve("size.csv")).get(0)).isEqualTo("quantity,value,unit");
        assertThat(Files.readString(dir.resolve("size.csv"))).contains("\nsatellite.massKg,");
    }

    @Test
    void costAndLaunchWriteTheirSpreadsheetTablesIntoOut(@TempDir Path dir) throws IOException {
        Run cost = run("cost", scenario("suncatcher-like.yaml"), "--out", dir.resolve("cost").toString());
        assertThat(cost.exit()).as(cost.err()).isZero();
        assertThat(cost.err()).contains("cost-lines.csv, cost.json, cost.txt, tornado.csv");
        assertThat(Files.readAllLines(dir.resolve("cost/cost-lines.csv")).get(0)).isEqualTo("side,line,usd,annual_usd,basis");
        Run launch = run("launch", scenario("suncatcher-like.yaml"), "--out", dir.resolve("launch").toString());
        assertThat(launch.exit()).as(launch.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("launch/launch-manifest.csv")).get(0)).startsWith("number,vehicle,");
    }

    @Test
    void humanSizeReportPutsTheBindingConstraintFirst() {
        Run r = run("size", scenario("starcloud-1.yaml"));
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[1]).startsWith("BINDING");
        assertThat(r.out()).contains("ORBIT").contains("SOLAR").contains("RADIATOR").contains("FLEET").contains("ISS");
    }

    @Test
    void launchJsonHasTheDocumentedKeys() throws IOException {
        Run r = run("launch", scenario("no-spacex.yaml"), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        for (String key : new String[] {"/launches/0/vehicle", "/launches/0/provider", "/launches/0/date",
            "/launches/0/satellites", "/launches/0/costUsd", "/totals/launches", "/totals/costUsd",
            "/totals/daysToFullCapacity", "/monteCarlo/daysToFullCapacity/p50", "/monteCarlo/daysToFullCapacity/p90",
            "/independence/provider", "/independence/extraCostUsd", "/independence/extraDays", "/headline/basis",
            "/headline/daysToFullCapacity", "/launches/0/vehicleStatus", "/vehicles/0/availableP50"}) {
            assertThat(doc.at(key).isMissingNode()).as(key).isFalse();
        }
        assertThat(doc.at("/independence/provider").asText()).isEqualTo("SpaceX");
    }

    @Test
    void geometryJsonHasTheDocumentedKeysAndOutWritesTheEventTables(@TempDir Path dir) throws IOException {
        Run r = run("geometry", scenario("starcloud-1.yaml"), "--json", "--out", dir.toString(), "--oem");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        for (String key : new String[] {"/fleet/sunlitFraction", "/fleet/longestEclipseS", "/fleet/eclipseDays",
            "/beta/minDeg", "/beta/maxDeg", "/links/meanNeighbours", "/drag/deltaVPerYearMps", "/orekitData"}) {
            assertThat(doc.at(key).isMissingNode()).as(key).isFalse();
        }
        assertThat(doc.at("/orekitData").asText()).startsWith("bundled");
        // a 325 km, 53 deg orbit spends roughly a third of each orbit in Earth's shadow
        assertThat(doc.at("/fleet/sunlitFraction").asDouble()).isBetween(0.55, 0.75);
        assertThat(dir.resolve("eclipses.csv")).exists();
        assertThat(dir.resolve("fleet.czml")).exists();
        assertThat(dir.resolve("geometry.txt")).exists();
        try (Stream<Path> oem = Files.list(dir.resolve("oem"))) {
            assertThat(oem.count()).isEqualTo(1);
        }
    }

    @Test
    void geometryOutStreamsTheScanEventsAndPinnedOemsRerunByteIdentical(@TempDir Path dir) throws IOException {
        // The suncatcher-like fleet (J2 secular): the event tables come from the fleet scan for all 81 satellites,
        // the CZML holds all 81 at --czml-step, the OEMs are v2 with a pinned creation date.
        String[] args = {"geometry", scenario("suncatcher-like.yaml"), "--set", "duration=3 h", "--out", "",
            "--oem", "--oem-version", "2", "--oem-step", "10 min", "--czml-step", "20 min",
            "--creation-date", "2026-01-02T03:04:05Z"};
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        args[5] = a.toString();
        Run r = run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        args[5] = b.toString();
        assertThat(run(args).exit()).isZero();
        for (String f : new String[] {"eclipses.csv", "contacts.csv", "saa.csv", "beta.csv", "fleet.czml",
            "oem/shell-1-0_0.oem"}) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        List<String> contacts = Files.readAllLines(a.resolve("contacts.csv"));
        // a polar station sees a dawn-dusk SSO on most of its ~2 orbits in 3 h: every satellite has contacts
        assertThat(contacts.stream().skip(1).map(l -> l.split(",")[0]).distinct().count()).isEqualTo(81);
        List<String> beta = Files.readAllLines(a.resolve("beta.csv"));
        assertThat(beta).hasSize(1 + 81 * 4); // hourly over 3 h, both ends
        JsonNode czml = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.resolve("fleet.czml").toFile());
        assertThat(czml.get(1).at("/position/interpolationDegree").asInt()).isEqualTo(19);
        assertThat(czml.get(1).at("/position/cartesian").get(4).asDouble()).isEqualTo(czml.get(1)
                .at("/position/cartesian").get(0).asDouble() + 1200);
        String oem = Files.readString(a.resolve("oem/shell-1-0_0.oem"));
        assertThat(oem).containsPattern("CCSDS_OEM_VERS += 2\\.0").contains("2026-01-02T03:04:05")
                .contains("OBJECT_NAME          = shell-1-0_0");
        try (Stream<Path> files = Files.list(a.resolve("oem"))) {
            assertThat(files.count()).isEqualTo(81);
        }
    }

    @Test
    void geometryExportOptionsNeedOutAndAKnownVersion() {
        Run noOut = run("geometry", scenario("starcloud-1.yaml"), "--czml-step", "5 min");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("--czml-step").contains("--out");
        Run badVersion = run("geometry", scenario("starcloud-1.yaml"), "--out", "x", "--oem", "--oem-version", "4");
        assertThat(badVersion.exit()).isEqualTo(2);
        assertThat(badVersion.err()).contains("--oem-version 4");
        Run badDate = run("geometry", scenario("starcloud-1.yaml"), "--out", "x", "--oem", "--creation-date", "today");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--creation-date");
    }

    @Test
    void geometryReportsStationsOfTheScenario() throws IOException {
        Run r = run("geometry", scenario("suncatcher-like.yaml"), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode station = r.json().at("/stations/0");
        assertThat(station.get("name").asText()).isEqualTo("Svalbard");
        assertThat(station.get("contactsPerDay").asDouble()).isPositive();
        assertThat(station.get("meanContactS").asDouble()).isPositive();
    }

    @Test
    void costJsonHasTheDocumentedKeys() throws IOException {
        Run r = run("cost", scenario("starcloud-40mw.yaml"), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        for (String key : new String[] {"/space/usdPerGpuHour", "/ground/usdPerGpuHour", "/space/totalUsd",
            "/ground/totalUsd", "/space/lines/0/name", "/ground/lines/0/usd", "/space/launchUsdPerKwYear",
            "/crossover/launchUsdPerKg", "/sensitivity/0/input"}) {
            assertThat(doc.at(key).isMissingNode()).as(key).isFalse();
        }
        Run ground = run("cost", scenario("colossus.yaml"), "--json");
        assertThat(ground.exit()).as(ground.err()).isZero();
        assertThat(ground.json().at("/space").isNull()).isTrue();
        assertThat(ground.json().at("/ground/usdPerGpuHour").asDouble()).isPositive();
    }

    @Test
    void infeasibleLaunchIsBadInputThatSaysWhatWouldHelp(@TempDir Path dir) throws IOException {
        Path heavy = dir.resolve("heavy.yaml");
        Files.writeString(heavy, """
                orbitdc: 1
                satellite: { accelerator: nvidia-gb200-nvl72, acceleratorsPerSatellite: 40 }
                launch: { allowProviders: [Rocket Lab], monteCarloRuns: 0 }
                """);
        Run r = run("launch", heavy.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(heavy + ":3:9 launch: ").contains("To make it feasible").doesNotContain("\tat ");
    }

    @Test
    void sizingAGroundOnlyScenarioIsBadInput() {
        Run r = run("size", scenario("stargate-abilene.yaml"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ground-only scenario has nothing to size");
    }

    @Test
    void scenarioDefaultsAndSchemaPrint() throws IOException {
        Run defaults = run("scenario", "--defaults");
        assertThat(defaults.exit()).isZero();
        assertThat(defaults.out()).contains("altitude: 650 km").contains("orbitdc: 1");
        Run schema = run("scenario", "--schema");
        assertThat(schema.exit()).isZero();
        assertThat(schema.json().at("/properties/orbit/properties/altitude/default").asText()).isEqualTo("650 km");
        assertThat(run("scenario").exit()).isEqualTo(2);
    }

    @Test
    void unknownOptionOrMissingFileIsBadInput() {
        assertThat(run("size", "--frobnicate").exit()).isEqualTo(2);
        Run missing = run("validate", "no/such.yaml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such.yaml: no such file");
    }
}
