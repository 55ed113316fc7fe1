package io.orbitdc.core.geometry.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.orekit.orbits.KeplerianAnomalyUtility;
import org.orekit.time.AbsoluteDate;

/**
 * Validation of the near-circular path (0 &lt; e &lt;= 1e-3: rotated epoch angles, Kepler's equation
 * by the series in the eccentricity vector, equinoctial node-frame position) against the classical
 * formulation it replaced: the same mean angles at t, Kepler's equation solved by Orekit's
 * iterative solver ({@link KeplerianAnomalyUtility#ellipticMeanToEccentric}), the perifocal
 * position rotated by omega, i and Omega with {@link StrictMath} sines and cosines.
 */
class NearCircularPathValidationTest {

    private final OfflineOrekit orekit = new OfflineOrekit();
    private final AbsoluteDate epoch = orekit.date(2026, 6, 1);

    @Test
    void nearCircularPositionsMatchTheNewtonSolutionToAMillimetreOverAYear() {
        // 600 satellites: two shells of 256 sharing a, e and i (so their blocks take the one-rotation
        // path) and 88 with their own elements, e from 1e-6 to 1e-3, 400-2,000 km. Tolerance 1 mm
        // (issue 16); the expected difference is rounding of angles that grow to 3.4e4 rad in a
        // year (an ulp of 7e-12 rad is 5e-5 m at 7,000 km), so the measured worst is printed.
        SplittableRandom rnd = new SplittableRandom(11);
        double re = EarthJ2.EARTH.equatorialRadiusM();
        int n = 600;
        FleetElements.Builder b = FleetElements.builder(n);
        double[][] shells = {{re + 550e3, 1e-4, 0.93}, {re + 1200e3, 1e-3, 1.70}};
        for (int k = 0; k < n; k++) {
            if (k < 512) {
                double[] s = shells[k / 256];
                b.add(s[0], s[1], s[2], rnd.nextDouble(0, 2 * Math.PI), rnd.nextDouble(0, 2 * Math.PI),
                        rnd.nextDouble(0, 2 * Math.PI));
            } else {
                addLeoOrbit(b, rnd, true);
            }
        }
        FleetElements fleet = b.build();
        BatchJ2Propagator p = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        FleetPositions out = new FleetPositions(n);
        double[] work = new double[BatchJ2Propagator.WORK];
        double worst = 0;
        for (double t = 0; t <= 365.25 * 86_400; t += 86_400 * 7.3 + 17) {
            p.propagate(t, out);
            for (int k = 0; k < n; k++) {
                double[] expected = newton(fleet, p, k, t);
                double dx = out.x()[k] - expected[0];
                double dy = out.y()[k] - expected[1];
                double dz = out.z()[k] - expected[2];
                worst = Math.max(worst, Math.sqrt(dx * dx + dy * dy + dz * dz));
                p.position(k, t, work);
                assertThat(new double[] {work[0], work[1], work[2]}).as("scalar path, satellite %d at %s s", k, t)
                        .containsExactly(out.x()[k], out.y()[k], out.z()[k]);
            }
        }
        System.out.printf("near-circular path vs Newton over a year: worst %.3g m%n", worst);
        assertThat(worst).isLessThan(1e-3);
    }

    @Test
    void circularPositionsMatchTheDirectSinesToAMillimetreOverAYear() {
        // circular orbits take the same rotation of the epoch's angles (u = omega + M and the
        // node): two Walker-like shells of 256 sharing their rates (one sine a block) and 88 with
        // their own; reference: a (cos u, sin u) rotated by i and Omega with StrictMath sines of the
        // angles themselves. Tolerance 1 mm as above; expected rounding of a year's 3.4e4 rad angles.
        SplittableRandom rnd = new SplittableRandom(13);
        double re = EarthJ2.EARTH.equatorialRadiusM();
        int n = 600;
        FleetElements.Builder b = FleetElements.builder(n);
        double[][] shells = {{re + 550e3, 0.93}, {re + 1200e3, 1.70}};
        for (int k = 0; k < n; k++) {
            if (k < 512) {
                double[] sh = shells[k / 256];
                b.add(sh[0], 0, sh[1], rnd.nextDouble(0, 2 * Math.PI), 0, rnd.nextDouble(0, 2 * Math.PI));
            } else {
                addLeoOrbit(b, rnd, false);
            }
        }
        FleetElements fleet = b.build();
        BatchJ2Propagator p = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        FleetPositions out = new FleetPositions(n);
        double worst = 0;
        for (double t = 0; t <= 365.25 * 86_400; t += 86_400 * 7.3 + 17) {
            p.propagate(t, out);
            for (int k = 0; k < n; k++) {
                double u = fleet.argumentOfPerigee(k) + fleet.meanAnomaly(k)
                        + (p.argumentOfPerigeeRate(k) + p.meanAnomalyRate(k)) * t;
                double node = fleet.raan(k) + p.raanRate(k) * t;
                double a = fleet.semiMajorAxisM(k);
                double xn = a * StrictMath.cos(u);
                double yn = a * StrictMath.sin(u);
                double i = fleet.inclination(k);
                double yi = yn * StrictMath.cos(i);
                double[] expected = {xn * StrictMath.cos(node) - yi * StrictMath.sin(node),
                    xn * StrictMath.sin(node) + yi * StrictMath.cos(node), yn * StrictMath.sin(i)};
                worst = Math.max(worst, distance(out.x()[k], out.y()[k], out.z()[k], expected));
            }
        }
        System.out.printf("circular path vs direct sines over a year: worst %.3g m%n", worst);
        assertThat(worst).isLessThan(1e-3);
    }

    @Test
    void runsRotatedFromOneExactStartStayWithinAMillimetreOfTheNewtonSolution() {
        // the event scan's time-major path: each run of 256 steps at 30 s takes the angles exactly
        // at its start and rotates them; runs start all over the year (angles up to 3.4e4 rad).
        // Tolerance 1 mm against the independent Newton route, as for the block path (issue 16);
        // against the exact-per-step path the bound is 2e-4 m: that path rounds rate x t, an angle of
        // up to 3.4e4 rad whose ulp (7e-12 rad) is 5e-5 m at 7,000 km, and the run rounds its start
        // and increments likewise; the rotation adds ~1e-13 rad a run. A wrong increment is metres off.
        SplittableRandom rnd = new SplittableRandom(12);
        double re = EarthJ2.EARTH.equatorialRadiusM();
        int n = 40;
        FleetElements.Builder b = FleetElements.builder(n + 1);
        for (int k = 0; k < n; k++) {
            addLeoOrbit(b, rnd, true);
        }
        b.add(re + 650e3, 0, 1.7, 0, 0, 0);
        BatchJ2Propagator p = new BatchJ2Propagator(b.build(), EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        FleetElements fleet = b.build();
        int run = 256;
        double step = 30;
        double[] x = new double[run];
        double[] y = new double[run];
        double[] z = new double[run];
        double[] oneX = new double[1];
        double[] oneY = new double[1];
        double[] oneZ = new double[1];
        double worstNewton = 0;
        double worstExact = 0;
        for (double t0 = 0; t0 <= 365.25 * 86_400; t0 += 86_400 * 9.1 + 30 * 977) {
            for (int k = 0; k < n; k++) {
                p.nearCircularRun(k, t0, step, run, x, y, z);
                for (int j = 0; j < run; j += 17) {
                    double t = t0 + j * step;
                    double[] expected = newton(fleet, p, k, t);
                    worstNewton = Math.max(worstNewton, distance(x[j], y[j], z[j], expected));
                    p.positions(t, k, k + 1, oneX, oneY, oneZ);
                    worstExact = Math.max(worstExact, distance(x[j], y[j], z[j], new double[] {oneX[0], oneY[0], oneZ[0]}));
                }
                assertThat(x[run - 1]).as("the run's last step is written").isNotZero();
            }
        }
        System.out.printf("near-circular runs vs Newton: worst %.3g m; vs exact per step: worst %.3g m%n", worstNewton,
                worstExact);
        assertThat(worstNewton).isLessThan(1e-3);
        assertThat(worstExact).isLessThan(2e-4);
        assertThat(p.nearCircular(0, n)).isTrue();
        assertThat(p.nearCircular(0, n + 1)).isFalse();
        assertThatThrownBy(() -> p.nearCircularRun(n, 0, step, run, x, y, z))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e = 0.0");
    }

    private static double distance(double x, double y, double z, double[] p) {
        double dx = x - p[0];
        double dy = y - p[1];
        double dz = z - p[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * A satellite with its own elements: 400–2,000 km, any inclination, angles beyond 2π (the
     * reduction is exercised), e from 1e-6 to 1e-3 or circular. Draws in argument order, so a
     * seed gives the fleet it always gave.
     */
    private static void addLeoOrbit(FleetElements.Builder b, SplittableRandom rnd, boolean eccentric) {
        double a = EarthJ2.EARTH.equatorialRadiusM() + rnd.nextDouble(400e3, 2000e3);
        double e = eccentric ? Math.pow(10, rnd.nextDouble(-6, -3)) : 0;
        b.add(a, e, rnd.nextDouble(0, Math.PI), rnd.nextDouble(-7, 7), rnd.nextDouble(-7, 7), rnd.nextDouble(-20, 20));
    }

    /** Position of satellite k at t by the classical route (independent Kepler solver, no series, no rotation). */
    private static double[] newton(FleetElements f, BatchJ2Propagator p, int k, double t) {
        double a = f.semiMajorAxisM(k);
        double e = f.eccentricity(k);
        double m = f.meanAnomaly(k) + p.meanAnomalyRate(k) * t;
        double w = f.argumentOfPerigee(k) + p.argumentOfPerigeeRate(k) * t;
        double node = f.raan(k) + p.raanRate(k) * t;
        double bigE = KeplerianAnomalyUtility.ellipticMeanToEccentric(e, m);
        double xp = a * (StrictMath.cos(bigE) - e);
        double yp = a * Math.sqrt(1 - e * e) * StrictMath.sin(bigE);
        double xn = xp * StrictMath.cos(w) - yp * StrictMath.sin(w);
        double yn = xp * StrictMath.sin(w) + yp * StrictMath.cos(w);
        double i = f.inclination(k);
        double yi = yn * StrictMath.cos(i);
        return new double[] {xn * StrictMath.cos(node) - yi * StrictMath.sin(node),
            xn * StrictMath.sin(node) + yi * StrictMath.cos(node), yn * StrictMath.sin(i)};
    }
}
