package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.sizing.DieTemperature;
import io.orbitdc.core.sizing.Radiator;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ThermalNetworkTest {
    private static final double HEAT_W = 4000.0;

    @Test
    void steadyStateReproducesTheSizingRadiatorAndDieModels() {
        // The sizing model (ref: forethought-2026 appendix E net flux) sizes the area that rejects 4 kW
        // at 320 K; the network, held at that load in sunlight until steady, must settle the radiator at
        // 320 K (tolerance 1e-6 K) and the die at T_r + Q·(1/G₁ + 1/G₂) as DieTemperature gives.
        double area = new Radiator(TwinFixtures.radiatorSpec(), TwinFixtures.radiatorEnvironment()).size(HEAT_W).areaM2();
        ThermalNetworkSpec spec = TwinFixtures.thermal(area);
        ThermalNetwork net = new ThermalNetwork(spec);
        for (int i = 0; i < 2000; i++) {
            net.step(600.0, HEAT_W, 0.0, spec.absorbedFluxWPerM2(1.0));
        }
        assertThat(net.radiatorK()).isCloseTo(320.0, within(1e-6));
        double die = DieTemperature.of(320.0, 1.0 / 160.0 + 1.0 / 400.0, HEAT_W, TwinFixtures.DIE_LIMIT_K).dieTemperatureK();
        assertThat(net.dieK()).isCloseTo(die, within(1e-6));
    }

    @Test
    void warmStartedRadiatorSolveStaysWithinRoundingOfTheColdStartOverAYear() {
        // Regression for the warm start (Newton from the last radiator temperature instead of the
        // upper bound): a year at 30 s of a 95-minute orbit with a 35-minute umbra and 20 s
        // penumbras, compute bursting between full and idle power, on a radiator a little short of
        // the full load. Both solves end within the solver's tolerance 1e-13·T of the same root
        // each step and the implicit step contracts earlier differences, so the two histories may
        // not part by more than that tolerance at the hottest radiator, 1e-13 × 330 K = 3.3e-11 K
        // (measured: 4.5e-13 K radiator, 5.1e-13 K die, a few ulps).
        ThermalNetworkSpec spec = TwinFixtures.thermal(3.8);
        ThermalNetwork warm = new ThermalNetwork(spec);
        ThermalNetwork cold = ThermalNetwork.coldStarted(spec);
        double dt = 30.0;
        int steps = (int) (365.25 * 86400 / dt);
        double maxRadiatorGap = 0;
        double maxDieGap = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (int n = 0; n < steps; n++) {
            double phase = (n * dt) % 5700.0;
            double sunlit = phase < 3600.0 ? 1.0 : phase < 3620.0 ? (3620.0 - phase) / 20.0
                    : phase < 5680.0 ? 0.0 : (phase - 5680.0) / 20.0;
            double computeW = (n / 37) % 3 == 0 ? 0.3 * HEAT_W : HEAT_W;
            warm.stepLoads(dt, computeW, 100.0, sunlit);
            cold.stepLoads(dt, computeW, 100.0, sunlit);
            maxRadiatorGap = Math.max(maxRadiatorGap, Math.abs(warm.radiatorK() - cold.radiatorK()));
            maxDieGap = Math.max(maxDieGap, Math.abs(warm.dieK() - cold.dieK()));
            lowest = Math.min(lowest, cold.radiatorK());
            highest = Math.max(highest, cold.radiatorK());
        }
        // not vacuous: the radiator swings through tens of kelvin every orbit
        assertThat(highest - lowest).isGreaterThan(10.0);
        assertThat(highest).isLessThan(330.0);
        assertThat(maxRadiatorGap).isLessThanOrEqualTo(1e-13 * 330.0);
        assertThat(maxDieGap).isLessThanOrEqualTo(1e-13 * 330.0);
    }

    @Test
    void aStepAfterTheFixedPointIsSkippedAndANewLoadIsNot() {
        // Regression for the repeated-step shortcut: at a constant load the network reaches a
        // floating-point fixed point (two consecutive states equal bit for bit), after which the
        // state must stay put; a changed load must then move it again, upwards for more heat.
        ThermalNetworkSpec spec = TwinFixtures.thermal(4.0);
        ThermalNetwork net = new ThermalNetwork(spec);
        double flux = spec.absorbedFluxWPerM2(1.0);
        double previous = Double.NaN;
        int repeats = 0;
        for (int i = 0; i < 20_000; i++) {
            net.step(30.0, HEAT_W, 0.0, flux);
            repeats += net.radiatorK() == previous ? 1 : 0;
            previous = net.radiatorK();
        }
        assertThat(repeats).isGreaterThan(10_000);
        double radiatedAtFixedPoint = net.radiatedW();
        net.step(30.0, HEAT_W, 0.0, flux);
        assertThat(net.radiatorK()).isEqualTo(previous);
        assertThat(net.radiatedW()).isEqualTo(radiatedAtFixedPoint);
        net.step(30.0, 1.5 * HEAT_W, 0.0, flux);
        assertThat(net.radiatorK()).isGreaterThan(previous);
    }

    @Property(tries = 100)
    void atSteadyStateHeatInEqualsHeatRadiated(
            @ForAll @DoubleRange(min = 0.5, max = 50.0) double areaM2,
            @ForAll @DoubleRange(min = 0.0, max = 20_000.0) double computeW,
            @ForAll @DoubleRange(min = 0.2, max = 1.0) double dieShare,
            @ForAll @DoubleRange(min = 0.0, max = 500.0) double plateW,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double sunlit) {
        // energy balance at equilibrium: compute (dies + overhead at the radiator) + plate heat = emitted − absorbed,
        // whatever the split (1e-6 relative of the emitted power: Newton tolerance and the last step's residue)
        ThermalNetworkSpec base = TwinFixtures.thermal(areaM2);
        ThermalNetworkSpec spec = new ThermalNetworkSpec(base.dieCapacityJPerK(), base.plateCapacityJPerK(),
                base.radiatorCapacityJPerK(), base.dieToPlateWPerK(), base.plateToRadiatorWPerK(), areaM2,
                base.radiator(), base.environment(), base.initialTemperatureK(), dieShare);
        ThermalNetwork net = new ThermalNetwork(spec);
        for (int i = 0; i < 400; i++) {
            net.stepLoads(3600.0, computeW, plateW, sunlit);
        }
        double absorbedW = spec.absorbedFluxWPerM2(sunlit) * areaM2;
        assertThat(net.radiatedW() - absorbedW).isCloseTo(computeW + plateW, within(1e-6 * net.radiatedW()));
        // only the dies' share crosses die → plate → radiator: T_d − T_r = s·P/G₁ + (s·P + Q_p)/G₂
        double rise = dieShare * computeW / spec.dieToPlateWPerK() + (dieShare * computeW + plateW) / spec.plateToRadiatorWPerK();
        assertThat(net.dieK() - net.radiatorK()).isCloseTo(rise, within(1e-6 * (1.0 + rise)));
    }

    @Test
    void eachStepConservesEnergy() {
        // backward Euler closes the balance ΣC·ΔT = Δt·(Q_d + Q_p + Q_r + A·q_abs − radiated) to rounding (1e-9 relative)
        ThermalNetworkSpec spec = TwinFixtures.thermal(5.0);
        ThermalNetwork net = new ThermalNetwork(spec);
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            double d0 = net.dieK();
            double p0 = net.plateK();
            double r0 = net.radiatorK();
            double dt = 1.0 + rng.nextDouble() * 300.0;
            double qd = rng.nextDouble() * 6000.0;
            double qp = rng.nextDouble() * 200.0;
            double qr = rng.nextDouble() * 2000.0;
            double qabs = spec.absorbedFluxWPerM2(rng.nextDouble());
            net.step(dt, qd, qp, qr, qabs);
            double stored = spec.dieCapacityJPerK() * (net.dieK() - d0) + spec.plateCapacityJPerK() * (net.plateK() - p0)
                    + spec.radiatorCapacityJPerK() * (net.radiatorK() - r0);
            double flow = dt * (qd + qp + qr + qabs * spec.radiatorAreaM2() - net.radiatedW());
            assertThat(stored).isCloseTo(flow, within(1e-9 * (Math.abs(flow) + dt * (qd + qp + qr + net.radiatedW()))));
        }
    }

    @Test
    void hugeStepsStayStableAndMonotone() {
        // explicit Euler with Δt = 1e5 s and C_d/G₁ = 5 s would diverge; the implicit scheme heats
        // monotonically from 293 K to its steady state without overshoot
        ThermalNetwork net = new ThermalNetwork(TwinFixtures.thermal(4.0));
        double previous = net.dieK();
        for (int i = 0; i < 50; i++) {
            net.step(1e5, HEAT_W, 0.0, 0.0);
            assertThat(net.dieK()).isFinite().isGreaterThanOrEqualTo(previous - 1e-9);
            previous = net.dieK();
        }
    }

    @Property(tries = 100)
    void moreRadiatorAreaNeverRaisesDieTemperature(
            @ForAll long seed,
            @ForAll @DoubleRange(min = 0.2, max = 20.0) double smallAreaM2,
            @ForAll @DoubleRange(min = 0.0, max = 20.0) double extraAreaM2,
            @ForAll @IntRange(min = 1, max = 300) int steps) {
        // same heat and sunlight history, same capacities, same start: the die of the larger
        // radiator is never warmer, step by step (solver tolerance 1e-9 K)
        ThermalNetwork small = new ThermalNetwork(TwinFixtures.thermal(smallAreaM2));
        ThermalNetworkSpec bigSpec = TwinFixtures.thermal(smallAreaM2 + extraAreaM2);
        ThermalNetwork big = new ThermalNetwork(bigSpec);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int n = 0; n < steps; n++) {
            double dt = 1.0 + rng.nextDouble() * 600.0;
            double qd = rng.nextDouble() * 8000.0;
            double qp = rng.nextDouble() * 300.0;
            double sunlit = rng.nextDouble();
            double flux = bigSpec.absorbedFluxWPerM2(sunlit);
            small.step(dt, qd, qp, flux);
            big.step(dt, qd, qp, flux);
            assertThat(big.dieK()).isLessThanOrEqualTo(small.dieK() + 1e-9);
            assertThat(big.radiatorK()).isLessThanOrEqualTo(small.radiatorK() + 1e-9);
        }
    }

    @Property(tries = 100)
    void temperaturesStayFiniteAndPositive(
            @ForAll long seed,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double dtS,
            @ForAll @DoubleRange(min = 0.0, max = 1e6) double heatW,
            @ForAll @DoubleRange(min = 0.01, max = 1e3) double areaM2) {
        ThermalNetworkSpec spec = TwinFixtures.thermal(areaM2);
        ThermalNetwork net = new ThermalNetwork(spec);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int n = 0; n < 50; n++) {
            net.step(dtS, heatW * rng.nextDouble(), 0.0, spec.absorbedFluxWPerM2(rng.nextInt(2)));
            assertThat(net.dieK()).isFinite().isPositive();
            assertThat(net.plateK()).isFinite().isPositive();
            assertThat(net.radiatorK()).isFinite().isPositive();
        }
    }
}
