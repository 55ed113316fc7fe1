package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.InputException;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.scenario.Overrides;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression check of the split fleet scan against the single-machine {@link Study#geometry}: a
 * 600-satellite Walker fleet over 6 h cut into 3 satellite slices and 3 runs of graph steps. Every
 * figure is compared for equality, not closeness: the merge sums the joined per-satellite totals in
 * the local scan's order, takes extremes, unions the eclipse days, builds the distributions with
 * the local scan's function and the sky with the same call, so the arithmetic is the same.
 */
class PartitionedFleetScanTest {

    @TempDir
    Path tmp;

    private Path scenario(String extra) throws Exception {
        Path f = tmp.resolve("w.yaml");
        Files.writeString(f, """
                orbitdc: 1
                name: walker-600
                epoch: 2027-06-01T00:00:00Z
                duration: 6 h
                step: 60 s
                orbit: { altitude: 600 km, inclination: 60 deg }
                constellation: { type: walker, satellites: 600, planes: 20, phasing: 1 }
                satellite: { accelerator: nvidia-b200, acceleratorsPerSatellite: 8 }
                links: { range: 1500 km }
                groundStations:
                  - { name: Madrid, latitude: 40.43, longitude: -4.25, minElevation: 10 deg }
                """ + extra);
        return f;
    }

    @Test
    void slicesMergeIntoTheSingleMachineReport() throws Exception {
        Path f = scenario("");
        GeometryReport local = Study.load(f).geometry(new GeometryOptions(1, OrekitDataSetup.bundled())).report();
        PartitionedFleetScan scan = PartitionedFleetScan.of(ScenarioSource.read(f, Overrides.none()).study(),
                OrekitDataSetup.bundled());
        FleetGeometry split;
        try (FleetWorkers one = FleetWorkers.sequential()) {
            split = scan.runLocally(3, one);
        }
        GeometryReport s = split.report();
        assertThat(scan.graphSteps()).hasSize(361).startsWith(0, 1, 2).endsWith(360);
        assertThat(s.fleet().satellites()).isEqualTo(600);
        assertThat(s.fleet().umbraCount()).isEqualTo(local.fleet().umbraCount());
        assertThat(s.fleet().longestEclipseS()).isEqualTo(local.fleet().longestEclipseS());
        assertThat(s.fleet().eclipseDays()).isEqualTo(local.fleet().eclipseDays());
        assertThat(s.beta()).isEqualTo(local.beta());
        assertThat(s.links()).isEqualTo(local.links());
        assertThat(s.fleet().sunlitFraction()).isEqualTo(local.fleet().sunlitFraction());
        assertThat(s.fleet().umbraFraction()).isEqualTo(local.fleet().umbraFraction());
        assertThat(s.saa()).isEqualTo(local.saa());
        // complete eclipses only, summed satellite by satellite as the local scan sums them
        assertThat(s.fleet().meanEclipseS()).isEqualTo(local.fleet().meanEclipseS());
        assertThat(s.stations().get(0).contactsPerDay()).isPositive()
                .isEqualTo(local.stations().get(0).contactsPerDay());
        assertThat(s.stations()).isEqualTo(local.stations());
        long samples = 0;
        for (long c : split.degreeCounts()) {
            samples += c;
        }
        assertThat(samples).isEqualTo(361L * 600);
        assertThat(split.graphs()).isEqualTo(361);
        assertThat(split.minDegree()).isLessThanOrEqualTo(split.maxDegree());
        // distributions: the same per-satellite values, joined in satellite order, through the same
        // builder; components on the same schedule of graphs, each in one of the 3 step runs: equal bit for bit
        assertThat(s.distributions()).isNotNull().isEqualTo(local.distributions());
        assertThat(s.distributions().links().componentGraphs()).isPositive();
        assertThat(s.distributions().stations().get(0).busyFraction()).isPositive();
        // sky: the same function on the same elements and instants
        assertThat(s.sky()).isNotNull().isEqualTo(local.sky());
        assertThat(s).isEqualTo(local); // and so the whole report
    }

    @Test
    void aFleetTheBatchScanCannotTakeIsALocatedError() throws Exception {
        Path f = scenario("");
        String text = Files.readString(f).replace("orbit: { altitude: 600 km, inclination: 60 deg }",
                "orbit: { altitude: 600 km, inclination: 60 deg, propagator: eckstein-hechler }");
        Files.writeString(f, text);
        assertThatThrownBy(() -> PartitionedFleetScan.of(ScenarioSource.read(f, Overrides.none()).study(), OrekitDataSetup.bundled()))
                .isInstanceOf(InputException.class).hasMessageContaining("j2-secular");
    }
}
