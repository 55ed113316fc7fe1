package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An undersized radiator must give compute in bursts: the first orbital prototype ran ~15-minute
 * model runs limited by heat (ref: suncatcher-prototype-2026, a secondary report, so only the
 * qualitative behaviour and the order of magnitude — minutes, not seconds or days — are checked).
 */
class ThrottleBurstTest {
    private static final int STEPS = 12 * 120; // 12 h at 30 s

    /**
     * Plausibility check with hand bounds, not a validation (the only reference is qualitative).
     * Energy balance by hand: the throttle holds the die between 328 and 358 K; with 25 K die-to-plate
     * at 4 kW and 5 K at the 800 W idle, the cold plate swings 323–333 K, mean ≈ 328 K. Two 2 m² faces
     * at ε 0.92 emitting 2εσT_r⁴ against 119.7 W/m² absorbed (edge-on at 550 km, IR view 0.516), with
     * T_r = T_plate − Q/400 W/K, reject Q ≈ 2,034 W; full duty (4 kW) a share f of the time and idle
     * (0.8 kW) otherwise gives 800 + 3,200 f = 2,034, f = 0.386: throttled ≈ 61 %. Accepted 55–70 %:
     * ±1 K on the mean plate moves it 0.8 pt, and the hand value leaves out the die's heat share
     * reaching the radiator directly, the 100 W of thermal control and the warm-up from 20 °C.
     * Burst length: the plate and dies (10.8 kJ/K) must warm 10 K at a net ≤ 4,000 − 2,034 W, so a
     * burst lasts ≥ 55 s; 30-s steps and overshoot lengthen it; "minutes" per the secondary report
     * (suncatcher-prototype-2026): accepted 55–240 s.
     * Measured (seed 1): 126 bursts of ~2 min in 12 h, 64 % of the time throttled, die peak 86.1 °C.
     */
    @Test
    void plausibilityUndersizedRadiatorComputesInBurstsOfMinutes() {
        // 2 m² where the sizing model asks for ~4.3 m²: the full 4 kW cannot be rejected below the die limit.
        SatelliteTwin twin = fly(TwinFixtures.satellite(45.0, 16e6, 2.0));
        long bursts = twin.throttleTransitions() / 2;
        double runningS = STEPS * TwinFixtures.STEP_S - twin.throttledS();
        double meanBurstS = runningS / Math.max(1, bursts);
        assertThat(bursts).as("on/off cycles in 12 h").isGreaterThanOrEqualTo(6);
        assertThat(twin.throttledS() / (STEPS * TwinFixtures.STEP_S)).isBetween(0.55, 0.70);
        assertThat(meanBurstS).as("mean burst length, s").isBetween(55.0, 240.0);
        // the governor holds the die at its limit plus at most one step's rise
        assertThat(twin.maxDieK()).isLessThan(TwinFixtures.DIE_LIMIT_K + 15.0);
    }

    @Test
    void adequateRadiatorNeverThrottles() {
        SatelliteTwin twin = fly(TwinFixtures.comfortable());
        assertThat(twin.throttleTransitions()).isZero();
        assertThat(twin.maxDieK()).isLessThan(TwinFixtures.DIE_LIMIT_K);
        assertThat(twin.compute().lostToThrottlingFlop()).isZero();
    }

    private static SatelliteTwin fly(SatelliteTwinSpec spec) {
        // full sunlight (no umbra) so any interruption of compute is thermal
        CircularOrbitTimeline sun = TwinFixtures.orbit(1, STEPS, 0.0, 0.0);
        return new SatelliteTwin(spec.withFailureRates(FailureRates.none()), sun, 0, 1L).run();
    }

}
