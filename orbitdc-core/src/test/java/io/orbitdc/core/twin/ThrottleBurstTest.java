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

    @Test
    void undersizedRadiatorComputesInBurstsOfMinutes() {
        // 2 m² where the sizing model asks for ~4.3 m²: the full 4 kW cannot be rejected below the die limit.
        // Measured (seed 1): 126 bursts of ~2 min in 12 h, 64 % of the time throttled, die peak 86.1 °C.
        SatelliteTwin twin = fly(TwinFixtures.satellite(45.0, 16e6, 2.0));
        long bursts = twin.throttleTransitions() / 2;
        double runningS = STEPS * TwinFixtures.STEP_S - twin.throttledS();
        double meanBurstS = runningS / Math.max(1, bursts);
        assertThat(bursts).as("on/off cycles in 12 h").isGreaterThanOrEqualTo(6);
        assertThat(twin.throttledS() / (STEPS * TwinFixtures.STEP_S)).isBetween(0.1, 0.9);
        assertThat(meanBurstS).as("mean burst length, s").isBetween(60.0, 3600.0);
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
