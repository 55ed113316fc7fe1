package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile inputs that once passed {@code validate} and then ended as exit 1 "internal error"
 * in size/geometry/simulate/launch/cost (issues 10 and 17): each is now refused by
 * {@code validate} itself and by every verb, with FILE:LINE:COL and the field.
 */
class HostileInputTest {

    private static final String BASE = """
            orbitdc: 1
            duration: 1 h
            step: 60 s
            orbit:
              altitude: 650 km
              inclination: INC
            constellation: CONST
            TARGET
            satellite:
              accelerator: nvidia-h100-sxm
              acceleratorsPerSatellite: 4
              SAT
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cold sun-facing radiator | sso | { type: single } | | radiator: { temperature: -100 C, orientation: sun-facing } | :12:13 satellite.radiator: radiator at 173.1 K cannot reject heat",
        "array degradation 0.999  | sso | { type: single } | | solarArray: { degradationPerYear: 0.999 } | satellite.solarArray.degradationPerYear: found '0.999'",
        "array efficiency 1e-12   | sso | { type: single } | | solarArray: { efficiency: 1e-12 } | satellite.solarArray.efficiency: found '1e-12'",
        "fractions adding to 1.08 | sso | { type: single } | | 'structureFraction: 0.59\n  propulsionFraction: 0.49' | satellite.propulsionFraction: structure and propulsion fractions add up to 1.08",
        "cluster radius 5000 km   | sso | { type: cluster, satellites: 3, clusterRadius: 5000 km } | | | constellation.clusterRadius: found '5000 km'",
        "walker phasing 999999999 | 53 deg | { type: walker, satellites: 4, planes: 2, phasing: 999999999 } | | | constellation.phasing: found 999999999 with 2 planes",
        "inclination 180 deg      | 180 deg | { type: single } | | | orbit.inclination: found '180 deg'",
        "target of 1e9 H100s      | sso | { type: single } | 'target: { accelerators: 1000000000 }' | | target: needs 250,000,000 satellites",
        "eccentric cluster        | '53 deg\n  eccentricity: 0.002' | { type: cluster, satellites: 3 } | | | orbit.eccentricity: found 0.002 with a cluster formation",
    })
    void validateAndEveryVerbRefuseItWithALocation(String name, String inclination, String constellation, String target,
                                                   String satellite, String expected, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, BASE.replace("INC", inclination).replace("CONST", constellation)
                .replace("TARGET", target == null ? "" : target).replace("SAT", satellite == null ? "" : satellite)
                .replace("\\n", "\n"));
        for (String verb : new String[] {"validate", "size", "geometry", "simulate", "launch", "cost"}) {
            CliTest.Run r = CliTest.run(verb, file.toString());
            assertThat(r.exit()).as("%s: %s", verb, r.err()).isEqualTo(2);
            assertThat(r.err()).as(verb).matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+ .*")
                    .contains(expected.startsWith(":") ? file + expected : expected).doesNotContain("internal error");
        }
    }

    @Test
    void aDurationPastTheGeometrysTenYearsIsRefusedByValidate(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, BASE.replace("duration: 1 h", "duration: 30 yr").replace("step: 60 s", "step: 1 d")
                .replace("INC", "sso").replace("CONST", "{ type: single }").replace("TARGET", "").replace("SAT", ""));
        CliTest.Run r = CliTest.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":2:11 duration: found '30 yr'");
    }

    @ParameterizedTest(name = "TLE file: {0}")
    @CsvSource(delimiter = '|', value = {
        "garbage            | not a TLE at all",
        "empty              | ''",
        "orphan line 2      | '2 25544  51.6400 208.9163 0006317  69.9862 25.2906 15.54225995    12'",
        "XML OMM            | '<?xml version=\"1.0\"?><omm></omm>'",
    })
    void aTleFileIsOpenedByValidate(String name, String content, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fleet.tle"), content == null ? "" : content + "\n");
        Path file = dir.resolve("tle.yaml");
        Files.writeString(file, BASE.replace("INC", "53 deg").replace("CONST", "{ type: tle, file: fleet.tle }")
                .replace("TARGET", "").replace("SAT", ""));
        // size, launch and cost count the fleet from the file, so they refuse it where validate does
        for (String verb : new String[] {"validate", "size", "geometry", "launch", "cost"}) {
            CliTest.Run r = CliTest.run(verb, file.toString());
            assertThat(r.exit()).as("%s: %s", verb, r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith(file + ":7:35 constellation.file: ");
        }
    }

    /** The ISS element set of the TLE format's documentation (checksums valid). */
    private static final String ISS_1 = "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927";
    private static final String ISS_2 = "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537";

    /** Modulo-10 TLE checksum: digits count their value, a minus sign counts 1. */
    private static String withChecksum(String line) {
        int sum = 0;
        for (char c : line.substring(0, 68).toCharArray()) {
            sum += Character.isDigit(c) ? c - '0' : c == '-' ? 1 : 0;
        }
        return line.substring(0, 68) + sum % 10;
    }

    @ParameterizedTest(name = "TLE: {0}")
    @CsvSource(delimiter = '|', value = {
        "a wrong checksum          | checksum | wrong checksum of TLE line 2",
        // refused by its altitudes before SGP4 runs (SGP4 itself called it 'too large eccentricity')
        "a mean motion of 1e-7/day | slow     | mean motion 1.00000e-07 rev/day",
        // the same mean motion with another drag term passed SGP4's own checks; the geometry then failed with a
        // NullPointerException (exit 1): an orbit far beyond the Moon
        "1e-7/day, positive B*     | slow-low-drag | expected an orbit between 100 km and 40,000 km",
        "a perigee inside the Earth | crash   | expected an orbit between 100 km and 40,000 km",
    })
    void aBrokenElementSetIsRefusedByValidateAtTheFileField(String name, String kind, String expected, @TempDir Path dir)
            throws IOException {
        String line2 = switch (kind) {
            case "checksum" -> ISS_2.substring(0, 68) + "8";
            // eccentricity 0.5 at 15.7 rev/day: perigee far below the surface
            case "crash" -> withChecksum(ISS_2.substring(0, 26) + "5000000" + ISS_2.substring(33));
            default -> withChecksum(ISS_2.substring(0, 52) + " 0.00000010" + ISS_2.substring(63));
        };
        String line1 = kind.equals("slow-low-drag")
                ? withChecksum("1 25544U 98067A   24001.00000000  .00016717  00000-0  10270-3 0  9990") : ISS_1;
        Files.writeString(dir.resolve("fleet.tle"), "ISS\n" + line1 + "\n" + line2 + "\n");
        Path file = dir.resolve("tle.yaml");
        Files.writeString(file, BASE.replace("INC", "53 deg").replace("CONST", "{ type: tle, file: fleet.tle }")
                .replace("TARGET", "").replace("SAT", ""));
        for (String verb : new String[] {"validate", "size", "geometry", "launch", "cost"}) {
            CliTest.Run r = CliTest.run(verb, file.toString());
            assertThat(r.exit()).as("%s: %s", verb, r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith(file + ":7:35 constellation.file: ").contains(expected);
        }
    }

    @Test
    void repeatedNamesInATleFileAreToldApartByTheirNoradNumber(@TempDir Path dir) throws IOException {
        String other1 = withChecksum(ISS_1.replace("25544U", "25545U"));
        String other2 = withChecksum(ISS_2.replace("2 25544", "2 25545"));
        Files.writeString(dir.resolve("fleet.tle"), "DEB\n" + ISS_1 + "\n" + ISS_2 + "\nDEB\n" + other1 + "\n" + other2 + "\n");
        Path file = dir.resolve("tle.yaml");
        Files.writeString(file, BASE.replace("INC", "53 deg").replace("CONST", "{ type: tle, file: fleet.tle }")
                .replace("TARGET", "").replace("SAT", ""));
        assertThat(CliTest.run("validate", file.toString()).exit()).isZero();
        CliTest.Run r = CliTest.run("geometry", file.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().at("/fleet/satellites").asInt()).isEqualTo(2);
        // the file holds two element sets, so the sized fleet (and what launch and cost buy) is two satellites,
        // not the constellation's default of one
        CliTest.Run size = CliTest.run("size", file.toString(), "--json");
        assertThat(size.exit()).as(size.err()).isZero();
        assertThat(size.json().at("/fleet/satellites").asInt()).isEqualTo(2);
        assertThat(size.json().at("/fleet/accelerators").asInt()).isEqualTo(2 * 4);
    }

    @Test
    void aFleetTargetOnATleShellIsRefusedAtTheTarget(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fleet.tle"), "ISS\n" + ISS_1 + "\n" + ISS_2 + "\n");
        Path file = dir.resolve("tle.yaml");
        Files.writeString(file, BASE.replace("INC", "53 deg").replace("CONST", "{ type: tle, file: fleet.tle }")
                .replace("TARGET", "target: { accelerators: 400 }").replace("SAT", ""));
        for (String verb : new String[] {"validate", "size", "cost"}) {
            CliTest.Run r = CliTest.run(verb, file.toString());
            assertThat(r.exit()).as("%s: %s", verb, r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith(file + ":8:").contains("target: found a fleet target on a TLE shell");
        }
    }

    @Test
    void aDeviceOrADirectoryIsRefusedBeforeAnyByteIsRead(@TempDir Path dir) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        CliTest.Run r = CliTest.run("validate", "/dev/zero");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("/dev/zero: is not a regular file");
        assertThat(CliTest.run("validate", dir.toString()).err()).contains("is not a regular file");
    }

    /** A FIFO nobody writes to would block a reader forever: as the scenario and as its TLE file, it is refused unread. */
    @Test
    void aFifoWithoutAWriterIsRefusedNotWaitedOn(@TempDir Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("fleet.tle");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo on this system: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        Path file = dir.resolve("tle.yaml");
        Files.writeString(file, BASE.replace("INC", "53 deg").replace("CONST", "{ type: tle, file: fleet.tle }")
                .replace("TARGET", "").replace("SAT", ""));
        // a hang would stop the suite here; the guard only bounds it, it measures nothing
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () -> {
            CliTest.Run scenario = CliTest.run("validate", fifo.toString());
            assertThat(scenario.exit()).isEqualTo(2);
            assertThat(scenario.err()).startsWith(fifo + ": is not a regular file");
            CliTest.Run tle = CliTest.run("validate", file.toString());
            assertThat(tle.exit()).isEqualTo(2);
            assertThat(tle.err()).startsWith(file + ":7:35 constellation.file: ");
        });
    }

    @Test
    void aFileOverTheSizeCapIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "orbitdc: 1\n# " + "x".repeat(4 * 1024 * 1024) + "\n");
        CliTest.Run r = CliTest.run("validate", big.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(big + ": is larger than 4 MiB");
    }

    @Test
    void anOrekitDataDirectoryWithoutLeapSecondsIsBadInput(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("orekit-data"));
        CliTest.Run r = CliTest.run("geometry", "--orekit-data", empty.toString(), CliTest.scenario("starcloud-1.yaml"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("orbitdc: orekit data directory " + empty + ": no UTC-TAI leap-second data")
                .doesNotContain("internal error");
    }
}
