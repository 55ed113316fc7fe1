package io.orbitdc.core.geometry.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

class BatchJ2PropagatorTest {

    private final OfflineOrekit orekit = new OfflineOrekit();
    private final AbsoluteDate epoch = orekit.date(2026, 6, 1);

    static FleetElements randomFleet(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        FleetElements.Builder b = FleetElements.builder(n);
        double re = EarthJ2.EARTH.equatorialRadiusM();
        for (int k = 0; k < n; k++) {
            double e = rnd.nextInt(4) == 0 ? rnd.nextDouble(0, 0.5) : rnd.nextDouble(0, 0.01);
            double a = (re + rnd.nextDouble(300e3, 2000e3)) / (1 - e);
            b.add(a, e, rnd.nextDouble(0, Math.PI), rnd.nextDouble(-7, 7), rnd.nextDouble(-7, 7), rnd.nextDouble(-20, 20));
        }
        return b.build();
    }

    @Test
    void resultsAreBitIdenticalForOneTwoAndThreeThreads() {
        // 10,001 satellites span ten parallel blocks of 1,024, the last one partial.
        FleetElements fleet = randomFleet(10_001, 42);
        FleetPositions[] outs = new FleetPositions[3];
        for (int threads = 1; threads <= 3; threads++) {
            try (FleetWorkers workers = new FleetWorkers(threads)) {
                BatchJ2Propagator p = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                        ShadowModel.CONICAL, workers);
                FleetPositions out = new FleetPositions(fleet.size());
                for (double t = 0; t <= 86_400; t += 3_600) {
                    p.propagate(t, out); // the last step (t = 86,400 s) is compared
                }
                outs[threads - 1] = out;
            }
        }
        for (int k = 1; k < 3; k++) {
            assertThat(outs[k].x()).isEqualTo(outs[0].x());
            assertThat(outs[k].y()).isEqualTo(outs[0].y());
            assertThat(outs[k].z()).isEqualTo(outs[0].z());
            assertThat(outs[k].shadow()).isEqualTo(outs[0].shadow());
        }
        // and the fleet really has satellites in each state, so the flags were exercised
        assertThat(outs[0].shadow()).contains(FleetPositions.SUNLIT, FleetPositions.PENUMBRA, FleetPositions.UMBRA);
    }

    @Test
    void vectorisedBlockPathGivesTheScalarPathsBits() {
        // Regression: propagate() and positions() run whole blocks of circular or near-circular
        // satellites through SinCosBlock; the answer must be bit for bit that of position(), the
        // scalar path (same expressions, same order). Blocks: 1,500 circular, 1,500 with
        // 0 < e <= 1e-3, then a mixed tail that stays scalar; angles up to a year (1.1e-3 rad/s).
        SplittableRandom rnd = new SplittableRandom(7);
        double re = EarthJ2.EARTH.equatorialRadiusM();
        int n = 3_500;
        FleetElements.Builder b = FleetElements.builder(n);
        for (int k = 0; k < n; k++) {
            double e = k < 1_500 ? 0 : k < 3_000 ? rnd.nextDouble(1e-6, 1e-3) : rnd.nextDouble(0, 0.2);
            b.add(re + rnd.nextDouble(300e3, 2000e3), e, rnd.nextDouble(0, Math.PI), rnd.nextDouble(-7, 7),
                    rnd.nextDouble(-7, 7), rnd.nextDouble(-20, 20));
        }
        BatchJ2Propagator p = new BatchJ2Propagator(b.build(), EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        FleetPositions out = new FleetPositions(n);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] work = new double[BatchJ2Propagator.WORK];
        for (double t : new double[] {0, 30, 5_400.5, 86_400, -3_600, 31_557_600}) {
            p.propagate(t, out);
            p.positions(t, 1, n, x, y, z);
            for (int k = 0; k < n; k++) {
                p.position(k, t, work);
                assertThat(new double[] {out.x()[k], out.y()[k], out.z()[k]}).as("satellite %d at t = %s", k, t)
                        .containsExactly(work[0], work[1], work[2]);
                if (k >= 1) {
                    assertThat(new double[] {x[k - 1], y[k - 1], z[k - 1]}).containsExactly(work[0], work[1], work[2]);
                }
            }
        }
    }

    @Test
    void sunSynchronousNodeRateMatchesPublishedInclination() {
        // Published: an 800 km circular sun-synchronous orbit has i = 98.6 deg; the node must then
        // advance 360 deg per tropical year (0.9856 deg/day). ref: wertz-larson-1999 (SMAD, sun-synchronous orbits).
        // Tolerance 1 % of the rate, about the rounding of the published 98.6 deg.
        double re = EarthJ2.EARTH.equatorialRadiusM();
        FleetElements fleet = FleetElements.builder(1).add(re + 800e3, 0, Math.toRadians(98.6), 0, 0, 0).build();
        BatchJ2Propagator p = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        double degPerDay = Math.toDegrees(p.raanRate(0)) * 86_400;
        assertThat(degPerDay).isCloseTo(360 / 365.2422, within(0.01 * 0.9856));
    }

    @Test
    void orbitRadiusFollowsTheKeplerEllipseAndIsBackAfterOneAnomalisticPeriod() {
        // Secular theory keeps a and e: radius stays in [a(1-e), a(1+e)] (to 1e-6 relative) and,
        // after one anomalistic period 2 pi / (dM/dt), the radius repeats to 1 mm.
        double re = EarthJ2.EARTH.equatorialRadiusM();
        double a = re + 1000e3;
        double e = 0.05;
        FleetElements fleet = FleetElements.builder(1).add(a, e, 1.0, 0.3, 0.2, 0.1).build();
        BatchJ2Propagator p = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        FleetPositions out = new FleetPositions(1);
        double period = 2 * Math.PI / p.meanAnomalyRate(0);
        for (double t = 0; t < 2 * period; t += 10) {
            p.propagate(t, out);
            double r = Math.sqrt(out.x()[0] * out.x()[0] + out.y()[0] * out.y()[0] + out.z()[0] * out.z()[0]);
            assertThat(r).isBetween(a * (1 - e) * (1 - 1e-6), a * (1 + e) * (1 + 1e-6));
            FleetPositions later = new FleetPositions(1);
            p.propagate(t + period, later);
            double r2 = Math.sqrt(later.x()[0] * later.x()[0] + later.y()[0] * later.y()[0] + later.z()[0] * later.z()[0]);
            assertThat(r2).isCloseTo(r, within(1e-3));
        }
    }

    @Test
    void trackingOneSatelliteByRotationMatchesPropagatingEveryStepToAMillimetre() {
        // circular and eccentric (up to e = 0.5) orbits; 65 steps of 30 s, 10 days after the epoch.
        // The rotated angles drift by ~1e-16 rad a step: 65 steps at a ~1e7 m radius stay far below 1 mm.
        FleetElements fleet = randomFleet(200, 7);
        BatchJ2Propagator p = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        FleetPositions out = new FleetPositions(fleet.size());
        double t0 = 10 * 86_400;
        double[] x = new double[65];
        double[] y = new double[65];
        double[] z = new double[65];
        double[] work = new double[BatchJ2Propagator.WORK];
        for (int k = 0; k < fleet.size(); k++) {
            p.track(k, t0, 30, 65, x, y, z);
            for (int j = 0; j < 65; j += 16) {
                p.propagate(t0 + 30 * j, out);
                assertThat(x[j]).isCloseTo(out.x()[k], within(1e-3));
                assertThat(y[j]).isCloseTo(out.y()[k], within(1e-3));
                assertThat(z[j]).isCloseTo(out.z()[k], within(1e-3));
                p.position(k, t0 + 30 * j, work);
                assertThat(work[0]).isEqualTo(out.x()[k]);
            }
        }
    }

    @Test
    void rejectsBadInputWithClearMessages() {
        FleetElements.Builder b = FleetElements.builder(2).add(7e6, 0, 1, 0, 0, 0);
        assertThatThrownBy(() -> b.add(7e6, 1.2, 1, 0, 0, 0))
                .hasMessageContaining("satellite 1").hasMessageContaining("eccentricity").hasMessageContaining("1.2");
        assertThatThrownBy(() -> b.add(-1, 0, 1, 0, 0, 0)).hasMessageContaining("semi-major axis");
        assertThatThrownBy(() -> b.add(7e6, 0, 4, 0, 0, 0)).hasMessageContaining("inclination");
        assertThatThrownBy(() -> b.add(7e6, 0, 1, Double.NaN, 0, 0)).hasMessageContaining("finite");
        FleetElements fleet = b.build();
        BatchJ2Propagator p = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, orekit.eme2000, orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential());
        assertThatThrownBy(() -> p.propagate(0, new FleetPositions(3)))
                .hasMessageContaining("3 satellites").hasMessageContaining("fleet has 1");
        assertThatThrownBy(() -> p.propagate(Double.NaN, new FleetPositions(1))).hasMessageContaining("finite");
        assertThatThrownBy(() -> new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch,
                orekit.context.getFrames().getITRF(org.orekit.utils.IERSConventions.IERS_2010, true), orekit.sun,
                ShadowModel.CONICAL, FleetWorkers.sequential())).hasMessageContaining("inertial");
        assertThatThrownBy(() -> new EarthJ2(-1, 6e6, 1e-3)).hasMessageContaining("mu");
        assertThatThrownBy(() -> new FleetWorkers(0)).hasMessageContaining(">= 1");
    }
}
