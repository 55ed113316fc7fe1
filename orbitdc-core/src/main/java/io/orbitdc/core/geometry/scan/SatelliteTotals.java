package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.GroundStation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What a fleet scan's summed figures and {@link FleetDistributions} are built from: each
 * satellite's shadow, umbra, SAA and per-station contact totals, each station's busy-time bitmap
 * (the union of all satellites' contacts) and the UTC days with umbra. Scans of consecutive
 * satellite ranges over the same span {@link #concat concatenate} into the whole fleet's totals
 * exactly (arrays joined in satellite order, bitmaps ORed), so a fleet split over a cluster gets
 * the single scan's figures bit for bit. Plain arrays, so a cluster task can send them back.
 *
 * @param shadow      shadow (penumbra or umbra)
 * @param umbra       umbra
 * @param saa         SAA passes
 * @param contacts    [station] contacts
 * @param busyWords   [station] busy-time bitmap words (see StationBusyTime)
 * @param eclipseDays UTC days (counted from the span start's day) on which any satellite met umbra, as {@link BitSet} words
 */
public record SatelliteTotals(EventTotals shadow, EventTotals umbra, EventTotals saa, EventTotals[] contacts,
                              long[][] busyWords, long[] eclipseDays) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Satellites covered. */
    public int satellites() {
        return shadow.satellites();
    }

    /** UTC days on which any satellite met umbra. */
    public int eclipseDayCount() {
        return BitSet.valueOf(eclipseDays).cardinality();
    }

    /** Equal when every satellite's numbers and every bitmap are (arrays compared by content, not identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SatelliteTotals t && shadow.equals(t.shadow) && umbra.equals(t.umbra) && saa.equals(t.saa)
                && Arrays.equals(contacts, t.contacts) && Arrays.deepEquals(busyWords, t.busyWords)
                && Arrays.equals(eclipseDays, t.eclipseDays);
    }

    @Override
    public int hashCode() {
        return shadow.hashCode() * 31 + umbra.hashCode();
    }

    @Override
    public String toString() {
        return "SatelliteTotals[" + satellites() + " satellites, " + contacts.length + " stations]";
    }

    /** The totals of consecutive satellite ranges (given in satellite order) as one fleet's. */
    public static SatelliteTotals concat(List<SatelliteTotals> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no satellite totals to join");
        }
        int m = parts.get(0).contacts.length;
        EventTotals[] contacts = new EventTotals[m];
        long[][] busy = new long[m][];
        for (int s = 0; s < m; s++) {
            List<EventTotals> station = new ArrayList<>();
            for (SatelliteTotals p : parts) {
                station.add(p.contacts[s]);
                busy[s] = or(busy[s], p.busyWords[s]);
            }
            contacts[s] = EventTotals.concat(station);
        }
        long[] days = new long[0];
        for (SatelliteTotals p : parts) {
            days = or(days, p.eclipseDays);
        }
        return new SatelliteTotals(EventTotals.concat(parts.stream().map(SatelliteTotals::shadow).toList()),
                EventTotals.concat(parts.stream().map(SatelliteTotals::umbra).toList()),
                EventTotals.concat(parts.stream().map(SatelliteTotals::saa).toList()), contacts, busy, days);
    }

    private static long[] or(long[] a, long[] b) {
        if (a == null) {
            return b.clone();
        }
        long[] out = Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int w = 0; w < b.length; w++) {
            out[w] |= b[w];
        }
        return out;
    }

    /**
     * Each satellite's sunlight, eclipse and contact figures as percentiles over the fleet, over a
     * span of {@code spanS}; {@code stations} in the order of the totals' stations.
     *
     * @param links the neighbour graphs pooled, or null without links
     */
    public FleetDistributions distributions(double spanS, List<GroundStation> stations, GraphStatistics.Summary links) {
        int n = satellites();
        double spanDays = spanS / 86400;
        double[] sunlit = new double[n];
        double[] eclipse = new double[n];
        for (int k = 0; k < n; k++) {
            sunlit[k] = 1 - shadow.totalS()[k] / spanS;
            eclipse[k] = umbra.totalS()[k] / spanDays / 60;
        }
        List<FleetDistributions.StationDistribution> out = new ArrayList<>();
        double[] perDay = new double[n];
        double[] minutes = new double[n];
        for (int s = 0; s < stations.size(); s++) {
            EventTotals c = contacts[s];
            for (int k = 0; k < n; k++) {
                perDay[k] = c.count()[k] / spanDays;
                minutes[k] = c.totalS()[k] / spanDays / 60;
            }
            out.add(new FleetDistributions.StationDistribution(stations.get(s).id(), stations.get(s).name(),
                    Percentiles.of(perDay), Percentiles.of(minutes), StationBusyTime.busyS(spanS, busyWords[s]) / spanS,
                    c.sumS() / spanDays / 3600));
        }
        return new FleetDistributions(Percentiles.of(sunlit), Percentiles.of(eclipse), out, links);
    }
}
