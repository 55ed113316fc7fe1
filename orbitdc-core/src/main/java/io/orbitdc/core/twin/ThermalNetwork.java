package io.orbitdc.core.twin;

import io.orbitdc.core.sizing.SpaceEnvironment;
import java.util.Objects;

/**
 * Three-node lumped thermal network die → cold plate → radiator → space, integrated with
 * backward (implicit) Euler:
 * <pre>
 * C_d·(T_d' − T_d)/Δt = Q_d − G₁·(T_d' − T_p')
 * C_p·(T_p' − T_p)/Δt = Q_p + G₁·(T_d' − T_p') − G₂·(T_p' − T_r')
 * C_r·(T_r' − T_r)/Δt = Q_r + G₂·(T_p' − T_r') + A·q_abs − A·n·ε·σ·(T_r'⁴ − T_sink⁴)
 * </pre>
 * The served compute power P splits as Q_d = s·P into the dies and Q_r = (1 − s)·P at the
 * radiator (the IT overhead, cooled in parallel loop branches: {@link ThermalNetworkSpec}); at
 * steady state the radiator rejects P + Q_p, and T_d − T_r = Q_d/G₁ + (Q_d + Q_p)/G₂, which per
 * unit is the sizing's R·P_unit (see docs/models/twin-thermal.md, "one model, two fidelities").
 * Why implicit: the die node's time constant C_d/G₁ is seconds while steps are tens of seconds,
 * so explicit Euler would oscillate or diverge unless sub-stepped hundreds of times. Backward
 * Euler is unconditionally stable and keeps the network's order (hotter input or smaller radiator
 * never gives a cooler die). The two linear nodes are eliminated exactly; the radiator's
 * equation c·T + k·T⁴ = R (c, k > 0) has one root, found by Newton from the last step's radiator
 * temperature (g(T) = c·T + k·T⁴ − R is convex and increasing, so from above the root Newton falls
 * monotonically onto it and from below its first step lands above it): a step moves the radiator
 * by a fraction of a kelvin, so three iterations reach the 1e-13 relative tolerance where a start
 * from the upper bound min(R/c, (R/k)^¼) took five or six; the two roots differ by rounding
 * (ThermalNetworkTest bounds it over a year of steps). Energy is conserved per step: ΣC·ΔT = Δt·(Q_d + Q_p + Q_r + A·q_abs − radiated).
 * ref: gilmore-2002 ch. 2 (radiator loads); net emission as in the sizing Radiator model
 *
 * <p>Validity: lumped nodes (no gradient along the radiator, fin efficiency 1), constant
 * properties, first-order accurate in time (use steps short against C_r/(4·k·T³), minutes for
 * typical panels, when transients matter). Mutable, one per satellite.
 */
public final class ThermalNetwork {
    private static final int MAX_NEWTON_ITERATIONS = 200;
    /** A warm start whose first Newton correction is within this many ulps (rounding of g) is kept as the root. */
    private static final double HELD_ULPS = 4.0;
    private final ThermalNetworkSpec spec;
    private final double radiativeConductance;
    private final double sinkFourth;
    private final ThermalNetworkSpec.AbsorbedFlux absorbed;
    private double dieK;
    private double plateK;
    private double radiatorK;
    private double radiatedW;
    // The last step's inputs and the state it started from: a step whose inputs and starting
    // state equal them bit for bit ends in the same state (the step is a pure function of
    // both), so it is skipped. In a steady state (constant load, full sun) the network reaches a
    // floating-point fixed point and most steps of a long run are such repeats.
    private final double[] lastStep = new double[8];
    private boolean lastStepValid;
    /** Whether every radiator solve starts from the upper bound (the reference for the warm start's test). */
    private final boolean coldStart;

    public ThermalNetwork(ThermalNetworkSpec spec) {
        this(spec, false);
    }

    /** A network whose radiator solve starts from the upper bound every step: the reference its test compares with. */
    static ThermalNetwork coldStarted(ThermalNetworkSpec spec) {
        return new ThermalNetwork(spec, true);
    }

    private ThermalNetwork(ThermalNetworkSpec spec, boolean coldStart) {
        this.coldStart = coldStart;
        this.spec = Objects.requireNonNull(spec, "thermal network spec");
        this.radiativeConductance = spec.radiatorAreaM2() * spec.radiator().sides() * spec.radiator().emissivity()
                * SpaceEnvironment.STEFAN_BOLTZMANN;
        double sink = spec.environment().sinkTemperatureK();
        this.sinkFourth = sink * sink * sink * sink;
        this.absorbed = spec.absorbedFlux();
        this.dieK = spec.initialTemperatureK();
        this.plateK = spec.initialTemperatureK();
        this.radiatorK = spec.initialTemperatureK();
    }

    /**
     * Advances {@code dtS} with {@code dieHeatW} dissipated in the dies, {@code plateHeatW} in
     * the cold plate (other electronics, pumps) and the radiator absorbing
     * {@code absorbedFluxWPerM2} per m² of plate.
     */
    public void step(double dtS, double dieHeatW, double plateHeatW, double absorbedFluxWPerM2) {
        step(dtS, dieHeatW, plateHeatW, 0.0, absorbedFluxWPerM2);
    }

    /**
     * Advances {@code dtS} with the served compute power {@code computeW} split between dies and
     * radiator by the spec's die share, {@code plateHeatW} (thermal control) in the cold plate and
     * the environment's absorbed flux at {@code sunlitFraction}. This is the one place the twin
     * turns its loads into heat.
     */
    public void stepLoads(double dtS, double computeW, double plateHeatW, double sunlitFraction) {
        InputRange.nonNegative("compute power (W)", computeW);
        double dieW = computeW * spec.dieShareOfComputeHeat();
        step(dtS, dieW, plateHeatW, computeW - dieW, absorbed.at(sunlitFraction));
    }

    /**
     * {@link #stepLoads} without re-checking its inputs, for the twin's own step: its step length
     * is the timeline's (checked when the twin is built), its loads are powers the power chain
     * served from a checked spec (finite, ≥ 0) and its sunlit fraction was checked where it came
     * in from the timeline. Same arithmetic, so the same state.
     */
    void stepServedLoads(double dtS, double computeW, double plateHeatW, double sunlitFraction) {
        double dieW = computeW * spec.dieShareOfComputeHeat();
        advance(dtS, dieW, plateHeatW, computeW - dieW, absorbed.at(sunlitFraction));
    }

    /**
     * Advances {@code dtS} with heat {@code dieHeatW} in the dies, {@code plateHeatW} in the cold
     * plate, {@code radiatorHeatW} joining at the radiator and {@code absorbedFluxWPerM2} absorbed
     * per m² of plate.
     */
    public void step(double dtS, double dieHeatW, double plateHeatW, double radiatorHeatW, double absorbedFluxWPerM2) {
        InputRange.positive("thermal step (s)", dtS);
        InputRange.nonNegative("die heat (W)", dieHeatW);
        InputRange.nonNegative("plate heat (W)", plateHeatW);
        InputRange.nonNegative("radiator heat (W)", radiatorHeatW);
        InputRange.nonNegative("absorbed flux (W/m²)", absorbedFluxWPerM2);
        advance(dtS, dieHeatW, plateHeatW, radiatorHeatW, absorbedFluxWPerM2);
    }

    /** One backward-Euler step from inputs already known to be in range. */
    private void advance(double dtS, double dieHeatW, double plateHeatW, double radiatorHeatW,
                         double absorbedFluxWPerM2) {
        if (repeatsLastStep(dtS, dieHeatW, plateHeatW, radiatorHeatW, absorbedFluxWPerM2)) {
            return;
        }
        double[] last = lastStep;
        last[0] = dtS;
        last[1] = dieHeatW;
        last[2] = plateHeatW;
        last[3] = radiatorHeatW;
        last[4] = absorbedFluxWPerM2;
        last[5] = dieK;
        last[6] = plateK;
        last[7] = radiatorK;
        lastStepValid = false;
        double cd = spec.dieCapacityJPerK() / dtS;
        double cp = spec.plateCapacityJPerK() / dtS;
        double cr = spec.radiatorCapacityJPerK() / dtS;
        double g1 = spec.dieToPlateWPerK();
        double g2 = spec.plateToRadiatorWPerK();
        // die: T_d' = a1 + b1·T_p'
        double a1 = (cd * dieK + dieHeatW) / (cd + g1);
        double b1 = g1 / (cd + g1);
        // plate: T_p' = a2 + b2·T_r'
        double den2 = cp + g1 * (1.0 - b1) + g2;
        double a2 = (cp * plateK + plateHeatW + g1 * a1) / den2;
        double b2 = g2 / den2;
        // radiator: c·T + k·T⁴ = R
        double c = cr + g2 * (1.0 - b2);
        double k = radiativeConductance;
        double r = cr * radiatorK + radiatorHeatW + g2 * a2 + absorbedFluxWPerM2 * spec.radiatorAreaM2() + k * sinkFourth;
        double t = coldStart ? solveRadiator(c, k, r, radiatorUpperBound(c, k, r), false)
                : solveRadiator(c, k, r, radiatorK, true);
        radiatorK = t;
        plateK = a2 + b2 * t;
        dieK = a1 + b1 * plateK;
        radiatedW = k * (t * t * t * t - sinkFourth);
        if (!Double.isFinite(dieK) || !Double.isFinite(plateK)) {
            throw new IllegalStateException("thermal network left finite numbers: die " + dieK + " K, plate "
                    + plateK + " K after a step of " + dtS + " s with " + dieHeatW + " W in the dies");
        }
        lastStepValid = true;
    }

    /**
     * Whether this step's inputs and starting state are bit for bit the last step's and that step
     * ended where it started (a fixed point): then this step would compute the same state again.
     */
    private boolean repeatsLastStep(double dtS, double dieHeatW, double plateHeatW, double radiatorHeatW,
                                    double absorbedFluxWPerM2) {
        double[] last = lastStep;
        return lastStepValid
                && same(last[5], dieK) && same(last[6], plateK) && same(last[7], radiatorK)
                && same(last[0], dtS) && same(last[1], dieHeatW) && same(last[2], plateHeatW)
                && same(last[3], radiatorHeatW) && same(last[4], absorbedFluxWPerM2);
    }

    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    /** An upper bound of the root of c·T + k·T⁴ = R: each term alone reaches R. */
    private static double radiatorUpperBound(double c, double k, double r) {
        return Math.min(r / c, Math.sqrt(Math.sqrt(r / k)));
    }

    /**
     * Root of c·T + k·T⁴ = R on T ≥ 0 (c, k, R ≥ 0; c > 0): Newton from {@code start} ≥ 0 (see
     * the class comment). With {@code keepConvergedStart}, a start that the first Newton step
     * would move by at most {@link #HELD_ULPS} ulps (the rounding of g) is returned as it is: the
     * iteration cannot tell it from the root, and keeping it lets a network at a constant load
     * reach a floating-point fixed point, whose repeats the step then skips (moving it by that
     * rounding each step kept the state wandering by ulps). A larger hold (the 1e-13·T tolerance)
     * would stall a slow approach to steady state up to tolerance/(1 − contraction per step) short
     * of it, 2e-8 K for an hours-long radiator time constant at 30 s steps.
     */
    private static double solveRadiator(double c, double k, double r, double start, boolean keepConvergedStart) {
        double t = start;
        for (int i = 0; i < MAX_NEWTON_ITERATIONS; i++) {
            double t3 = t * t * t;
            double g = c * t + k * t3 * t - r;
            double next = t - g / (c + 4.0 * k * t3);
            if (next < 0.0) {
                next = 0.0;
            }
            double step = Math.abs(next - t);
            if (i == 0 && keepConvergedStart && step <= HELD_ULPS * Math.ulp(t)) {
                return t;
            }
            if (step <= 1e-13 * Math.max(1.0, t)) {
                return next;
            }
            t = next;
        }
        return t;
    }

    public double dieK() {
        return dieK;
    }

    public double plateK() {
        return plateK;
    }

    public double radiatorK() {
        return radiatorK;
    }

    /** Net power the radiator emitted to space at the end of the last step, W. */
    public double radiatedW() {
        return radiatedW;
    }

    public ThermalNetworkSpec spec() {
        return spec;
    }
}
