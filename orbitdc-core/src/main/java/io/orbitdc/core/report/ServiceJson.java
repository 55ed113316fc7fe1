package io.orbitdc.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.ServiceReport;

/**
 * The service part of a machine-readable report: the objects {@code downlink}, {@code inference},
 * {@code earthObservation} and {@code links}, and the stage's notes appended to {@code notes}
 * (created if absent). Keys are documented in docs/models/service-stage.md. A part that does not
 * apply has its keys null, never estimated; non-finite numbers (an unstable queue) are null too.
 */
public final class ServiceJson {

    private ServiceJson() {
    }

    /** Writes the service keys into {@code parent}, replacing objects of the same names. */
    public static void write(ObjectNode parent, ServiceReport report) {
        ServiceReport.Downlink d = report.downlink();
        ObjectNode downlink = parent.putObject("downlink");
        // the headline assumes one antenna per station (satellites in view at once share it); the
        // volume if every satellite in view had an antenna of its own is kept beside it
        downlink.put("bytes", d.singleAntennaBytesMax());
        downlink.put("bytesPerDay", d.singleAntennaBytesPerDay());
        downlink.put("antennaPerSatelliteBytes", d.bytes());
        downlink.put("antennaPerSatelliteBytesPerDay", d.bytesPerDay());
        downlink.put("contactFraction", d.contactFraction());
        downlink.put("contactsPerDay", d.contactsPerDay());
        JsonOutput.putFinite(downlink, "meanGapS", d.meanGapS());
        JsonOutput.putFinite(downlink, "longestGapS", d.longestGapS());
        ArrayNode stations = downlink.putArray("stations");
        for (ServiceReport.StationDownlink s : d.stations()) {
            ObjectNode o = stations.addObject();
            o.put("id", s.id());
            o.put("name", s.name());
            o.put("contacts", s.contacts());
            o.put("contactS", s.contactS());
            o.put("bytes", s.singleAntennaBytesMax());
            o.put("antennaPerSatelliteBytes", s.bytes());
            o.put("busyS", s.busyS());
            o.put("slantRangeM", s.slantRangeM());
        }

        ObjectNode inference = parent.putObject("inference");
        String[] inferenceKeys = {"p50S", "p99S", "meanS", "utilisation", "stable", "requestsPerSecond",
            "ratePerSatellite", "servers", "serviceTimeS", "lightTimeS", "coverage", "gapS", "islHops"};
        if (report.inference().isEmpty()) {
            for (String k : inferenceKeys) {
                inference.putNull(k);
            }
        } else {
            ServiceReport.Inference i = report.inference().get();
            JsonOutput.putFinite(inference, "p50S", i.p50S());
            JsonOutput.putFinite(inference, "p99S", i.p99S());
            JsonOutput.putFinite(inference, "meanS", i.meanS());
            inference.put("utilisation", i.utilisation());
            inference.put("stable", i.stable());
            inference.put("requestsPerSecond", i.requestsPerSecond());
            inference.put("ratePerSatellite", i.ratePerSatellite());
            inference.put("servers", i.servers());
            inference.put("serviceTimeS", i.serviceTimeS());
            inference.put("lightTimeS", i.lightTimeS());
            inference.put("coverage", i.coverage());
            inference.put("gapS", i.gapS());
            inference.put("islHops", i.islHops());
        }

        ObjectNode eo = parent.putObject("earthObservation");
        String[] eoKeys = {"rawBytesPerDay", "processedBytesPerDay", "downlinkedBytesPerDay", "savedBytesPerDay",
            "backlogGrowthRawBytesPerDay", "backlogGrowthProcessedBytesPerDay", "fits", "rawFits", "reductionFactor"};
        if (report.earthObservation().isEmpty()) {
            for (String k : eoKeys) {
                eo.putNull(k);
            }
        } else {
            ServiceReport.EarthObservation e = report.earthObservation().get();
            eo.put("rawBytesPerDay", e.rawBytesPerDay());
            eo.put("processedBytesPerDay", e.processedBytesPerDay());
            eo.put("downlinkedBytesPerDay", e.downlinkedBytesPerDay());
            eo.put("savedBytesPerDay", e.savedBytesPerDay());
            eo.put("backlogGrowthRawBytesPerDay", e.backlogGrowthRawBytesPerDay());
            eo.put("backlogGrowthProcessedBytesPerDay", e.backlogGrowthProcessedBytesPerDay());
            eo.put("fits", e.fits());
            eo.put("rawFits", e.rawFits());
            eo.put("reductionFactor", e.reductionFactor());
        }

        ObjectNode links = parent.putObject("links");
        String[] linkKeys = {"meanCapacityBps", "minCapacityBps", "meanNeighbours", "fullRateShare", "meanLinkM", "graphs"};
        if (report.links().isEmpty()) {
            for (String k : linkKeys) {
                links.putNull(k);
            }
        } else {
            ServiceReport.Links l = report.links().get();
            JsonOutput.putFinite(links, "meanCapacityBps", l.meanCapacityBps());
            JsonOutput.putFinite(links, "minCapacityBps", l.minCapacityBps());
            links.put("meanNeighbours", l.meanNeighbours());
            JsonOutput.putFinite(links, "fullRateShare", l.fullRateShare());
            JsonOutput.putFinite(links, "meanLinkM", l.meanLinkM());
            links.put("graphs", l.graphs());
        }

        ArrayNode notes = parent.has("notes") && parent.get("notes").isArray() ? (ArrayNode) parent.get("notes")
                : parent.putArray("notes");
        report.notes().forEach(notes::add);
    }
}
