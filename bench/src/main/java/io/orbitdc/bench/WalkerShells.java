package io.orbitdc.bench;

import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;

/**
 * An illustrative mega-constellation for benchmarks: seven circular Walker-delta shells between
 * 525 and 570 km at inclinations 33-97.6 deg, in the style of public multi-shell LEO filings,
 * scaled to any total. Phasing F = 1 in every shell.
 */
final class WalkerShells {

    /** altitude km, inclination deg, planes, share of the total. */
    private static final double[][] SHELLS = {
        {525, 53.0, 120, 0.24},
        {530, 43.0, 100, 0.20},
        {535, 33.0, 72, 0.072},
        {540, 53.2, 100, 0.16},
        {550, 53.0, 100, 0.16},
        {560, 97.6, 60, 0.06},
        {570, 70.0, 90, 0.108},
    };

    private WalkerShells() {
    }

    static FleetElements fleet(int total) {
        if (total < 1) {
            throw new IllegalArgumentException("fleet size must be >= 1, found " + total);
        }
        FleetElements.Builder b = FleetElements.builder(total);
        int placed = 0;
        for (int s = 0; s < SHELLS.length; s++) {
            double[] shell = SHELLS[s];
            int count = s == SHELLS.length - 1 ? total - placed : (int) Math.round(total * shell[3]);
            count = Math.min(count, total - placed);
            if (count <= 0) {
                continue;
            }
            int planes = (int) Math.min(shell[2], count);
            int perPlane = (count + planes - 1) / planes;
            double a = EarthJ2.EARTH.equatorialRadiusM() + shell[0] * 1e3;
            double inc = Math.toRadians(shell[1]);
            int made = 0;
            for (int p = 0; p < planes && made < count; p++) {
                double raan = 2 * Math.PI * p / planes;
                for (int k = 0; k < perPlane && made < count; k++) {
                    // Walker delta phasing F = 1: plane p is shifted by 2 pi F p / (total in shell)
                    double m = 2 * Math.PI * k / perPlane + 2 * Math.PI * p / ((double) planes * perPlane);
                    b.add(a, 0.0, inc, raan, 0.0, m);
                    made++;
                }
            }
            placed += made;
        }
        return b.build();
    }
}
