package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.sizing.Battery;
import io.orbitdc.core.sizing.BatterySpec;
import io.orbitdc.core.sizing.PowerSystem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TwinEngineTest {
    private static final double UMBRA_S = TwinFixtures.UMBRA_S;

    /** A fleet with every random process active, so determinism is tested where it matters. */
    private static TwinEngine busyFleet(long seed) {
        CircularOrbitTimeline timeline = TwinFixtures.orbit(7, 3 * 2880, UMBRA_S, 20.0);
        SatelliteTwinSpec spec = TwinFixtures.satellite(40.0, 8e6, 3.0)
                .withFailureRates(new FailureRates(5.0, 2.0, 1.0, 3.0));
        return TwinEngine.uniform(timeline, spec, seed);
    }

    @Test
    void sameSeedGivesBitIdenticalResultsOnOneOrManyThreads() {
        TwinSummary one = busyFleet(42L).run(1);
        TwinSummary three = busyFleet(42L).run(3);
        // record equality compares doubles bit for bit (Double.compare)
        assertThat(three).isEqualTo(one);
        assertThat(one.radiation().sdc()).isPositive();
        assertThat(one.failures().acceleratorFailures()).isPositive();
        assertThat(busyFleet(43L).run(2)).isNotEqualTo(one);
    }

    @Test
    void computeBreakdownAddsUpToNameplate() {
        TwinSummary s = busyFleet(5L).run(2);
        TwinSummary.Compute c = s.compute();
        assertThat(c.nameplateFlop()).isCloseTo(7 * 4 * 1e15 * 3 * 86400.0, within(1.0));
        assertThat(c.goodputFraction() + c.lostToEclipseFraction() + c.lostToThrottlingFraction()
                + c.lostToRadiationFraction() + c.lostToFailuresFraction()).isCloseTo(1.0, within(1e-12));
        assertThat(c.lostToThrottlingFraction()).isPositive();
        assertThat(c.lostToEclipseFraction()).isPositive();
        assertThat(c.lostToRadiationFraction()).isPositive();
        assertThat(c.lostToFailuresFraction()).isPositive();
        TwinSummary.Energy e = s.energy();
        double residual = e.generatedJ() - e.consumedJ() - e.storedDeltaJ() - e.lossesJ() - e.curtailedJ();
        assertThat(Math.abs(residual)).isLessThan(1e-6 * e.generatedJ());
    }

    @Test
    void withoutABatteryComputeStopsExactlyForTheShadow() {
        // No battery, no penumbra, whole orbits, ample radiator, no radiation or failures: the compute
        // lost to eclipse is the umbra fraction 2100/5700 (step-aligned, so exact to 1e-9), and the
        // bus and thermal control are what is shed first only when compute is gone.
        int orbits = 10;
        // two satellites half an orbit apart keep the shadow edges on step boundaries
        CircularOrbitTimeline timeline = new CircularOrbitTimeline(2, orbits * TwinFixtures.STEPS_PER_ORBIT,
                TwinFixtures.STEP_S, TwinFixtures.PERIOD_S, UMBRA_S, 0.0, 1.0, 0.0, 0.0, 0.0);
        SatelliteTwinSpec quiet = quiet(TwinFixtures.satellite(45.0, 0.0, 8.5));
        TwinSummary s = TwinEngine.uniform(timeline, quiet, 1L).run(1);
        assertThat(s.compute().lostToEclipseFraction()).isCloseTo(UMBRA_S / TwinFixtures.PERIOD_S, within(1e-9));
        assertThat(s.compute().goodputFraction()).isCloseTo(1 - UMBRA_S / TwinFixtures.PERIOD_S, within(1e-9));
        // shed = every load through every shadow (compute at full duty: 4 kW + 600 W housekeeping)
        assertThat(s.energy().shedJ()).isCloseTo(2 * orbits * UMBRA_S * 4600.0, within(1e-3));
    }

    static Stream<PowerSystem> powerSystems() {
        return Stream.of(PowerSystem.DIRECT_ENERGY_TRANSFER, PowerSystem.mpptBatteryBus(0.97, 0.97));
    }

    @ParameterizedTest
    @MethodSource("powerSystems")
    void arrayAndBatterySizedByTheSizingModelCarryComputeThroughEveryShadow(PowerSystem ps) {
        // SMAD sizing (ref: smad-1999 §11.4): P_sa = (P·T_e/X_e + P·T_d/X_d)/T_d and
        // E = P·T_e/(DoD·η_d). With the twin's chain built from the same X_e, X_d, an array 2 % above
        // that power and that battery lose no compute in steady orbits, and the battery bottoms out
        // at 1 − DoD (tolerance: one step of discharge, 30 s of 4.6 kW, in SoC terms).
        double load = 4600.0;
        double te = UMBRA_S;
        double td = TwinFixtures.PERIOD_S - te;
        double arrayW = 1.02 * ps.requiredArrayPowerW(load, te, load, td);
        ArrayPowerModel unit = new ArrayPowerModel(TwinFixtures.arraySpec(), 1.0);
        double areaM2 = arrayW / unit.outputW(1.0, 1.0, 0.0);
        double dod = 0.8;
        BatteryParameters battery = BatteryParameters.fromPathEfficiencies(1.0, ps.eclipsePathEfficiency(),
                ps.daylightPathEfficiency(), 1e5, 1e5, dod);
        double capacity = new Battery(new BatterySpec(5e5, dod, battery.dischargeEfficiency())).size(load, te).capacityJ();
        battery = new BatteryParameters(capacity, battery.chargeEfficiency(), battery.dischargeEfficiency(), 1e5, 1e5,
                1 - dod, 1.0);
        SatelliteTwinSpec base = quiet(TwinFixtures.satellite(areaM2, capacity, 8.5));
        SatelliteTwinSpec sized = new SatelliteTwinSpec(base.array(), ps.daylightPathEfficiency(), battery, base.busLoadW(),
                base.thermalControlW(), base.compute(), base.thermal(), base.throttle(), base.radiation(), base.rollback(),
                base.failureRates(), base.failureLayout());
        // no degradation within the 20 orbits (0.18 %/yr × 1 day ≈ 5e-6) against the 2 % margin
        CircularOrbitTimeline timeline = new CircularOrbitTimeline(1, 20 * TwinFixtures.STEPS_PER_ORBIT,
                TwinFixtures.STEP_S, TwinFixtures.PERIOD_S, te, 0.0, 1.0, 0.0, 0.0, 0.0);
        TwinSummary s = TwinEngine.uniform(timeline, sized, 1L).run(1);
        assertThat(s.compute().lostToEclipseFraction()).isLessThan(1e-9);
        assertThat(s.energy().shedJ()).isLessThan(1e-6);
        assertThat(s.battery().minSoc()).isCloseTo(1 - dod, within(2 * 30.0 * load / capacity));
        assertThat(s.energy().curtailedJ()).isPositive();
    }

    @Test
    void summaryCarriesEveryDocumentedKey() {
        TwinSummary s = busyFleet(1L).run(1);
        assertThat(s.toKeyValues()).containsKeys("compute.nameplateFlop", "compute.deliveredFlop",
                "compute.goodputFraction", "energy.generatedJ", "energy.consumedJ", "energy.storedDeltaJ",
                "energy.lossesJ", "energy.curtailedJ", "energy.shedJ", "battery.minSoc", "thermal.maxDieC",
                "thermal.throttledHours", "radiation.sdc", "radiation.uecc", "radiation.crashes",
                "failures.satellitesLost", "compute.lostToEclipseFraction", "compute.lostToThrottlingFraction",
                "compute.lostToRadiationFraction", "compute.lostToFailuresFraction");
        assertThat(s.toKeyValues().get("compute.deliveredFlop")).isEqualTo(s.compute().deliveredFlop());
    }

    @Test
    void aSpecPerSatelliteIsRequired() {
        CircularOrbitTimeline timeline = TwinFixtures.orbit(3, 10, UMBRA_S, 0.0);
        assertThatThrownBy(() -> new TwinEngine(timeline, List.of(TwinFixtures.comfortable()), 1L))
                .isInstanceOf(TwinInputException.class)
                .hasMessageContaining("the timeline has 3 satellites but 1 satellite specs were given");
        assertThatThrownBy(() -> TwinEngine.uniform(timeline, TwinFixtures.comfortable(), 1L).run(0))
                .hasMessageContaining("threads must be > 0, found 0");
    }

    private static SatelliteTwinSpec quiet(SatelliteTwinSpec s) {
        return new SatelliteTwinSpec(s.array(), s.regulatorEfficiency(), s.battery(), s.busLoadW(), s.thermalControlW(),
                s.compute(), s.thermal(), s.throttle(), new RadiationSpec(0.0, 0.0, 0.0, 0.0, 0.0,
                java.util.OptionalDouble.empty()), s.rollback(), FailureRates.none(), s.failureLayout());
    }
}
