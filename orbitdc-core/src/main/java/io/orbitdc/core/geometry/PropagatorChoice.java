package io.orbitdc.core.geometry;

import io.orbitdc.core.orbit.Earth;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.orekit.attitudes.AttitudeProvider;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.forces.drag.DragForce;
import org.orekit.forces.drag.IsotropicDrag;
import org.orekit.forces.gravity.HolmesFeatherstoneAttractionModel;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.forces.radiation.IsotropicRadiationSingleCoefficient;
import org.orekit.forces.radiation.SolarRadiationPressure;
import org.orekit.models.earth.atmosphere.HarrisPriester;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.BrouwerLyddanePropagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.numerical.NumericalPropagator;

/**
 * Which propagator turns a satellite's initial orbit into a trajectory. Spec-built orbits are
 * J2 <em>mean</em> elements; the osculating-state models (numerical) start from the osculating
 * state that Eckstein–Hechler (J2 only) derives from those mean elements, so all models describe
 * the same physical orbit. TLE satellites always use SGP4 whatever is chosen, because a TLE's
 * elements are only meaningful to SGP4.
 */
public enum PropagatorChoice {
    /** Own first-order secular-J2 analytical model ({@link J2SecularPropagator}); default for big fleets. */
    J2_SECULAR,
    /** Orekit KeplerianPropagator (two-body; no J2) — for comparison only. */
    KEPLERIAN,
    /** Orekit Eckstein–Hechler (zonal J2–J6, near-circular). ref: orekit-13 */
    ECKSTEIN_HECHLER,
    /** Orekit Brouwer–Lyddane (zonal J2–J5, mean-element start, no drag term). ref: orekit-13 */
    BROUWER_LYDDANE,
    /** Orekit SGP4/SDP4 for TLE satellites. */
    SGP4,
    /** Orekit NumericalPropagator, DP853, J2 field only (the validation oracle). */
    NUMERICAL_J2,
    /**
     * Orekit NumericalPropagator, DP853, zonal J2–J6 (Holmes–Featherstone on a file-free EIGEN-5C
     * zonal field) + Harris–Priester drag + solar pressure with conical shadow.
     */
    NUMERICAL_HIGH_FIDELITY;

    /** Builds the propagator for one satellite. */
    public Propagator build(Satellite sat, SpacecraftBody body, OrekitDataSetup data) {
        if (sat.tle().isPresent()) {
            return TleFleet.propagator(sat.tle().get(), data);
        }
        Orbit orbit = sat.orbit();
        AttitudeProvider attitude = FrameAlignedProvider.of(orbit.getFrame());
        double mass = body.massKg();
        switch (this) {
            case J2_SECULAR:
                return new J2SecularPropagator(orbit, attitude, mass);
            case KEPLERIAN:
                return new KeplerianPropagator(orbit, attitude, orbit.getMu(), mass);
            case ECKSTEIN_HECHLER:
                return new EcksteinHechlerPropagator(orbit, attitude, mass, Earth.EQUATORIAL_RADIUS_M, Earth.MU,
                        Earth.C20, Earth.C30, Earth.C40, Earth.C50, Earth.C60,
                        PropagationType.MEAN);
            case BROUWER_LYDDANE:
                return new BrouwerLyddanePropagator(orbit, attitude, mass, Earth.EQUATORIAL_RADIUS_M, Earth.MU,
                        Earth.C20, Earth.C30, Earth.C40, Earth.C50, PropagationType.MEAN, 0.0);
            case SGP4:
                throw new IllegalArgumentException("satellite " + sat.id() + " has no TLE; SGP4 needs a TLE/OMM fleet");
            case NUMERICAL_J2:
            case NUMERICAL_HIGH_FIDELITY:
                return numerical(sat, body, data, this == NUMERICAL_HIGH_FIDELITY);
            default:
                throw new IllegalStateException("unhandled propagator " + this);
        }
    }

    /** Osculating orbit matching J2 mean elements (Eckstein–Hechler J2-only mean→osculating). */
    public static Orbit osculatingFromMean(Orbit meanOrbit) {
        EcksteinHechlerPropagator eh = new EcksteinHechlerPropagator(meanOrbit,
                FrameAlignedProvider.of(meanOrbit.getFrame()), 1000.0, Earth.EQUATORIAL_RADIUS_M, Earth.MU,
                Earth.C20, 0.0, 0.0, 0.0, 0.0, PropagationType.MEAN);
        return eh.propagate(meanOrbit.getDate()).getOrbit();
    }

    private static Propagator numerical(Satellite sat, SpacecraftBody body, OrekitDataSetup data, boolean full) {
        Orbit osc = osculatingFromMean(sat.orbit());
        double[][] tol = NumericalPropagator.tolerances(0.01, osc, OrbitType.CARTESIAN);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-3, 300.0, tol[0], tol[1]);
        NumericalPropagator np = new NumericalPropagator(integrator, FrameAlignedProvider.of(osc.getFrame()));
        np.setOrbitType(OrbitType.CARTESIAN);
        np.setPositionAngleType(PositionAngleType.TRUE);
        if (full) {
            // Zonal J2–J6 field built from constants (no gravity file). ref: eigen-5c
            np.addForceModel(new HolmesFeatherstoneAttractionModel(data.earth().getBodyFrame(),
                    GravityFieldFactory.getNormalizedProvider(new ZonalGravityField(osc.getDate()))));
            // Harris–Priester: mean-activity diurnal density model, needs only the Sun. ref: montenbruck-gill-2000
            np.addForceModel(new DragForce(new HarrisPriester(data.sun(), data.earth()),
                    new IsotropicDrag(body.dragAreaM2(), body.dragCoefficient())));
            np.addForceModel(new SolarRadiationPressure(data.sun(), data.earth(),
                    new IsotropicRadiationSingleCoefficient(body.srpAreaM2(), body.reflectivityCoefficient())));
        } else {
            // J2 only, EIGEN-5C coefficient, applied in the Earth-fixed frame: the validation oracle. ref: eigen-5c
            np.addForceModel(new J2OnlyPerturbation(Earth.MU, Earth.EQUATORIAL_RADIUS_M, Earth.J2,
                    data.earth().getBodyFrame()));
        }
        np.setInitialState(new SpacecraftState(osc).withMass(body.massKg()));
        return np;
    }
}
