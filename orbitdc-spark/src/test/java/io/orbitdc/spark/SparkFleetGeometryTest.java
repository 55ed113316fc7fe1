package io.orbitdc.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.FleetGeometry;
import io.orbitdc.core.study.GeometryOptions;
import io.orbitdc.core.study.ScenarioSource;
import io.orbitdc.core.study.Study;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Regression check across engines on a 10,000-satellite fleet (3 h at 60 s, links, two stations):
 * the Spark geometry (split by satellite and by time step on local[2]) against the single-machine
 * {@code orbitdc geometry} path, {@link Study#geometry}. Equal, not close: the merge sums the
 * slices' joined per-satellite totals in the local scan's order and builds the distributions and
 * sky with the local code (see PartitionedFleetScan).
 */
class SparkFleetGeometryTest {

    private static final Path SCENARIO = Path.of("src/test/resources/walker-10k.yaml");

    @Test
    void sparkGivesTheSingleMachineReportOnTenThousandSatellites() {
        GeometryReport local = Study.load(SCENARIO).geometry(new GeometryOptions(2, OrekitDataSetup.bundled())).report();
        FleetGeometry spark = SparkFleetGeometry.run(LocalSpark.context(), ScenarioSource.read(SCENARIO, Overrides.none()), 2);
        GeometryReport s = spark.report();

        assertThat(s.fleet().satellites()).isEqualTo(10_000).isEqualTo(local.fleet().satellites());
        assertThat(s.fleet().umbraCount()).isEqualTo(local.fleet().umbraCount());
        assertThat(s.fleet().longestEclipseS()).isEqualTo(local.fleet().longestEclipseS());
        assertThat(s.fleet().eclipseDays()).isEqualTo(local.fleet().eclipseDays());
        assertThat(s.beta()).isEqualTo(local.beta());
        assertThat(s.links()).isEqualTo(local.links()); // mean neighbours: bit for bit
        assertThat(s.drag()).isEqualTo(local.drag());
        assertThat(s.fleet().sunlitFraction()).isEqualTo(local.fleet().sunlitFraction());
        assertThat(s.fleet().umbraFraction()).isEqualTo(local.fleet().umbraFraction());
        assertThat(s.fleet().meanEclipseS()).isEqualTo(local.fleet().meanEclipseS());
        assertThat(s.saa()).isEqualTo(local.saa());
        assertThat(s.stations()).hasSize(2).isEqualTo(local.stations());
        assertThat(local.stations()).allSatisfy(b -> assertThat(b.contactsPerDay()).as("the stations see the fleet").isPositive());
        assertThat(s.distributions()).isNotNull().isEqualTo(local.distributions());
        assertThat(s.sky()).isEqualTo(local.sky());
        assertThat(s).isEqualTo(local); // the whole report, bit for bit
        assertThat(spark.graphs()).isEqualTo(181); // steps 0 … 180, one graph each
        long samples = 0;
        double degreeSum = 0;
        for (int d = 0; d < spark.degreeCounts().length; d++) {
            samples += spark.degreeCounts()[d];
            degreeSum += (double) d * spark.degreeCounts()[d];
        }
        assertThat(samples).isEqualTo(181L * 10_000);
        assertThat(degreeSum / samples).isCloseTo(local.links().meanNeighbours(), within(1e-9));
    }
}
