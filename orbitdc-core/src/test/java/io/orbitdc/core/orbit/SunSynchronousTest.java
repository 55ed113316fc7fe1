package io.orbitdc.core.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.InputException;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.forces.gravity.potential.TideSystem;
import org.orekit.frames.Frame;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.BrouwerLyddanePropagator;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.NodeDetector;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SunSynchronousTest {

    private static final double DAY_S = 86_400.0;

    @ParameterizedTest(name = "{0} km, e = {1}")
    @CsvSource({"650, 0.0", "650, 0.003", "500, 0.0", "1200, 0.001"})
    void anOrbitAtTheSunSynchronousInclinationDriftsItsNodeAtTheSunsMeanMotionUnderOrekitJ2Dynamics(
            double altitudeKm, double e) {
        // independent path: Orekit's numerical propagator with J2 as the only perturbation, started
        // from the osculating state Orekit's Brouwer-Lyddane theory gives for our mean elements; the
        // node is read at each ascending-node crossing (same argument of latitude, so the
        // short-period terms cancel) over 10 days. Measured 0.9992 (500-1,200 km, e 0-0.003).
        // Tolerance 0.2 %: the first-order condition leaves out the J2² terms of the node rate, which
        // Brouwer's mean-to-osculating start and the numerical J2 dynamics carry, of order J2 ≈ 0.1 %.
        double a = Earth.semiMajorAxisM(altitudeKm * 1e3);
        double inclination = SunSynchronous.inclinationRad(a, e);
        double rate = measuredNodeRateRadPerS(a, e, inclination, 10 * DAY_S);
        assertThat(rate / Earth.SUN_MEAN_MOTION_RAD_PER_S).isCloseTo(1.0, within(2e-3));
    }

    @Test
    void theInclinationAt650KmIsTheHandCalculatedValue() {
        // hand calculation (vallado-2013 §9.6), EIGEN-5C μ = 3.986004415e14, R = 6,378,136.46 m,
        // J2 = 1.0826265e-3: a = 7,028,136.46 m, a^3.5 = 9.2032e23, Ω̇☉ = 2π/(365.2422·86400) = 1.99106e-7 rad/s,
        // cos i = −(2/3)·1.99106e-7·9.2032e23 / (1.0826265e-3·R²·√μ) = −0.138931 → i = 97.986°.
        // Tolerance 0.001°: the 5-digit rounding of the intermediate values above.
        assertThat(Math.toDegrees(SunSynchronous.circularInclinationRad(650e3))).isCloseTo(97.986, within(0.001));
    }

    @Test
    void theInclinationMatchesTheSmadTable() {
        // ref: wertz-larson-1999 (SMAD) SSO inclination table: 500 km → 97.4°, 800 km → 98.6°;
        // tolerance 0.05°, the table's one decimal
        assertThat(Math.toDegrees(SunSynchronous.circularInclinationRad(500e3))).isCloseTo(97.4, within(0.05));
        assertThat(Math.toDegrees(SunSynchronous.circularInclinationRad(800e3))).isCloseTo(98.6, within(0.05));
    }

    @Test
    void eccentricityEntersThroughTheSemiLatusRectum() {
        // property of the condition: cos i ∝ (1 − e²)² at fixed a (p = a(1 − e²), vallado-2013 §9.6)
        double a = Earth.semiMajorAxisM(650e3);
        double ratio = Math.cos(SunSynchronous.inclinationRad(a, 0.05)) / Math.cos(SunSynchronous.inclinationRad(a, 0.0));
        assertThat(ratio).isCloseTo(Math.pow(1 - 0.05 * 0.05, 2), within(1e-12));
    }

    @Test
    void aboveAbout5970KmNoSunSynchronousInclinationExists() {
        assertThatThrownBy(() -> SunSynchronous.circularInclinationRad(6_500e3)).isInstanceOf(InputException.class)
                .hasMessageContaining("no sun-synchronous orbit");
        assertThat(SunSynchronous.circularInclinationRad(5_900e3)).isLessThanOrEqualTo(Math.PI);
    }

    @Test
    void aDawnDuskNodeIsNinetyDegreesEastOfTheSun() {
        assertThat(SunSynchronous.raanForLtanRad(18.0, 1.0)).isCloseTo(1.0 + Math.PI / 2, within(1e-12));
        assertThat(SunSynchronous.raanForLtanRad(12.0, 1.0)).isCloseTo(1.0, within(1e-12));
        assertThat(SunSynchronous.raanForLtanRad(6.0, 0.0)).isCloseTo(1.5 * Math.PI, within(1e-12));
        assertThat(SunSynchronous.ltanHours(SunSynchronous.raanForLtanRad(22.5, 4.0), 4.0)).isCloseTo(22.5, within(1e-9));
    }

    /** Mean node rate (rad/s) from ascending-node crossings of an Orekit J2-only numerical orbit. */
    private static double measuredNodeRateRadPerS(double a, double e, double i, double spanS) {
        LazyLoadedDataContext context = new LazyLoadedDataContext();
        Frame frame = context.getFrames().getEME2000();
        AbsoluteDate epoch = AbsoluteDate.J2000_EPOCH;
        KeplerianOrbit mean = new KeplerianOrbit(a, e, i, Math.PI / 2, 0.3, -Math.PI / 2, PositionAngleType.MEAN,
                frame, epoch, Earth.MU);
        double[][] c = new double[6][];
        double[][] s = new double[6][];
        for (int n = 0; n <= 5; n++) {
            c[n] = new double[n + 1];
            s[n] = new double[n + 1];
        }
        c[0][0] = 1;
        c[2][0] = Earth.C20;
        FrameAlignedProvider attitude = new FrameAlignedProvider(frame);
        SpacecraftState osculating = new BrouwerLyddanePropagator(mean, attitude, 1000.0,
                GravityFieldFactory.getUnnormalizedProvider(Earth.EQUATORIAL_RADIUS_M, Earth.MU, TideSystem.UNKNOWN, c, s),
                PropagationType.MEAN, 0.0).propagate(epoch);
        CartesianOrbit start = new CartesianOrbit(osculating.getPVCoordinates(), frame, epoch, Earth.MU);
        NumericalPropagator numerical = new NumericalPropagator(new DormandPrince853Integrator(1e-3, 300, 1e-6, 1e-12));
        numerical.setOrbitType(OrbitType.CARTESIAN);
        numerical.setAttitudeProvider(attitude);
        numerical.addForceModel(new J2OnlyPerturbation(Earth.MU, Earth.EQUATORIAL_RADIUS_M, Earth.J2, frame));
        numerical.setInitialState(new SpacecraftState(start, attitude.getAttitude(start, epoch, frame)));
        EventsLogger logger = new EventsLogger();
        numerical.addEventDetector(logger.monitorDetector(new NodeDetector(start, frame)
                .withThreshold(1e-6).withHandler(new ContinueOnEvent())));
        numerical.propagate(epoch.shiftedBy(spanS));
        List<double[]> ascending = new ArrayList<>();
        for (EventsLogger.LoggedEvent ev : logger.getLoggedEvents()) {
            if (ev.isIncreasing()) {
                KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(ev.getState().getOrbit());
                ascending.add(new double[] {ev.getState().getDate().durationFrom(epoch), k.getRightAscensionOfAscendingNode()});
            }
        }
        double[] first = ascending.get(0);
        double[] last = ascending.get(ascending.size() - 1);
        double dRaan = last[1] - first[1];
        dRaan -= 2 * Math.PI * Math.floor((dRaan + Math.PI) / (2 * Math.PI));
        return dRaan / (last[0] - first[0]);
    }
}
