package io.orbitdc.core.geometry.batch;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.forces.gravity.potential.TideSystem;
import org.orekit.forces.gravity.potential.UnnormalizedSphericalHarmonicsProvider;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.BrouwerLyddanePropagator;
import org.orekit.propagation.events.CylindricalShadowEclipseDetector;
import org.orekit.propagation.events.EclipseDetector;
import org.orekit.propagation.events.EventDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

/**
 * Orekit truth for one satellite: mean elements are turned into an osculating state with
 * Orekit's Brouwer-Lyddane theory (J2 only), then integrated with a numerical propagator whose
 * only perturbation is J2, with eclipse detectors from Orekit on the same orbit.
 */
final class OrekitJ2Reference {

    private final NumericalPropagator numerical;
    private final List<EventDetector> detectors = new ArrayList<>();
    private final List<EventsLogger> loggers = new ArrayList<>();
    private final AbsoluteDate epoch;

    OrekitJ2Reference(OfflineOrekit orekit, EarthJ2 earth, AbsoluteDate epoch,
                      double a, double e, double i, double raan, double argp, double m) {
        this.epoch = epoch;
        KeplerianOrbit mean = new KeplerianOrbit(a, e, i, argp, raan, m, PositionAngleType.MEAN,
                orekit.eme2000, epoch, earth.muM3PerS2());
        double[][] c = new double[6][];
        double[][] s = new double[6][];
        for (int n = 0; n <= 5; n++) {
            c[n] = new double[n + 1];
            s[n] = new double[n + 1];
        }
        c[0][0] = 1;
        c[2][0] = -earth.j2();
        UnnormalizedSphericalHarmonicsProvider field = GravityFieldFactory.getUnnormalizedProvider(
                earth.equatorialRadiusM(), earth.muM3PerS2(), TideSystem.UNKNOWN, c, s);
        FrameAlignedProvider attitude = new FrameAlignedProvider(orekit.eme2000);
        BrouwerLyddanePropagator brouwer = new BrouwerLyddanePropagator(mean, attitude, 1000.0, field,
                PropagationType.MEAN, 0.0);
        SpacecraftState osculating = brouwer.propagate(epoch);
        CartesianOrbit start = new CartesianOrbit(osculating.getPVCoordinates(), orekit.eme2000, epoch,
                earth.muM3PerS2());
        numerical = new NumericalPropagator(new DormandPrince853Integrator(1e-3, 300, 1e-6, 1e-13));
        numerical.setOrbitType(OrbitType.CARTESIAN);
        numerical.setAttitudeProvider(attitude);
        numerical.addForceModel(new J2OnlyPerturbation(earth.muM3PerS2(), earth.equatorialRadiusM(), earth.j2(),
                orekit.eme2000));
        numerical.setInitialState(new SpacecraftState(start, attitude.getAttitude(start, epoch, orekit.eme2000)));
        OneAxisEllipsoid sphere = new OneAxisEllipsoid(earth.equatorialRadiusM(), 0.0, orekit.eme2000);
        detectors.add(new EclipseDetector(orekit.sun, Constants.SUN_RADIUS, sphere).withUmbra()
                .withMaxCheck(30).withThreshold(1e-4).withHandler(new ContinueOnEvent()));
        detectors.add(new EclipseDetector(orekit.sun, Constants.SUN_RADIUS, sphere).withPenumbra()
                .withMaxCheck(30).withThreshold(1e-4).withHandler(new ContinueOnEvent()));
        detectors.add(new CylindricalShadowEclipseDetector(orekit.sun, earth.equatorialRadiusM(), new ContinueOnEvent())
                .withMaxCheck(30).withThreshold(1e-4));
        for (EventDetector d : detectors) {
            EventsLogger logger = new EventsLogger();
            loggers.add(logger);
            numerical.addEventDetector(logger.monitorDetector(d));
        }
    }

    /** Position (m) at t seconds after the epoch; call with increasing t. */
    Vector3D position(double t) {
        return numerical.propagate(epoch.shiftedBy(t)).getPosition();
    }

    /** Event times (s after epoch) of detector 0 = conical umbra, 1 = penumbra, 2 = cylinder. */
    List<Double> eventTimes(int detector) {
        List<Double> times = new ArrayList<>();
        for (EventsLogger.LoggedEvent ev : loggers.get(detector).getLoggedEvents()) {
            times.add(ev.getDate().durationFrom(epoch));
        }
        return times;
    }
}
