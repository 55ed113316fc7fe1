package io.orbitdc.core.study;

import io.orbitdc.core.geometry.scan.FleetEventSummary;
import io.orbitdc.core.geometry.scan.SatelliteTotals;
import java.io.Serializable;

/**
 * What the fleet scan found for one contiguous range of satellites (plain numbers, so a cluster
 * task can send it back): the per-satellite statistics {@link PartitionedFleetScan#report} merges
 * into the whole fleet's. Station arrays follow the scenario's station order; {@code totals} are
 * the per-satellite figures the fleet's distributions are built from.
 */
public record FleetSlice(int satellites, double sunlitFraction, double umbraFraction, double longestEclipseS,
                         double meanEclipseS, int eclipseDays, long umbraCount, double betaMinDeg, double betaMaxDeg,
                         double[] contactsPerDay, double[] meanContactS, double[] longestGapS,
                         double saaPassesPerDay, double saaMeanPassS, double saaTimeFraction,
                         SatelliteTotals totals) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The slice's numbers out of a scan of its satellites. */
    public static FleetSlice of(FleetEventSummary s) {
        int m = s.stations().size();
        double[] cpd = new double[m];
        double[] mean = new double[m];
        double[] gap = new double[m];
        for (int i = 0; i < m; i++) {
            cpd[i] = s.stations().get(i).contactsPerDay();
            mean[i] = s.stations().get(i).meanContactS();
            gap[i] = s.stations().get(i).longestGapS();
        }
        return new FleetSlice(s.satellites(), s.sunlitFraction(), s.umbraFraction(), s.longestEclipseS(), s.meanEclipseS(),
                s.eclipseDays(), s.umbraCount(), s.betaMinDeg(), s.betaMaxDeg(), cpd, mean, gap, s.saaPassesPerDay(),
                s.saaMeanPassS(), s.saaTimeFraction(), s.totals());
    }
}
