package io.orbitdc.core.report;

import io.orbitdc.core.units.HumanFormat;

import io.orbitdc.core.report.ServiceReport;
import java.util.Locale;

/**
 * The service part of the human report, lines of at most 80 columns: downlink, inference latency,
 * Earth-observation savings and inter-satellite link capacity. Notes are left to the caller,
 * which lists them with its own ({@link ServiceReport#notes()}).
 */
public final class ServiceTable {

    private ServiceTable() {
    }

    public static String render(ServiceReport r) {
        StringBuilder out = new StringBuilder();
        ServiceReport.Downlink d = r.downlink();
        line(out, "DOWNLINK   <= %s (one antenna per station); in contact %s",
                bytes(d.singleAntennaBytesMax()), pct(d.contactFraction()));
        if (!d.stations().isEmpty()) {
            line(out, "           %.1f contacts/day per satellite, mean gap %s", d.contactsPerDay(), dur(d.meanGapS()));
            line(out, "           with an antenna per satellite in view: %s", bytes(d.bytes()));
        }
        for (ServiceReport.StationDownlink s : d.stations()) {
            String name = s.name().length() > 36 ? s.name().substring(0, 35) + "~" : s.name();
            line(out, "           %s: %s, <= %s", name, HumanFormat.count(s.contacts(), "contact"), bytes(s.singleAntennaBytesMax()));
        }
        if (r.inference().isPresent()) {
            ServiceReport.Inference i = r.inference().get();
            if (i.stable()) {
                line(out, "INFERENCE  p50 %s, p99 %s at %.3g req/s; utilisation %s", dur(i.p50S()), dur(i.p99S()),
                        i.requestsPerSecond(), pct(i.utilisation()));
            } else {
                line(out, "INFERENCE  unstable at %.3g req/s: more requests than accelerators serve",
                        i.requestsPerSecond());
            }
        } else {
            line(out, "INFERENCE  no inference workload");
        }
        if (r.earthObservation().isPresent()) {
            ServiceReport.EarthObservation e = r.earthObservation().get();
            line(out, "EO         raw %s/day -> %s/day processed (x%.3g): %s", bytes(e.rawBytesPerDay()),
                    bytes(e.processedBytesPerDay()), e.reductionFactor(), e.fits() ? "fits the downlink"
                            : "backlog +" + bytes(e.backlogGrowthProcessedBytesPerDay()) + "/day");
        }
        if (r.links().isPresent()) {
            ServiceReport.Links l = r.links().get();
            if (Double.isNaN(l.meanCapacityBps())) {
                line(out, "LINKS      no two satellites within link range");
                return out.toString();
            }
            line(out, "LINKS      %.1f neighbours, mean %s, min %s, %s at full rate", l.meanNeighbours(),
                    rate(l.meanCapacityBps()), rate(l.minCapacityBps()), pct(l.fullRateShare()));
        }
        return out.toString();
    }

    private static String bytes(double b) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        double v = b;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return HumanFormat.significant(v) + " " + units[u];
    }

    private static String rate(double bps) {
        return HumanFormat.significant(bps / 1e9) + " Gbps";
    }

    private static String dur(double s) {
        if (!Double.isFinite(s)) {
            return "-";
        }
        if (s < 1) {
            return String.format(Locale.ROOT, "%.0f ms", s * 1000);
        }
        return s < 120 ? String.format(Locale.ROOT, "%.1f s", s) : String.format(Locale.ROOT, "%.1f min", s / 60);
    }

    private static String pct(double f) {
        return HumanFormat.percent(f);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, TextSafe.args(args))).append('\n');
    }
}
