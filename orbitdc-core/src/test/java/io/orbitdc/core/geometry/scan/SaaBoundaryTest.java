package io.orbitdc.core.geometry.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.geometry.SaaRegion;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Validation of the SAA reach the scans use to skip the boundary function far from the region. */
class SaaBoundaryTest {

    @Test
    void reachOfTheLargestRegionIsTheHandComputedFarthestPoint() {
        // standard region (centre -25, -50; 22 x 50 deg at 500 km), scale 1.4 at any height above
        // 788 km: 30.8 deg of latitude, 70 deg of longitude. By hand, the end of the longitude
        // axis: cos d = sin^2(25) + cos^2(25) cos 70 = 0.1786 + 0.8214 x 0.3420 = 0.4595,
        // d = 62.65 deg; points a little off the axis towards the equator reach slightly farther
        // (meridians spread there), so the reach is at least 62.65 + 1 and, the ellipse being
        // flat there, less than a degree more. The (lat, lon) bound used before gave 77.5.
        assertThat(SaaBoundary.reachDeg(SaaRegion.standard(), 2_000_000)).isBetween(62.65 + 1.0, 62.65 + 2.0);
        // below 200 km there is no region
        assertThat(SaaBoundary.reachDeg(SaaRegion.standard(), 150_000)).isZero();
    }

    @Test
    void noPointOfTheRegionIsFartherThanTheReach() {
        // 200,000 random points of the filled ellipse at 650 km (scale 1.22) and at the largest
        // scale, their great-circle angle from the centre by unit vectors (not the haversine the
        // code uses): every one within the reach less its 0.2 deg geodetic allowance.
        SplittableRandom rnd = new SplittableRandom(17);
        SaaRegion saa = SaaRegion.standard();
        for (double altitude : new double[] {650_000, 2_000_000}) {
            double reach = SaaBoundary.reachDeg(saa, altitude);
            double s = SaaRegion.scale(altitude);
            double lat0 = Math.toRadians(saa.centreLatDeg());
            double lon0 = Math.toRadians(saa.centreLonDeg());
            double worst = 0;
            for (int i = 0; i < 200_000; i++) {
                double x;
                double y;
                do {
                    x = rnd.nextDouble(-1, 1);
                    y = rnd.nextDouble(-1, 1);
                } while (x * x + y * y > 1);
                double lat = Math.toRadians(saa.centreLatDeg() + y * saa.semiLatDeg500() * s);
                double lon = lon0 + Math.toRadians(x * saa.semiLonDeg500() * s);
                double cos = Math.sin(lat0) * Math.sin(lat) + Math.cos(lat0) * Math.cos(lat) * Math.cos(lon - lon0);
                worst = Math.max(worst, Math.toDegrees(Math.acos(Math.min(1, cos))));
            }
            assertThat(worst).as("altitude %s m", altitude).isLessThanOrEqualTo(reach - 0.2).isGreaterThan(reach - 1.5);
        }
    }
}
