package io.orbitdc.core.geometry;

import io.orbitdc.core.orbit.Earth;
import org.orekit.attitudes.AttitudeProvider;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.AbstractAnalyticalPropagator;
import org.orekit.time.AbsoluteDate;

/**
 * Fast analytical propagator with the first-order secular J2 rates only: a, e, i constant;
 * Ω, ω and the mean anomaly M advance linearly (Ω̇ = −1.5 n J2 (Re/p)² cos i,
 * ω̇ = 0.75 n J2 (Re/p)² (5cos²i − 1), Ṁ = n [1 + 0.75 J2 (Re/p)² √(1−e²)(3cos²i − 1)]).
 * Works in circular parameters (eccentricity vector and mean argument of latitude), so it is
 * regular at e = 0. The initial orbit is taken as J2 mean elements; short-period terms (~10 km
 * in LEO) are ignored, which moves event times by about a second. The Orekit-compatible
 * counterpart of the batch structure-of-arrays propagator.
 * Validity: near-circular orbits, any inclination; no drag, no third bodies. ref: vallado-2013 §9.6
 */
public final class J2SecularPropagator extends AbstractAnalyticalPropagator {

    private CircularOrbit initial;
    private double mass;
    private double raanRate;
    private double argPerigeeRate;
    private double meanMotion;

    /** Mean initial orbit, mass 1000 kg, attitude aligned with the orbit's frame. */
    public J2SecularPropagator(Orbit meanOrbit) {
        this(meanOrbit, FrameAlignedProvider.of(meanOrbit.getFrame()), 1000.0);
    }

    public J2SecularPropagator(Orbit meanOrbit, AttitudeProvider attitude, double massKg) {
        super(attitude);
        if (!meanOrbit.getFrame().isPseudoInertial()) {
            throw new IllegalArgumentException("J2 secular propagation needs an inertial frame; got " + meanOrbit.getFrame());
        }
        setup(meanOrbit, massKg);
        super.resetInitialState(new SpacecraftState(initial, attitude.getAttitude(initial, initial.getDate(),
                initial.getFrame()), massKg));
    }

    private void setup(Orbit orbit, double massKg) {
        this.initial = (CircularOrbit) OrbitType.CIRCULAR.convertType(orbit);
        this.mass = massKg;
        double a = initial.getA();
        double e2 = initial.getCircularEx() * initial.getCircularEx() + initial.getCircularEy() * initial.getCircularEy();
        if (a * (1.0 - Math.sqrt(e2)) <= Earth.EQUATORIAL_RADIUS_M) {
            throw new IllegalArgumentException("orbit perigee below the Earth's surface (a = " + a + " m, e = " + Math.sqrt(e2) + ")");
        }
        double n = Math.sqrt(initial.getMu() / (a * a * a));
        double p = a * (1.0 - e2);
        double k = Earth.J2 * (Earth.EQUATORIAL_RADIUS_M / p) * (Earth.EQUATORIAL_RADIUS_M / p);
        double cosI = Math.cos(initial.getI());
        this.raanRate = -1.5 * n * k * cosI;
        this.argPerigeeRate = 0.75 * n * k * (5.0 * cosI * cosI - 1.0);
        this.meanMotion = n * (1.0 + 0.75 * k * Math.sqrt(1.0 - e2) * (3.0 * cosI * cosI - 1.0));
    }

    /** Secular RAAN rate, rad/s. */
    public double raanRateRadPerS() {
        return raanRate;
    }

    /** Perturbed mean motion (dM/dt), rad/s. */
    public double meanMotionRadPerS() {
        return meanMotion;
    }

    @Override
    public Orbit propagateOrbit(AbsoluteDate date) {
        double dt = date.durationFrom(initial.getDate());
        double dw = argPerigeeRate * dt;
        double c = Math.cos(dw);
        double s = Math.sin(dw);
        double ex = initial.getCircularEx() * c - initial.getCircularEy() * s;
        double ey = initial.getCircularEx() * s + initial.getCircularEy() * c;
        double alphaM = initial.getAlphaM() + (argPerigeeRate + meanMotion) * dt;
        double raan = initial.getRightAscensionOfAscendingNode() + raanRate * dt;
        return new CircularOrbit(initial.getA(), ex, ey, initial.getI(), raan, alphaM, PositionAngleType.MEAN,
                initial.getFrame(), date, initial.getMu());
    }

    @Override
    protected double getMass(AbsoluteDate date) {
        return mass;
    }

    @Override
    public void resetInitialState(SpacecraftState state) {
        super.resetInitialState(state);
        setup(state.getOrbit(), state.getMass());
    }

    @Override
    protected void resetIntermediateState(SpacecraftState state, boolean forward) {
        setup(state.getOrbit(), state.getMass());
    }
}
