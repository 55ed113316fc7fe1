package io.orbitdc.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.ServiceReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service keys: present and null when a part does not apply, infinite latencies null, notes appended. */
class ServiceJsonTest {

    private static final ServiceReport.Downlink NO_DOWNLINK = new ServiceReport.Downlink(0, 0, 0, 0, 0, 86400, 86400, List.of());

    @Test
    void absentPartsWriteNullKeysAndTheNotesAreAppended() {
        ObjectNode doc = JsonOutput.object();
        doc.putArray("notes").add("from simulate");
        ServiceJson.write(doc, new ServiceReport(86400, 1, NO_DOWNLINK, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of("downlink.bytes is 0: no station")));
        assertThat(doc.get("downlink").get("bytes").asDouble()).isZero();
        for (String k : List.of("p50S", "p99S", "meanS", "utilisation", "stable")) {
            assertThat(doc.get("inference").get(k).isNull()).as(k).isTrue();
        }
        for (String k : List.of("rawBytesPerDay", "downlinkedBytesPerDay", "savedBytesPerDay",
                "backlogGrowthRawBytesPerDay", "fits")) {
            assertThat(doc.get("earthObservation").get(k).isNull()).as(k).isTrue();
        }
        for (String k : List.of("meanCapacityBps", "minCapacityBps", "meanNeighbours", "fullRateShare")) {
            assertThat(doc.get("links").get(k).isNull()).as(k).isTrue();
        }
        assertThat(doc.get("notes")).hasSize(2);
        assertThat(doc.get("notes").get(1).asText()).startsWith("downlink.bytes is 0");
    }

    @Test
    void theTableFitsEightyColumns() {
        ServiceReport.Downlink d = new ServiceReport.Downlink(1.23456e15, 9.87654e14, 1.23456e13, 0.123456, 123.4, 12_345, 54_321,
                List.of(new ServiceReport.StationDownlink("x", "A station with a very long name indeed, longer than most",
                        1_234_567, 1e9, 1.23456e15, 1e7, 1.23456e13, 1.5e6)));
        ServiceReport.Inference i = new ServiceReport.Inference("chat", 123_456, 1.5e3, 16, 20, 1.5e6, 1, 700, 0.15,
                3000, 12_345.6, 123_456.7, 2e4, 0.999, true, 0.01);
        ServiceReport.EarthObservation e = new ServiceReport.EarthObservation("sar", 123.456, 1.23456e15, 1.23456e13,
                1e12, 1.2e15, 1.2e15, 1.23456e13, false, false);
        ServiceReport.Links l = new ServiceReport.Links(100, 7.99999e11, 1.23456e9, 123.45, 0.999, 1e5);
        String table = ServiceTable.render(new ServiceReport(86400, 81, d, Optional.of(i), Optional.of(e), Optional.of(l),
                List.of()));
        assertThat(table.lines()).hasSize(7).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void anUnstableQueueWritesNullQuantilesAndStableFalse() {
        ServiceReport.Inference unstable = new ServiceReport.Inference("chat", 1e6, 1e4, 16, 20, 1.5e6, 1, 700, 0.15,
                3000, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 600, false, 0.01);
        ObjectNode doc = JsonOutput.object();
        ServiceJson.write(doc, new ServiceReport(86400, 81, NO_DOWNLINK, Optional.of(unstable), Optional.empty(),
                Optional.empty(), List.of()));
        assertThat(doc.get("inference").get("p99S").isNull()).isTrue();
        assertThat(doc.get("inference").get("stable").asBoolean()).isFalse();
        assertThat(ServiceTable.render(new ServiceReport(86400, 81, NO_DOWNLINK, Optional.of(unstable), Optional.empty(),
                Optional.empty(), List.of()))).contains("unstable");
    }
}
