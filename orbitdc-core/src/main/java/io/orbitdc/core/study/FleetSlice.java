package io.orbitdc.core.study;

import io.orbitdc.core.geometry.scan.FleetEventSummary;
import io.orbitdc.core.geometry.scan.SatelliteTotals;
import java.io.Serializable;

/**
 * What the fleet scan found for one contiguous range of satellites (plain numbers, so a cluster
 * task can send it back): the extremes {@link PartitionedFleetScan#report} takes the largest or
 * smallest of, and the per-satellite totals it joins in satellite order into the whole fleet's
 * sums, means and distributions. Station arrays follow the scenario's station order.
 */
public record FleetSlice(int satellites, double longestEclipseS, double betaMinDeg, double betaMaxDeg,
                         double[] longestGapS, SatelliteTotals totals) implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The slice's numbers out of a scan of its satellites. */
    public static FleetSlice of(FleetEventSummary s) {
        int m = s.stations().size();
        double[] gap = new double[m];
        for (int i = 0; i < m; i++) {
            gap[i] = s.stations().get(i).longestGapS();
        }
        return new FleetSlice(s.satellites(), s.longestEclipseS(), s.betaMinDeg(), s.betaMaxDeg(), gap, s.totals());
    }
}
