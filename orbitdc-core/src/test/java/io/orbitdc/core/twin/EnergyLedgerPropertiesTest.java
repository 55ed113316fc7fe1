package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The power invariants over random timelines, batteries and loads: generated = consumed
 * + Δstored + losses + curtailed within 1e-6 relative (the tolerance), state of charge in
 * [0, 1] and no NaN anywhere.
 */
class EnergyLedgerPropertiesTest {
    @Property(tries = 200)
    void powerChainKeepsTheLedgerBalancedAndTheBatteryInItsWindow(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int steps,
            @ForAll @DoubleRange(min = 0.1, max = 600.0) double dtS,
            @ForAll @DoubleRange(min = 0.0, max = 1e8) double capacityJ,
            @ForAll @DoubleRange(min = 0.05, max = 1.0) double etaC,
            @ForAll @DoubleRange(min = 0.05, max = 1.0) double etaD,
            @ForAll @DoubleRange(min = 0.05, max = 1.0) double etaReg,
            @ForAll @DoubleRange(min = 0.0, max = 0.99) double minSoc,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double initialShare,
            @ForAll @DoubleRange(min = 0.0, max = 5e4) double arrayPeakW) {
        SplittableRandom rng = new SplittableRandom(seed);
        double initialSoc = minSoc + (1.0 - minSoc) * initialShare;
        BatteryParameters b = new BatteryParameters(capacityJ, etaC, etaD, rng.nextDouble() * 2e4,
                rng.nextDouble() * 2e4, minSoc, initialSoc);
        PowerChain chain = new PowerChain(etaReg, b);
        for (int n = 0; n < steps; n++) {
            double arrayW = rng.nextBoolean() ? 0.0 : rng.nextDouble() * arrayPeakW;
            LoadDemand demand = new LoadDemand(rng.nextDouble() * 2e3, rng.nextDouble() * 5e2, rng.nextDouble() * 2e4);
            LoadDemand served = chain.step(arrayW, demand, dtS);
            assertThat(served.totalW()).isBetween(0.0, demand.totalW() * (1 + 1e-12));
            assertThat(chain.battery().soc()).isBetween(0.0, 1.0);
            if (capacityJ > 0.0) {
                assertThat(chain.battery().soc()).isGreaterThanOrEqualTo(Math.min(initialSoc, minSoc) - 1e-12);
            }
        }
        EnergyLedger l = chain.ledger();
        for (double v : new double[] {l.generatedJ(), l.consumedJ(), l.storedDeltaJ(), l.lossesJ(), l.curtailedJ(), l.shedJ()}) {
            assertThat(v).isFinite();
        }
        assertThat(l.lossesJ()).isGreaterThanOrEqualTo(-1e-6 * Math.max(1.0, l.generatedJ()));
        assertThat(l.curtailedJ()).isGreaterThanOrEqualTo(0.0);
        assertThat(l.relativeImbalance()).isLessThanOrEqualTo(1e-6);
    }

    @Property(tries = 40)
    void wholeSatelliteTwinKeepsTheInvariantsOverRandomGeometry(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 600) int steps,
            @ForAll @DoubleRange(min = 1.0, max = 120.0) double dtS,
            @ForAll @DoubleRange(min = 0.0, max = 80.0) double arrayM2,
            @ForAll @DoubleRange(min = 0.0, max = 3e7) double batteryJ,
            @ForAll @DoubleRange(min = 0.5, max = 20.0) double radiatorM2) {
        GeometryTimeline timeline = TabulatedTimeline.random(seed, steps, dtS);
        SatelliteTwinSpec spec = TwinFixtures.satellite(arrayM2, batteryJ, radiatorM2)
                .withFailureRates(new FailureRates(5.0, 5.0, 5.0, 1.0));
        TwinSummary s = TwinEngine.uniform(timeline, spec, seed).run(1);
        for (var e : s.toKeyValues().entrySet()) {
            assertThat(e.getValue().doubleValue()).as(e.getKey()).isFinite();
        }
        TwinSummary.Energy en = s.energy();
        double scale = Math.max(Math.abs(en.generatedJ()), en.consumedJ() + en.lossesJ() + en.curtailedJ());
        double residual = en.generatedJ() - (en.consumedJ() + en.storedDeltaJ() + en.lossesJ() + en.curtailedJ());
        assertThat(Math.abs(residual)).isLessThanOrEqualTo(1e-6 * Math.max(scale, Math.abs(en.storedDeltaJ())) + 1e-9);
        assertThat(s.battery().minSoc()).isBetween(0.0, 1.0);
        TwinSummary.Compute c = s.compute();
        double sum = c.goodputFraction() + c.lostToEclipseFraction() + c.lostToThrottlingFraction()
                + c.lostToRadiationFraction() + c.lostToFailuresFraction();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
