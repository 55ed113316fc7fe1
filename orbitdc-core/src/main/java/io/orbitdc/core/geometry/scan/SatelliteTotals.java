package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.GroundStation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a fleet scan's {@link FleetDistributions} are built from: each satellite's time in shadow
 * and in umbra, its contacts and contact time with each station, and each station's busy-time
 * bitmap (the union of all satellites' contacts). Scans of consecutive satellite ranges over the
 * same span {@link #concat concatenate} into the whole fleet's totals exactly (arrays joined in
 * satellite order, bitmaps ORed), so a fleet split over a cluster gets the distributions of the
 * single scan bit for bit. Plain arrays, so a cluster task can send them back.
 *
 * @param shadowS   time in shadow (penumbra or umbra) per satellite, s
 * @param umbraS    time in umbra per satellite, s
 * @param contacts  [station][satellite] contacts (cut ones included)
 * @param contactS  [station][satellite] contact time, s
 * @param busyWords [station] busy-time bitmap words (see StationBusyTime)
 */
public record SatelliteTotals(double[] shadowS, double[] umbraS, long[][] contacts, double[][] contactS,
                             long[][] busyWords) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Satellites covered. */
    public int satellites() {
        return shadowS.length;
    }

    /** The totals of consecutive satellite ranges (given in satellite order) as one fleet's. */
    public static SatelliteTotals concat(List<SatelliteTotals> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no satellite totals to join");
        }
        int n = 0;
        for (SatelliteTotals p : parts) {
            n += p.satellites();
        }
        int m = parts.get(0).contacts.length;
        double[] shadow = new double[n];
        double[] umbra = new double[n];
        long[][] contacts = new long[m][n];
        double[][] contactS = new double[m][n];
        long[][] busy = new long[m][];
        int at = 0;
        for (SatelliteTotals p : parts) {
            int k = p.satellites();
            System.arraycopy(p.shadowS, 0, shadow, at, k);
            System.arraycopy(p.umbraS, 0, umbra, at, k);
            for (int s = 0; s < m; s++) {
                System.arraycopy(p.contacts[s], 0, contacts[s], at, k);
                System.arraycopy(p.contactS[s], 0, contactS[s], at, k);
                if (busy[s] == null) {
                    busy[s] = p.busyWords[s].clone();
                } else {
                    for (int w = 0; w < busy[s].length; w++) {
                        busy[s][w] |= p.busyWords[s][w];
                    }
                }
            }
            at += k;
        }
        return new SatelliteTotals(shadow, umbra, contacts, contactS, busy);
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
            sunlit[k] = 1 - shadowS[k] / spanS;
            eclipse[k] = umbraS[k] / spanDays / 60;
        }
        List<FleetDistributions.StationDistribution> out = new ArrayList<>();
        double[] perDay = new double[n];
        double[] minutes = new double[n];
        for (int s = 0; s < stations.size(); s++) {
            double fleetS = 0;
            for (int k = 0; k < n; k++) {
                perDay[k] = contacts[s][k] / spanDays;
                minutes[k] = contactS[s][k] / spanDays / 60;
                fleetS += contactS[s][k];
            }
            out.add(new FleetDistributions.StationDistribution(stations.get(s).id(), stations.get(s).name(),
                    Percentiles.of(perDay), Percentiles.of(minutes), StationBusyTime.busyS(spanS, busyWords[s]) / spanS,
                    fleetS / spanDays / 3600));
        }
        return new FleetDistributions(Percentiles.of(sunlit), Percentiles.of(eclipse), out, links);
    }
}
