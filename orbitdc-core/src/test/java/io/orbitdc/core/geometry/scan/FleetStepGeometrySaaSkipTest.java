package io.orbitdc.core.geometry.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.geometry.Fleet;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.orbit.OrbitSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression check of the step geometry's SAA reach skip: a boundary farther from the region's
 * centre than its reach plus one step's motion takes −1 without the boundary function, which
 * must leave every step's flag as the full evaluation gives it — over orbits that cross the
 * region's middle, graze its edge and pass far from it, at altitudes where it is small (300 km)
 * and at its cap (1,200 km), with steps where the motion margin is a couple of degrees (30 s)
 * and twenty (120 s).
 */
class FleetStepGeometrySaaSkipTest {

    private static final OrekitDataSetup DATA = OrekitDataSetup.bundled();
    private static final Instant START = Instant.parse("2027-03-20T00:00:00Z");

    private static List<Satellite> fleet() {
        List<Satellite> sats = new ArrayList<>();
        double[][] orbits = {{300_000, 51.6, 0}, {400_000, 51.6, 120}, {550_000, 53.0, 240}, {650_000, 97.9, 90},
            {800_000, 30.0, 45}, {1_200_000, 70.0, 300}, {500_000, 5.0, 0}};
        for (double[] o : orbits) {
            sats.addAll(Fleet.single("s" + sats.size(), OrbitSpec.circular(o[0], o[1], o[2], START), DATA));
        }
        return sats;
    }

    @Test
    void theReachSkipChangesNoStepsFlag() {
        List<Satellite> sats = fleet();
        for (double[] stepAndCount : new double[][] {{30, 2 * 2880}, {120, 3 * 720}}) {
            double stepS = stepAndCount[0];
            int steps = (int) stepAndCount[1];
            FleetStepGeometry geometry = new FleetStepGeometry(DATA, sats, START, stepS, steps, SaaRegion.standard());
            FleetStepGeometry.Cursor cursor = geometry.cursor();
            int inside = 0;
            int skipped = 0;
            for (int k = 0; k < sats.size(); k++) {
                for (int n = 0; n < steps; n++) {
                    FleetStepGeometry.Cursor c = cursor.moveTo(k, n);
                    boolean flag = c.inSaa();
                    assertThat(flag).as("satellite %d step %d at %s s", k, n, stepS).isEqualTo(c.inSaaWithoutReachSkip());
                    inside += flag ? 1 : 0;
                    skipped += c.skippedByReach(c.boundary()) ? 1 : 0;
                }
            }
            // not vacuous: the fleet enters the SAA, and the skip decides many boundaries
            assertThat(inside).as("steps inside at %s s", stepS).isGreaterThan(steps / 50);
            assertThat(skipped).as("boundaries skipped at %s s", stepS).isGreaterThan(sats.size() * steps / 10);
        }
    }
}
